// One accessible time-series chart: a titled figure with a description, the canvas (uPlot) as an image with a
// label that sums it up, a legend that names each line's style, and the numbers in a table under <details>.
import { useEffect, useId, useRef, useState } from 'react';
import { type CanvasSeries, canDrawCharts, drawChart } from './chart-canvas';
import { NO_DATA } from './kpi-format';
import './monitoring.css';

export interface TimeSeriesChartProps {
  /** A stable name for the chart (`data-chart`), e.g. "latency". */
  name: string;
  title: string;
  description: string;
  /** ISO instants, one per point; every series has one value per instant (null: nothing to show). */
  times: readonly string[];
  series: readonly CanvasSeries[];
  format(value: number): string;
  /** Counts: a 0 is an empty point, so a window of zeros shows "No data yet". Rates and quantiles: only null is. */
  counts?: boolean;
  height?: number;
}

const pointTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });
const LINE_STYLES = ['solid line', 'dashed line', 'dotted line'];

/** "p95 from 12 ms to 40 ms": the range of each series, for the canvas's label. */
function summary(series: readonly CanvasSeries[], format: (v: number) => string): string {
  return series
    .map((s) => {
      const values = s.values.filter((v): v is number => v !== null && Number.isFinite(v));
      if (values.length === 0) return `${s.label}: no data`;
      return `${s.label} from ${format(Math.min(...values))} to ${format(Math.max(...values))}`;
    })
    .join('; ');
}

export const hasPoints = (series: readonly CanvasSeries[], counts = false) =>
  series.some((s) => s.values.some((v) => v !== null && (!counts || v !== 0)));

export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { name, title, description, times, series, format, counts = false } = props;
  const height = props.height ?? 180;
  const ids = { title: useId(), description: useId() };
  const canvas = useRef<HTMLDivElement>(null);
  const [drawable, setDrawable] = useState(canDrawCharts);
  const empty = !hasPoints(series, counts);

  useEffect(() => {
    const element = canvas.current;
    if (!drawable || empty || !element) return;
    let dispose: (() => void) | undefined;
    let gone = false;
    drawChart(element, {
      times: times.map((t) => Date.parse(t) / 1000),
      series,
      format,
      height,
      fromZero: true,
      // A rate or quantile has gaps (null) around a busy minute: a lone value would draw no line, so points show.
      points: !counts,
    }).then(
      (remove) => {
        if (gone) remove();
        else dispose = remove;
      },
      // The chart's code did not load (a deploy replaced the chunk, the network dropped): the table stays.
      () => {
        if (!gone) setDrawable(false);
      },
    );
    return () => {
      gone = true;
      dispose?.();
    };
  }, [drawable, empty, times, series, format, height, counts]);

  return (
    <figure
      className="chart"
      data-chart={name}
      aria-labelledby={ids.title}
      aria-describedby={ids.description}
    >
      <figcaption>
        <h3 id={ids.title}>{title}</h3>
        <p id={ids.description} className="hint">
          {description}
        </p>
      </figcaption>
      {empty ? (
        <p className="chart-empty">{NO_DATA} in this window.</p>
      ) : (
        <>
          {series.length > 1 && (
            <ul className="chart-legend">
              {series.map((s, i) => (
                <li key={s.label} data-series={i % LINE_STYLES.length}>
                  <span className="chart-swatch" aria-hidden="true" />
                  {s.label}
                  <span className="visually-hidden"> ({LINE_STYLES[i % LINE_STYLES.length]})</span>
                </li>
              ))}
            </ul>
          )}
          {drawable && (
            <div
              ref={canvas}
              className="chart-canvas"
              role="img"
              aria-label={`${title}: ${summary(series, format)}`}
              style={{ minHeight: height }}
            />
          )}
          <details className="chart-table" open={!drawable}>
            <summary>Data table</summary>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
            <section className="figures-scroll" tabIndex={0} aria-label={`${title}, data`}>
              <table>
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    {series.map((s) => (
                      <th key={s.label} scope="col">
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {times.map((at, row) => (
                    <tr key={at}>
                      <th scope="row">
                        <time dateTime={at}>{pointTime.format(new Date(at))}</time>
                      </th>
                      {series.map((s) => {
                        const value = s.values[row] ?? null;
                        return <td key={s.label}>{value === null ? 'no data' : format(value)}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </details>
        </>
      )}
    </figure>
  );
}
