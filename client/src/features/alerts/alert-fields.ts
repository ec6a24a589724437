// The alert fields every list of the Alerts page shows, and how an alert's figures read.
import { graphql, type ResultOf } from '../../app/graphql';

export const AlertItemFragment = graphql(`
  fragment AlertItem_alert on Alert {
    id
    rule
    state
    severity
    kind
    service
    operation
    tenantId
    comparison
    value
    threshold
    windowSeconds
    samples
    sampleRequestIds
    context
    pendingSince
    firedAt
    resolvedAt
    deliveries {
      id
      event
      url
      state
      nextAttemptAt
      attempts {
        attempt
        ok
        statusCode
        error
        at
      }
    }
  }
`);

export type AlertItem = ResultOf<typeof AlertItemFragment>;

const SHARE_KINDS = new Set([
  'AVAILABILITY',
  'ERROR_RATE_5XX',
  'QUOTA_SATURATION',
  'RATE_LIMITED_RATE',
  'LLM_ERROR_RATE',
  'GUARD_TRIP',
]);

/** "5.0%" for shares, "812 ms" for latency, "+45.0 points" for a drift, a plain count otherwise. */
export function formatFigure(kind: string, value: number | null): string {
  if (value === null) return 'no value';
  if (SHARE_KINDS.has(kind)) return `${(value * 100).toFixed(1)}%`;
  if (kind === 'P95_LATENCY_MS') return `${Math.round(value)} ms`;
  if (kind === 'OUT_OF_SCOPE_DRIFT') return `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} points`;
  return String(Math.round(value));
}

/** "5xx error rate 10.0% above 5.0% over 300 s (120 samples)". */
export function describeAlert(a: AlertItem): string {
  const where = a.operation ? ` on ${a.operation}` : '';
  const dir = a.comparison === 'ABOVE' ? 'above' : 'below';
  return `${formatFigure(a.kind, a.value)} ${dir} ${formatFigure(a.kind, a.threshold)}${where} over ${a.windowSeconds} s (${a.samples} samples)`;
}
