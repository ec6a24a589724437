// Alert rules: what they watch (a KPI of docs/monitoring.md, optionally one operation or module), when they
// fire (comparison, threshold, window, minimum samples, for-duration) and where they are sent (a webhook).
import type { FieldIssue } from '../platform/errors.js';

export const ALERT_KPIS = [
  'AVAILABILITY',
  'ERROR_RATE_5XX',
  'P95_LATENCY_MS',
  'QUOTA_SATURATION',
  'RATE_LIMITED_RATE',
  'LLM_ERROR_RATE',
  'OUT_OF_SCOPE_DRIFT',
  'API_KEY_AUTH_FAILURES',
] as const;
export type AlertKpi = (typeof ALERT_KPIS)[number];

export const COMPARISONS = ['ABOVE', 'BELOW'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export const SEVERITIES = ['CRITICAL', 'WARNING', 'INFO'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How each KPI's value reads: a share in [0, 1], a difference of shares, milliseconds or a count. */
export const KPI_UNITS: Record<AlertKpi, 'share' | 'shareDelta' | 'ms' | 'count'> = {
  AVAILABILITY: 'share',
  ERROR_RATE_5XX: 'share',
  P95_LATENCY_MS: 'ms',
  QUOTA_SATURATION: 'share',
  RATE_LIMITED_RATE: 'share',
  LLM_ERROR_RATE: 'share',
  OUT_OF_SCOPE_DRIFT: 'shareDelta',
  API_KEY_AUTH_FAILURES: 'count',
};

export const ALERT_RULE_LIMITS = {
  minWindowSeconds: 60,
  maxWindowSeconds: 86_400,
  maxForSeconds: 86_400,
  maxMinSamples: 1_000_000,
  maxLatencyMs: 600_000,
  maxCount: 1_000_000_000,
  maxWebhookUrlLength: 2000,
} as const;

export interface AlertRuleContent {
  description: string;
  kpi: AlertKpi;
  /** GraphQL root fields for request KPIs, a module for QUOTA_SATURATION; null: all of them. */
  operation: string | null;
  /** One tenant's figures; null: every tenant. */
  tenantId: string | null;
  comparison: Comparison;
  threshold: number;
  windowSeconds: number;
  minSamples: number;
  /** The condition must hold this long (pending) before the alert fires; 0 fires at once. */
  forSeconds: number;
  severity: Severity;
  webhookUrl: string | null;
  /**
   * The webhook secret's fingerprint (never the secret: it lives encrypted in alert_webhook_secrets, keyed by
   * rule and fingerprint, so rollbacks find their own); null: deliveries are unsigned.
   */
  webhookSecretRef: string | null;
  enabled: boolean;
}

export interface AlertRule extends AlertRuleContent {
  key: string;
  revision: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function canonicalAlertRule(c: AlertRuleContent): AlertRuleContent {
  return {
    description: c.description.trim(),
    kpi: c.kpi,
    operation: c.operation?.trim() || null,
    tenantId: c.tenantId ?? null,
    comparison: c.comparison,
    threshold: c.threshold,
    windowSeconds: c.windowSeconds,
    minSamples: c.minSamples,
    forSeconds: c.forSeconds,
    severity: c.severity,
    webhookUrl: c.webhookUrl?.trim() || null,
    webhookSecretRef: c.webhookSecretRef ?? null,
    enabled: c.enabled,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPERATION = /^[A-Za-z_][A-Za-z0-9_,+]{0,199}$/;

/** Only http and https, with a host, no credentials in it (they would be stored and shown). */
export function webhookUrlIssue(url: string): string | undefined {
  if (url.length > ALERT_RULE_LIMITS.maxWebhookUrlLength) return 'at most 2000 characters';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http or https URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'only http and https URLs';
  if (!parsed.hostname) return 'must name a host';
  if (parsed.username || parsed.password) return 'no user or password in the URL: use the webhook secret';
  return undefined;
}

export function alertRuleIssues(c: AlertRuleContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (path: string, ok: boolean, message: string) => {
    if (!ok) issues.push({ path: `input.${path}`, message });
  };
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  const t = c.threshold;
  switch (KPI_UNITS[c.kpi]) {
    case 'share':
      check('threshold', Number.isFinite(t) && t >= 0 && t <= 1, 'must be a share from 0 to 1');
      break;
    case 'shareDelta':
      check('threshold', Number.isFinite(t) && t >= -1 && t <= 1, 'must be a difference of shares, -1 to 1');
      break;
    case 'ms':
      check(
        'threshold',
        Number.isFinite(t) && t > 0 && t <= ALERT_RULE_LIMITS.maxLatencyMs,
        `must be milliseconds above 0, at most ${ALERT_RULE_LIMITS.maxLatencyMs}`,
      );
      break;
    case 'count':
      check(
        'threshold',
        whole(t, 0, ALERT_RULE_LIMITS.maxCount),
        `must be a whole count, 0 to ${ALERT_RULE_LIMITS.maxCount}`,
      );
      break;
  }
  check('description', c.description.length <= 500, 'at most 500 characters');
  check(
    'operation',
    c.operation === null || OPERATION.test(c.operation),
    'must be a GraphQL root field (or fields joined by commas) or a module name',
  );
  check(
    'operation',
    c.operation === null ||
      (c.kpi !== 'LLM_ERROR_RATE' && c.kpi !== 'OUT_OF_SCOPE_DRIFT' && c.kpi !== 'API_KEY_AUTH_FAILURES'),
    'this KPI has no operation dimension',
  );
  check('tenantId', c.tenantId === null || UUID.test(c.tenantId), 'must be a tenant id');
  check(
    'windowSeconds',
    whole(c.windowSeconds, ALERT_RULE_LIMITS.minWindowSeconds, ALERT_RULE_LIMITS.maxWindowSeconds),
    `must be whole seconds, ${ALERT_RULE_LIMITS.minWindowSeconds} to ${ALERT_RULE_LIMITS.maxWindowSeconds}`,
  );
  check(
    'minSamples',
    whole(c.minSamples, 0, ALERT_RULE_LIMITS.maxMinSamples),
    `must be 0 to ${ALERT_RULE_LIMITS.maxMinSamples}`,
  );
  check(
    'forSeconds',
    whole(c.forSeconds, 0, ALERT_RULE_LIMITS.maxForSeconds),
    `must be whole seconds, 0 to ${ALERT_RULE_LIMITS.maxForSeconds}`,
  );
  if (c.webhookUrl !== null) {
    const issue = webhookUrlIssue(c.webhookUrl);
    if (issue) issues.push({ path: 'input.webhookUrl', message: issue });
  }
  check(
    'webhookSecret',
    c.webhookSecretRef === null || c.webhookUrl !== null,
    'a secret needs a webhook URL',
  );
  return issues;
}

/** Whether a value breaches the rule's threshold (strictly). */
export function breaches(comparison: Comparison, value: number, threshold: number): boolean {
  return comparison === 'ABOVE' ? value > threshold : value < threshold;
}
