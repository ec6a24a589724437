// Treatment against control over a release plan's life: each arm's error rate at every transition and now, as
// a small uPlot line chart with a title and the same figures as a table (the chart's accessible fallback).
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatDateTime } from '../../app/format';

export interface ArmPoint {
  at: string;
  label: string;
  control: { samples: number; errorRate: number };
  treatment: { samples: number; errorRate: number };
}

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

/** Canvas drawing needs a 2D context (a browser's, not a test DOM's): without one, the table alone shows. */
function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export function ArmChart({
  points,
  treatment,
  control,
}: {
  points: ArmPoint[];
  treatment: string;
  control: string;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const title = useId();
  useEffect(() => {
    const el = holder.current;
    if (!el || points.length === 0 || !canDraw()) return;
    const data: uPlot.AlignedData = [
      points.map((p) => Date.parse(p.at) / 1000),
      points.map((p) => p.control.errorRate * 100),
      points.map((p) => p.treatment.errorRate * 100),
    ];
    const chart = new uPlot(
      {
        width: Math.max(280, Math.min(640, el.clientWidth || 480)),
        height: 180,
        series: [
          {},
          { label: `control (${control}) %`, stroke: '#4c6ef5', points: { show: true } },
          { label: `treatment (${treatment}) %`, stroke: '#e8590c', points: { show: true } },
        ],
        axes: [{}, { label: 'error rate %' }],
      },
      data,
      el,
    );
    return () => chart.destroy();
  }, [points, treatment, control]);

  const last = points.at(-1);
  const summary = last
    ? `Error rate now: control ${percent(last.control.errorRate)}, treatment ${percent(last.treatment.errorRate)}`
    : 'No outcomes yet';
  return (
    <figure className="arm-chart" aria-labelledby={title}>
      <figcaption id={title}>Error rate, treatment against control</figcaption>
      <div ref={holder} role="img" aria-label={summary} />
      <table>
        <caption className="visually-hidden">Error rate per arm at each transition</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Control ({control})</th>
            <th scope="col">Treatment ({treatment})</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.at}-${p.label}`}>
              <th scope="row">
                {p.label} <time dateTime={p.at}>{formatDateTime(p.at)}</time>
              </th>
              <td>
                {percent(p.control.errorRate)} of {p.control.samples}
              </td>
              <td>
                {percent(p.treatment.errorRate)} of {p.treatment.samples}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
