// The metric events Augur records: one shape (kind, tenant, dimensions, latency, error) for every source.

export const METRIC_KINDS = [
  'operation',
  'module_run',
  'chat_reply',
  'quota',
  'exposure',
  'api_key_auth_failure',
  'sign_in_failure',
  'readiness',
  'propagation',
] as const;

export type MetricKind = (typeof METRIC_KINDS)[number];

export interface MetricEvent {
  kind: MetricKind;
  /** Null when the event names no tenant (a sign-in that matched none, an unknown API key). */
  tenantId: string | null;
  /** Low-cardinality labels only (no user ids, no free text): each distinct set is a rollup row. */
  dims: Record<string, string>;
  latencyMs?: number | undefined;
  /** Counts against the kind's error rate (5xx, a failed module run, an LLM error, a failed probe). */
  error?: boolean | undefined;
  /** A user id, kept on raw exposure events only, for unique-user counts. */
  subject?: string | undefined;
  requestId?: string | undefined;
  /** How many events this one stands for (pre-aggregated exposures); 1 when absent. */
  count?: number | undefined;
  /** When it happened; the recorder's clock when absent. */
  at?: Date | undefined;
}

/** A GraphQL error code's HTTP status class (DESIGN.md §9): dependency and server faults are 5xx. */
export function statusClass(code: string | undefined): '2xx' | '4xx' | '5xx' {
  if (!code) return '2xx';
  return code === 'INTERNAL' || code === 'UNAVAILABLE' || code === 'AUDIT_UNAVAILABLE' ? '5xx' : '4xx';
}

export interface OperationFacts {
  operation: string;
  type: string;
  code: string | undefined;
  latencyMs: number;
  role: string;
  plan: string;
  apiKey: boolean;
  tenantId: string | null;
  requestId: string;
}

export function operationEvent(f: OperationFacts): MetricEvent {
  const status = statusClass(f.code);
  return {
    kind: 'operation',
    tenantId: f.tenantId,
    dims: {
      operation: f.operation,
      type: f.type,
      status,
      code: f.code ?? '',
      role: f.role,
      plan: f.plan,
      apiKey: f.apiKey ? '1' : '0',
    },
    latencyMs: f.latencyMs,
    error: status === '5xx',
    requestId: f.requestId,
  };
}

export type ModuleOutcome = 'ok' | 'error' | 'blocked' | 'quota_exceeded';

export function moduleRunEvent(f: {
  tenantId: string;
  module: string;
  plan: string;
  flag: string;
  outcome: ModuleOutcome;
  latencyMs?: number | undefined;
  requestId: string;
}): MetricEvent {
  return {
    kind: 'module_run',
    tenantId: f.tenantId,
    dims: { module: f.module, plan: f.plan, flag: f.flag, outcome: f.outcome },
    latencyMs: f.latencyMs,
    error: f.outcome === 'error',
    requestId: f.requestId,
  };
}

export function quotaEvent(f: {
  tenantId: string;
  module: string;
  plan: string;
  decision: 'consumed' | 'blocked';
  requestId: string;
}): MetricEvent {
  return {
    kind: 'quota',
    tenantId: f.tenantId,
    dims: { module: f.module, plan: f.plan, decision: f.decision },
    requestId: f.requestId,
  };
}

export function exposureEvent(f: {
  tenantId: string | null;
  flag: string;
  variant: string | null;
  enabled: boolean;
  reason: string;
  ruleId: string | null;
  userId: string | null;
  requestId?: string | undefined;
}): MetricEvent {
  return {
    kind: 'exposure',
    tenantId: f.tenantId,
    // A boolean flag serves true or false; a variant flag its variant.
    dims: { flag: f.flag, variant: f.variant ?? String(f.enabled), reason: f.reason, rule: f.ruleId ?? '' },
    subject: f.userId ?? undefined,
    requestId: f.requestId,
  };
}

export function chatReplyEvent(f: {
  tenantId: string;
  status: 'ok' | 'out_of_scope' | 'llm_error';
  latencyMs: number;
}): MetricEvent {
  return {
    kind: 'chat_reply',
    tenantId: f.tenantId,
    dims: { status: f.status },
    latencyMs: f.latencyMs,
    error: f.status === 'llm_error',
  };
}

export function apiKeyAuthFailureEvent(f: {
  tenantId: string | null;
  reason: 'malformed' | 'unknown' | 'revoked' | 'mismatch';
}): MetricEvent {
  // The tenant is a dimension too: the all-tenant rows can then say which tenants' keys fail.
  return {
    kind: 'api_key_auth_failure',
    tenantId: f.tenantId,
    dims: { reason: f.reason, tenant: f.tenantId ?? '' },
    error: true,
  };
}

export function signInFailureEvent(f: {
  tenantId: string | null;
  reason: 'credentials' | 'rate_limited';
}): MetricEvent {
  return { kind: 'sign_in_failure', tenantId: f.tenantId, dims: { reason: f.reason }, error: true };
}

export function readinessEvent(f: { ready: boolean; reason?: string | undefined }): MetricEvent {
  return {
    kind: 'readiness',
    tenantId: null,
    dims: { ready: f.ready ? '1' : '0', reason: f.reason ?? '' },
    error: !f.ready,
  };
}

/** A configuration revision reaching one client (read, or applied by the web app): docs/propagation.md. */
export function propagationEvent(f: {
  tenantId: string | null;
  stage: 'reached' | 'applied';
  latencyMs: number;
  at: Date;
}): MetricEvent {
  return {
    kind: 'propagation',
    tenantId: f.tenantId,
    dims: { stage: f.stage },
    latencyMs: f.latencyMs,
    at: f.at,
  };
}
