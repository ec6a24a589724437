// The alert rule editor's form model: a loaded rule as editable text, and back to an AlertRuleInput.
import { graphql, type ResultOf } from '../../app/graphql';

export const AlertRuleFormFragment = graphql(`
  fragment AlertRuleForm_rule on AlertRule {
    key
    revision
    description
    kpi
    operation
    tenantId
    comparison
    threshold
    windowSeconds
    minSamples
    forSeconds
    severity
    webhookUrl
    hasWebhookSecret
    enabled
  }
`);

export type LoadedAlertRule = ResultOf<typeof AlertRuleFormFragment>;
export type AlertRuleInput = ReturnType<typeof graphql.scalar<'AlertRuleInput'>>;
export type AlertKpi = ReturnType<typeof graphql.scalar<'AlertKpi'>>;
export type AlertSeverity = ReturnType<typeof graphql.scalar<'AlertSeverity'>>;
export type AlertComparison = ReturnType<typeof graphql.scalar<'AlertComparison'>>;

export const KPI_LABELS: Record<AlertKpi, string> = {
  AVAILABILITY: 'Availability (share of non-5xx)',
  ERROR_RATE_5XX: '5xx error rate',
  P95_LATENCY_MS: 'p95 latency (ms)',
  QUOTA_SATURATION: 'Quota saturation',
  RATE_LIMITED_RATE: 'Share refused RATE_LIMITED',
  LLM_ERROR_RATE: 'LLM error rate',
  OUT_OF_SCOPE_DRIFT: 'Out-of-scope drift (vs the 24 h before)',
  API_KEY_AUTH_FAILURES: 'API-key authentication failures (count)',
};

export const SEVERITY_LABELS: Record<AlertSeverity, string> = {
  CRITICAL: 'Critical',
  WARNING: 'Warning',
  INFO: 'Info',
};

/** Numbers stay text while edited: the server says what is out of range, at the field's path. */
export interface AlertRuleForm {
  key: string;
  revision: number;
  description: string;
  kpi: AlertKpi;
  operation: string;
  tenantId: string;
  comparison: AlertComparison;
  threshold: string;
  windowSeconds: string;
  minSamples: string;
  forSeconds: string;
  severity: AlertSeverity;
  webhookUrl: string;
  hasWebhookSecret: boolean;
  /** A new secret to set ('' keeps the current one); removeSecret drops it. */
  webhookSecret: string;
  removeSecret: boolean;
  enabled: boolean;
}

export function toAlertRuleForm(r: LoadedAlertRule): AlertRuleForm {
  return {
    key: r.key,
    revision: r.revision,
    description: r.description,
    kpi: r.kpi,
    operation: r.operation ?? '',
    tenantId: r.tenantId ?? '',
    comparison: r.comparison,
    threshold: String(r.threshold),
    windowSeconds: String(r.windowSeconds),
    minSamples: String(r.minSamples),
    forSeconds: String(r.forSeconds),
    severity: r.severity,
    webhookUrl: r.webhookUrl ?? '',
    hasWebhookSecret: r.hasWebhookSecret,
    webhookSecret: '',
    removeSecret: false,
    enabled: r.enabled,
  };
}

export const blankAlertRuleForm = (): AlertRuleForm => ({
  key: '',
  revision: 0,
  description: '',
  kpi: 'ERROR_RATE_5XX',
  operation: '',
  tenantId: '',
  comparison: 'ABOVE',
  threshold: '0.05',
  windowSeconds: '300',
  minSamples: '20',
  forSeconds: '300',
  severity: 'WARNING',
  webhookUrl: '',
  hasWebhookSecret: false,
  webhookSecret: '',
  removeSecret: false,
  enabled: true,
});

const whole = (text: string) => (/^-?\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** What the browser cannot send as typed, by path. */
export function alertRuleProblems(f: AlertRuleForm): Map<string, string> {
  const problems = new Map<string, string>();
  if (!Number.isFinite(Number(f.threshold)) || f.threshold.trim() === '')
    problems.set('input.threshold', 'Enter a number.');
  for (const field of ['windowSeconds', 'minSamples', 'forSeconds'] as const) {
    if (Number.isNaN(whole(f[field]))) problems.set(`input.${field}`, 'Enter a whole number.');
  }
  return problems;
}

export function toAlertRuleInput(f: AlertRuleForm): AlertRuleInput {
  return {
    description: f.description,
    kpi: f.kpi,
    operation: f.operation.trim() || null,
    tenantId: f.tenantId.trim() || null,
    comparison: f.comparison,
    threshold: Number(f.threshold),
    windowSeconds: whole(f.windowSeconds),
    minSamples: whole(f.minSamples),
    forSeconds: whole(f.forSeconds),
    severity: f.severity,
    webhookUrl: f.webhookUrl.trim() || null,
    ...(f.removeSecret ? { webhookSecret: '' } : f.webhookSecret ? { webhookSecret: f.webhookSecret } : {}),
    enabled: f.enabled,
  };
}

export const FIELD_LABELS: Record<string, string> = {
  'input.description': 'Description',
  'input.kpi': 'KPI',
  'input.operation': 'Operation',
  'input.tenantId': 'Tenant',
  'input.comparison': 'Fires when',
  'input.threshold': 'Threshold',
  'input.windowSeconds': 'Window',
  'input.minSamples': 'Minimum samples',
  'input.forSeconds': 'For',
  'input.severity': 'Severity',
  'input.webhookUrl': 'Webhook URL',
  'input.webhookSecret': 'Webhook secret',
  key: 'Key',
  reason: 'Reason',
};

export const alertRuleFieldLabel = (path: string) => FIELD_LABELS[path] ?? path;
export const ALERT_RULE_PATHS = Object.keys(FIELD_LABELS).filter((p) => p !== 'reason');
