// The Metrics tab of a flag page: the stale marker with its evidence (ops and support), then for ops the
// window's exposures, unique users and gated error rate, exposures per variant over time, and the
// variant, reason and rule breakdowns.
import { useId, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { type FigureKind, formatCount, formatFigure, formatRate } from '../monitoring/kpi-format';
import { type KpiWindow, WINDOWS } from '../monitoring/kpi-window';
import { hasPoints, TimeSeriesChart } from '../monitoring/TimeSeriesChart';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import {
  FlagExposureSlicesQuery,
  type FlagMetricsFigures,
  FlagMetricsQuery,
  FlagStalenessQuery,
} from './flag-metrics-queries';
import { errorRateLine, exposureLines, slicesOf, sliceVariables, variantLabel } from './flag-metrics-series';
import { StaleMarker } from './StaleMarker';
import '../monitoring/monitoring.css';
import './flag-metrics.css';

const REASON_WORDS: Record<string, string> = {
  DEFAULT: 'Default serve',
  SPLIT: 'Percentage split',
  TARGETING_MATCH: 'Targeting match',
  DISABLED: 'Kill switch off',
  ENV_GATE: 'Environment gate',
  ENTITLEMENT: "Tenant's entitlement",
  GUARD_OPEN: 'Guard tripped',
  PREREQUISITE_FAILED: 'Prerequisite failed',
  FLAG_NOT_FOUND: 'Flag not found',
};

type Rules = readonly { id: string; description: string }[];

function ruleLabel(id: string, rules: Rules): string {
  if (id === '') return 'No rule (targets, fallthrough or an earlier step)';
  const index = rules.findIndex((r) => r.id === id);
  if (index < 0) return `Rule ${id} (no longer in the flag)`;
  const description = rules[index]?.description;
  return `Rule ${index + 1}${description ? `: ${description}` : ''}`;
}

function CountTable(props: {
  title: string;
  name: string;
  rows: readonly { value: string; count: number }[];
  total: number;
  label(value: string): string;
}) {
  return (
    <div className="flag-metrics-table">
      <h3>{props.title}</h3>
      {props.rows.length === 0 ? (
        <p className="muted">No exposures in this window.</p>
      ) : (
        <table className="data-table" data-table={props.name}>
          <thead>
            <tr>
              <th scope="col">{props.title.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase())}</th>
              <th scope="col" className="number">
                Exposures
              </th>
              <th scope="col" className="number">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.value} data-value={r.value}>
                <th scope="row">{props.label(r.value)}</th>
                <td className="number">{formatCount(r.count)}</td>
                <td className="number">{props.total > 0 ? formatRate(r.count / props.total) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Figures({ metrics }: { metrics: FlagMetricsFigures }) {
  const figures: { label: string; kind: FigureKind; value: number | null; detail?: string }[] = [
    { label: 'Exposures', kind: 'count', value: metrics.exposures },
    {
      label: 'Unique users',
      kind: 'count',
      value: metrics.uniqueUsers,
      detail: 'over the UTC days the window touches',
    },
    { label: 'Gated runs', kind: 'count', value: metrics.gatedRuns },
    {
      label: 'Gated error rate',
      kind: 'rate',
      value: metrics.gatedErrorRate,
      detail: metrics.gatedRuns > 0 ? `${formatCount(metrics.gatedErrors)} failed` : undefined,
    },
  ];
  return (
    <ul className="kpi-grid" aria-label="Flag figures">
      {figures.map((f) => (
        <li key={f.label} className="kpi-card" data-figure={f.label}>
          <span className="kpi-label">{f.label}</span>
          <span className="kpi-value" data-empty={f.value === null ? '' : undefined}>
            {formatFigure(f.kind, f.value)}
          </span>
          {f.detail && <span className="kpi-detail">{f.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

function ExposureCharts({ metrics }: { metrics: FlagMetricsFigures }) {
  const variables = sliceVariables(metrics.key, metrics.from, metrics.to);
  const [{ data, error }, refetch] = useQuery({ query: FlagExposureSlicesQuery, variables });
  const charts = useMemo(() => {
    if (!data) return null;
    const slices = slicesOf(data);
    return {
      times: slices.map((s) => s.from),
      exposures: exposureLines(slices),
      errors: errorRateLine(slices),
    };
  }, [data]);
  if (error && !data)
    return (
      <ErrorNotice
        title="Could not load the exposures over time"
        error={error}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  if (!charts) return <StatusMessage>Loading the exposures over time…</StatusMessage>;
  return (
    <div className="chart-grid">
      <TimeSeriesChart
        name="flag-exposures"
        title="Exposures per variant"
        description="Exposures of each variant in twelve equal slices of the window."
        times={charts.times}
        series={charts.exposures}
        format={formatCount}
        counts
      />
      {hasPoints(charts.errors) ? (
        <TimeSeriesChart
          name="flag-gated-errors"
          title="Error rate of gated work"
          description="Share of the module runs this flag let through that failed, per slice."
          times={charts.times}
          series={charts.errors}
          format={formatRate}
        />
      ) : null}
    </div>
  );
}

function MetricsForWindow({ flagKey, rules }: { flagKey: string; rules: Rules }) {
  const [kpiWindow, setKpiWindow] = useState<KpiWindow>('H24');
  const windowId = useId();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FlagMetricsQuery,
    variables: { key: flagKey, window: kpiWindow },
  });
  const metrics = data?.flagMetrics;
  return (
    <section className="card" aria-labelledby="flag-metrics-title" data-flag-metrics={flagKey}>
      <div className="section-head">
        <h2 id="flag-metrics-title">Exposures and outcomes</h2>
        <div className="field">
          <label htmlFor={windowId}>Window</label>
          <select id={windowId} value={kpiWindow} onChange={(e) => setKpiWindow(e.target.value as KpiWindow)}>
            {WINDOWS.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {fetching && !data && <StatusMessage>Loading the flag's metrics…</StatusMessage>}
      {error && !data && (
        <ErrorNotice
          title="Could not load the flag's metrics"
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {metrics && (
        <>
          {metrics.exposures === 0 && metrics.gatedRuns === 0 && (
            <p className="notice notice-info">No data yet: the flag was not exposed in this window.</p>
          )}
          <Figures metrics={metrics} />
          <ExposureCharts key={`${metrics.from}/${metrics.to}`} metrics={metrics} />
          <div className="flag-metrics-tables">
            <CountTable
              title="By variant"
              name="variants"
              rows={metrics.byVariant}
              total={metrics.exposures}
              label={variantLabel}
            />
            <CountTable
              title="By reason"
              name="reasons"
              rows={metrics.byReason}
              total={metrics.exposures}
              label={(value) => REASON_WORDS[value] ?? value}
            />
            <CountTable
              title="By rule"
              name="rules"
              rows={metrics.byRule}
              total={metrics.exposures}
              label={(value) => ruleLabel(value, rules)}
            />
          </div>
        </>
      )}
    </section>
  );
}

/** `canReadMetrics`: ops; support sees the stale marker only (flagMetrics is for ops). */
export function FlagMetricsPanel({ flagKey, canReadMetrics }: { flagKey: string; canReadMetrics: boolean }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FlagStalenessQuery,
    variables: { key: flagKey },
  });
  const flag = data?.flag;
  return (
    <div className="flag-metrics">
      {fetching && !data && <StatusMessage>Loading the staleness…</StatusMessage>}
      {error && !data && (
        <ErrorNotice
          title="Could not load the staleness"
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {flag && <StaleMarker staleness={flag.staleness} />}
      {canReadMetrics ? (
        <MetricsForWindow flagKey={flagKey} rules={flag?.rules ?? []} />
      ) : (
        <p className="muted">Exposure figures are shown to ops.</p>
      )}
    </div>
  );
}
