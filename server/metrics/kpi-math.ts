// KPI formulas over rollup rows (docs/monitoring.md quotes them): pure, and never NaN — a rate over no
// samples is null, a count over no rows is 0.
import { LatencySketch } from './latency-sketch.js';
import type { StoredRollup } from './metric-store.js';
import { coarseKind, latencyKind } from './rollup.js';

/** The row kinds computeKpis reads. */
export const KPI_KINDS = [
  coarseKind('operation'),
  latencyKind('operation'),
  'chat_reply',
  latencyKind('chat_reply'),
  'quota',
  'module_run',
  'api_key_auth_failure',
  'sign_in_failure',
  'readiness',
  latencyKind('propagation'),
] as const;

export interface OperationKpi {
  operation: string;
  requests: number;
  errors4xx: number;
  errors5xx: number;
  errorRate4xx: number | null;
  errorRate5xx: number | null;
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
}

export interface QuotaKpi {
  module: string;
  plan: string;
  consumed: number;
  blocked: number;
  /** blocked / (consumed + blocked): the share of quota decisions that refused a run. */
  saturation: number | null;
}

export interface TenantCount {
  tenantId: string | null;
  count: number;
}

export interface KpiFigures {
  messagesTotal: number;
  outOfScopeReplies: number;
  llmErrorReplies: number;
  outOfScopeRate: number | null;
  llmErrorRate: number | null;
  /** Chat reply latency (the responder's time). */
  p50LatencyMs: number | null;
  p95LatencyMs: number | null;
  requests: number;
  errors4xx: number;
  errors5xx: number;
  errorRate4xx: number | null;
  errorRate5xx: number | null;
  requestP50LatencyMs: number | null;
  requestP95LatencyMs: number | null;
  readinessChecks: number;
  readinessFailures: number;
  availability: number | null;
  operations: OperationKpi[];
  quota: QuotaKpi[];
  moduleRuns: number;
  moduleErrors: number;
  moduleErrorRate: number | null;
  apiKeyAuthFailures: number;
  apiKeyAuthFailuresByTenant: TenantCount[];
  signInFailures: number;
  /** Commit-to-client delay of configuration revisions (read by the client), docs/propagation.md. */
  propagationP50Ms: number | null;
  propagationP99Ms: number | null;
}

/** part / whole, or null when there is nothing to divide by. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

class Tally {
  count = 0;
  errors = 0;
}

function bump<K>(map: Map<K, Tally>, key: K, count: number, errors: number): void {
  let t = map.get(key);
  if (!t) {
    t = new Tally();
    map.set(key, t);
  }
  t.count += count;
  t.errors += errors;
}

function sketchOf(map: Map<string, LatencySketch>, key: string): LatencySketch {
  let s = map.get(key);
  if (!s) {
    s = new LatencySketch();
    map.set(key, s);
  }
  return s;
}

export function computeKpis(rows: readonly StoredRollup[]): KpiFigures {
  const chat = new Map<string, Tally>();
  const ops = new Map<string, { requests: number; e4: number; e5: number }>();
  const quota = new Map<string, { module: string; plan: string; consumed: number; blocked: number }>();
  const keyFailures = new Map<string, Tally>();
  const chatLatency = new LatencySketch();
  const opLatency = new Map<string, LatencySketch>();
  const allOpLatency = new LatencySketch();
  let readiness = 0;
  let readinessFailures = 0;
  let signIn = 0;
  let moduleRuns = 0;
  let moduleErrors = 0;
  const propagation = new LatencySketch();

  for (const r of rows) {
    const d = r.dims;
    switch (r.kind) {
      case 'chat_reply':
        bump(chat, d.status ?? '', r.count, r.errors);
        break;
      case coarseKind('operation'): {
        const op = d.operation ?? '';
        let o = ops.get(op);
        if (!o) {
          o = { requests: 0, e4: 0, e5: 0 };
          ops.set(op, o);
        }
        o.requests += r.count;
        if (d.status === '4xx') o.e4 += r.count;
        if (d.status === '5xx') o.e5 += r.count;
        break;
      }
      case 'quota': {
        const key = `${d.module}|${d.plan}`;
        let q = quota.get(key);
        if (!q) {
          q = { module: d.module ?? '', plan: d.plan ?? '', consumed: 0, blocked: 0 };
          quota.set(key, q);
        }
        if (d.decision === 'blocked') q.blocked += r.count;
        else q.consumed += r.count;
        break;
      }
      case 'module_run':
        // A run refused at the gate or by quota never ran: it is neither a run nor an error of the module.
        if (d.outcome === 'ok' || d.outcome === 'error') {
          moduleRuns += r.count;
          moduleErrors += r.errors;
        }
        break;
      case 'api_key_auth_failure':
        bump(keyFailures, d.tenant ?? '', r.count, r.errors);
        break;
      case 'sign_in_failure':
        signIn += r.count;
        break;
      case 'readiness':
        readiness += r.count;
        readinessFailures += r.errors;
        break;
      case latencyKind('chat_reply'):
        if (r.sketch) chatLatency.mergeBytes(r.sketch);
        break;
      case latencyKind('operation'):
        if (r.sketch) {
          sketchOf(opLatency, d.operation ?? '').mergeBytes(r.sketch);
          allOpLatency.mergeBytes(r.sketch);
        }
        break;
      case latencyKind('propagation'):
        if (r.sketch && d.stage === 'reached') propagation.mergeBytes(r.sketch);
        break;
    }
  }

  const messagesTotal = sum([...chat.values()].map((t) => t.count));
  const outOfScope = chat.get('out_of_scope')?.count ?? 0;
  const llmErrors = chat.get('llm_error')?.count ?? 0;
  const requests = sum([...ops.values()].map((o) => o.requests));
  const e4 = sum([...ops.values()].map((o) => o.e4));
  const e5 = sum([...ops.values()].map((o) => o.e5));
  const keyFailuresTotal = sum([...keyFailures.values()].map((t) => t.count));
  return {
    messagesTotal,
    outOfScopeReplies: outOfScope,
    llmErrorReplies: llmErrors,
    outOfScopeRate: rate(outOfScope, messagesTotal),
    llmErrorRate: rate(llmErrors, messagesTotal),
    p50LatencyMs: chatLatency.quantile(0.5),
    p95LatencyMs: chatLatency.quantile(0.95),
    requests,
    errors4xx: e4,
    errors5xx: e5,
    errorRate4xx: rate(e4, requests),
    errorRate5xx: rate(e5, requests),
    requestP50LatencyMs: allOpLatency.quantile(0.5),
    requestP95LatencyMs: allOpLatency.quantile(0.95),
    readinessChecks: readiness,
    readinessFailures,
    // Every answered request and every readiness probe is a sample; a 5xx or a failed probe is a bad one.
    availability: availability(requests, e5, readiness, readinessFailures),
    operations: [...ops.entries()]
      .map(([operation, o]) => ({
        operation,
        requests: o.requests,
        errors4xx: o.e4,
        errors5xx: o.e5,
        errorRate4xx: rate(o.e4, o.requests),
        errorRate5xx: rate(o.e5, o.requests),
        p50LatencyMs: opLatency.get(operation)?.quantile(0.5) ?? null,
        p95LatencyMs: opLatency.get(operation)?.quantile(0.95) ?? null,
      }))
      .sort((a, b) => b.requests - a.requests || a.operation.localeCompare(b.operation)),
    quota: [...quota.values()]
      .map((q) => ({ ...q, saturation: rate(q.blocked, q.consumed + q.blocked) }))
      .sort((a, b) => a.module.localeCompare(b.module) || a.plan.localeCompare(b.plan)),
    moduleRuns,
    moduleErrors,
    moduleErrorRate: rate(moduleErrors, moduleRuns),
    apiKeyAuthFailures: keyFailuresTotal,
    apiKeyAuthFailuresByTenant: [...keyFailures.entries()]
      .map(([tenant, t]) => ({ tenantId: tenant || null, count: t.count }))
      .sort((a, b) => b.count - a.count),
    signInFailures: signIn,
    propagationP50Ms: propagation.quantile(0.5),
    propagationP99Ms: propagation.quantile(0.99),
  };
}

export function availability(
  requests: number,
  e5: number,
  probes: number,
  failedProbes: number,
): number | null {
  const samples = requests + probes;
  return samples > 0 ? (samples - e5 - failedProbes) / samples : null;
}

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
