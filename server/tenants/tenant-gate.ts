// A flag's effective state for a tenant before targeting, read off the one evaluator's explain trace.
import type { Explanation, TraceStep } from '../evaluation/definitions.js';

export interface TenantGate {
  /** False: off for every user of the tenant; true: the flag's targeting decides per user. */
  open: boolean;
  /** The step that closed it; null when open. */
  step: TraceStep | null;
  detail: string;
}

/** The steps that decide for a whole tenant, whoever the user is; later steps depend on the context. */
const TENANT_WIDE: readonly TraceStep[] = ['FLAG', 'KILL_SWITCH', 'ENV_GATE', 'ENTITLEMENT', 'GUARD'];

export function tenantGate(explanation: Explanation): TenantGate {
  const wide = explanation.trace.filter((entry) => TENANT_WIDE.includes(entry.step));
  const closed = wide.find((entry) => entry.outcome === 'DECIDED');
  if (closed) return { open: false, step: closed.step, detail: closed.detail };
  const entitlement = wide.find((entry) => entry.step === 'ENTITLEMENT');
  return { open: true, step: null, detail: entitlement?.detail ?? 'no tenant-wide step closes it' };
}
