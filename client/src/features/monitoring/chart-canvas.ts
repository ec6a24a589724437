// Draws a time-series chart with uPlot (loaded on first use, so the library stays out of the main bundle)
// and keeps it as wide as its container. Where there is no canvas (happy-dom), nothing is drawn.
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface CanvasSeries {
  label: string;
  values: readonly (number | null)[];
}

export interface CanvasChart {
  /** Seconds since the epoch, one per point. */
  times: readonly number[];
  series: readonly CanvasSeries[];
  format(value: number): string;
  height: number;
  /** A scale from 0 (rates, counts, latencies never go below it). */
  fromZero: boolean;
  /** Marks every value, not only where points are sparse (series with gaps). */
  points: boolean;
}

/** True where a 2D canvas and matchMedia exist (a browser); false in component tests. */
export function canDrawCharts(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

// Dashes as well as colours, so the series are told apart without colour.
const DASHES: (number[] | undefined)[] = [undefined, [8, 4], [2, 3]];

function cssColor(element: HTMLElement, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/** Draws `chart` into `element` and returns how to remove it. */
export async function drawChart(element: HTMLElement, chart: CanvasChart): Promise<() => void> {
  const { default: UPlot } = await import('uplot');
  const text = cssColor(element, '--muted', '#4b5362');
  const grid = cssColor(element, '--border', '#d8dce3');
  const colors = [1, 2, 3].map((i) => cssColor(element, `--chart-${i}`, '#2e4fc9'));
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const options: uPlot.Options = {
    width: Math.max(element.clientWidth, 200),
    height: chart.height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      y: chart.fromZero ? { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } : {},
    },
    axes: [axis, { ...axis, size: 64, values: (_u, ticks) => ticks.map((t) => chart.format(t)) }],
    series: [
      {},
      ...chart.series.map((s, i) => ({
        label: s.label,
        stroke: colors[i % colors.length],
        width: 2,
        dash: DASHES[i % DASHES.length],
        points: { show: chart.points || chart.times.length < 30, size: 5 },
      })),
    ],
  };
  const data = [chart.times, ...chart.series.map((s) => s.values)] as uPlot.AlignedData;
  const plot = new UPlot(options, data, element);
  const resize = new ResizeObserver(() => {
    const width = element.clientWidth;
    if (width > 0 && width !== plot.width) plot.setSize({ width, height: chart.height });
  });
  resize.observe(element);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
}
