// The live area of the Monitoring page: the window's headline figures as the kpiUpdates subscription pushes
// them (at once, then every 10 s), with the time the last push arrived.
import { useEffect, useState } from 'react';
import { useSubscription } from 'urql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { type FigureKind, formatFigure } from './kpi-format';
import type { KpiWindow } from './kpi-window';
import { type KpiFigures, MonitoringLiveSubscription } from './monitoring-queries';

const FIGURES: { label: string; kind: FigureKind; value(k: KpiFigures): number | null }[] = [
  { label: 'Requests', kind: 'count', value: (k) => k.requests },
  { label: 'Availability', kind: 'rate', value: (k) => k.availability },
  { label: '5xx rate', kind: 'rate', value: (k) => k.errorRate5xx },
  { label: 'Messages', kind: 'count', value: (k) => k.messagesTotal },
  { label: 'Out of scope', kind: 'rate', value: (k) => k.outOfScopeRate },
  { label: 'LLM errors', kind: 'rate', value: (k) => k.llmErrorRate },
  { label: 'Reply p95', kind: 'ms', value: (k) => k.p95LatencyMs },
];

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function LiveKpis(props: { window: KpiWindow; tenantId: string | null }) {
  const [{ data, error }] = useSubscription({
    query: MonitoringLiveSubscription,
    variables: { window: props.window, tenantId: props.tenantId },
  });
  const kpis = data?.kpiUpdates;
  const [receivedAt, setReceivedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (kpis) setReceivedAt(new Date());
  }, [kpis]);
  return (
    <section className="card" aria-labelledby="monitoring-live" data-live={kpis ? 'on' : 'waiting'}>
      <div className="section-head">
        <h2 id="monitoring-live">Live</h2>
        <span className="hint">
          {receivedAt ? (
            <>
              Updated <time dateTime={receivedAt.toISOString()}>{clock.format(receivedAt)}</time>, every 10 s
            </>
          ) : (
            'Connecting…'
          )}
        </span>
      </div>
      {error && <ErrorNotice title="Live updates are interrupted" error={error} />}
      {kpis && (
        <dl className="live-figures">
          {FIGURES.map((f) => (
            <div key={f.label} data-live-figure={f.label}>
              <dt>{f.label}</dt>
              <dd>{formatFigure(f.kind, f.value(kpis))}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
