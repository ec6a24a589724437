// The Monitoring page's charts over the window: latency p50/p95, error rates, volume, and the conversation
// quality rates, from one kpiSeries operation.
import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { formatCount, formatMs, formatRate } from './kpi-format';
import type { KpiWindow } from './kpi-window';
import { type MonitoringSeries, MonitoringSeriesQuery, type SeriesPoints } from './monitoring-queries';
import { TimeSeriesChart, type TimeSeriesChartProps } from './TimeSeriesChart';

const line = (label: string, s: SeriesPoints) => ({ label, values: s.points.map((p) => p.value) });

function charts(d: MonitoringSeries): TimeSeriesChartProps[] {
  const times = d.requests.points.map((p) => p.at);
  const step = d.requests.stepSeconds >= 3600 ? 'per hour' : 'per minute';
  return [
    {
      name: 'request-latency',
      title: 'Request latency',
      description: `p50 and p95 of GraphQL query and mutation execution time, ${step}.`,
      times,
      series: [line('p50', d.requestP50), line('p95', d.requestP95)],
      format: formatMs,
    },
    {
      name: 'reply-latency',
      title: 'Chat reply latency',
      description: `p50 and p95 of the responder's time per reply, ${step}.`,
      times,
      series: [line('p50', d.replyP50), line('p95', d.replyP95)],
      format: formatMs,
    },
    {
      name: 'error-rates',
      title: 'Error rates',
      description: `Share of requests answered with a 4xx or a 5xx code, ${step}.`,
      times,
      series: [line('4xx', d.errorRate4xx), line('5xx', d.errorRate5xx)],
      format: formatRate,
    },
    {
      name: 'volume',
      title: 'Volume',
      description: `Requests and chat messages, ${step}.`,
      times,
      series: [line('Requests', d.requests), line('Messages', d.messages)],
      format: formatCount,
      counts: true,
    },
    {
      name: 'conversation-quality',
      title: 'Out of scope and LLM errors',
      description: `Share of chat replies out of the persona's topics, and replies the LLM failed, ${step}.`,
      times,
      series: [line('Out of scope', d.outOfScopeRate), line('LLM errors', d.llmErrorRate)],
      format: formatRate,
    },
  ];
}

export function KpiCharts(props: { window: KpiWindow; tenantId: string | null; refreshKey: number }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MonitoringSeriesQuery,
    variables: { window: props.window, tenantId: props.tenantId },
    requestPolicy: 'cache-and-network',
  });
  const list = useMemo(() => (data ? charts(data) : []), [data]);
  // A page-wide refresh reloads the charts too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new refreshKey asks again.
  useEffect(() => {
    if (props.refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [props.refreshKey]);
  return (
    <section className="card" aria-labelledby="monitoring-charts">
      <h2 id="monitoring-charts">Over time</h2>
      {fetching && !data && <StatusMessage>Loading the charts…</StatusMessage>}
      {error && !data && (
        <ErrorNotice
          title="Could not load the charts"
          error={error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {data && (
        <div className="chart-grid">
          {list.map((chart) => (
            <TimeSeriesChart key={chart.name} {...chart} />
          ))}
        </div>
      )}
    </section>
  );
}
