// KPI answers for component tests: a window's figures with every field the page selects, zero by default.
import type { KpiFigures, SeriesPoints, WindowKpis } from './monitoring-queries';

export const H1_FROM = '2026-12-07T09:00:00.000Z';
export const H1_TO = '2026-12-07T10:00:00.000Z';

export function kpiFigures(over: Partial<KpiFigures> = {}): KpiFigures {
  return {
    from: H1_FROM,
    to: H1_TO,
    tenantId: null,
    rolledThrough: null,
    messagesTotal: 0,
    outOfScopeReplies: 0,
    llmErrorReplies: 0,
    outOfScopeRate: null,
    llmErrorRate: null,
    p50LatencyMs: null,
    p95LatencyMs: null,
    requests: 0,
    errors4xx: 0,
    errors5xx: 0,
    errorRate4xx: null,
    errorRate5xx: null,
    requestP50LatencyMs: null,
    requestP95LatencyMs: null,
    readinessChecks: 0,
    readinessFailures: 0,
    availability: null,
    moduleRuns: 0,
    moduleErrors: 0,
    moduleErrorRate: null,
    apiKeyAuthFailures: 0,
    signInFailures: 0,
    quota: [],
    ...over,
  };
}

export function windowKpis(over: Partial<WindowKpis> = {}): WindowKpis {
  return { operations: [], apiKeyAuthFailuresByTenant: [], ...kpiFigures(over), ...over };
}

/** A busy hour: 200 requests (4 of them 5xx), 4 replies (1 out of scope), a tarot quota block. */
export const busyHour = (): WindowKpis =>
  windowKpis({
    rolledThrough: '2026-12-07T09:59:00.000Z',
    requests: 200,
    errors4xx: 10,
    errors5xx: 4,
    errorRate4xx: 0.05,
    errorRate5xx: 0.02,
    availability: 0.98,
    requestP50LatencyMs: 12,
    requestP95LatencyMs: 48.4,
    messagesTotal: 4,
    outOfScopeReplies: 1,
    outOfScopeRate: 0.25,
    llmErrorRate: 0,
    p50LatencyMs: 3.25,
    p95LatencyMs: 9.5,
    moduleRuns: 3,
    moduleErrorRate: 0,
    apiKeyAuthFailures: 2,
    quota: [
      { module: 'tarot', plan: 'free', consumed: 3, blocked: 1, saturation: 0.25 },
      { module: 'runes', plan: 'premium', consumed: 4, blocked: 0, saturation: 0 },
    ],
    operations: [
      {
        operation: 'sendMessage',
        requests: 150,
        errors4xx: 0,
        errors5xx: 3,
        errorRate4xx: 0,
        errorRate5xx: 0.02,
        p50LatencyMs: 11,
        p95LatencyMs: 40,
      },
      {
        operation: 'myFlags',
        requests: 50,
        errors4xx: 10,
        errors5xx: 1,
        errorRate4xx: 0.2,
        errorRate5xx: 0.02,
        p50LatencyMs: 2,
        p95LatencyMs: 6,
      },
    ],
    apiKeyAuthFailuresByTenant: [{ tenantId: null, count: 2 }],
  });

/** A series of `values` one minute apart from H1_FROM. */
export function series(metric: SeriesPoints['metric'], values: (number | null)[]): SeriesPoints {
  return {
    metric,
    stepSeconds: 60,
    points: values.map((value, i) => ({
      at: new Date(Date.parse(H1_FROM) + i * 60_000).toISOString(),
      value,
    })),
  };
}
