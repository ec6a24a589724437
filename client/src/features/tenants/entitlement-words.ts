// How the console words an entitlement state and a tenant-wide gate (the effective result and why).
import type { graphql } from '../../app/graphql';

export type EntitlementState = ReturnType<typeof graphql.scalar<'EntitlementState'>>;

export const STATE_LABELS: Record<EntitlementState, string> = {
  ON: 'On',
  OFF: 'Off',
  INHERIT: 'Inherit',
};

export const STATE_HINTS: Record<EntitlementState, string> = {
  ON: 'entitled: the global flag decides',
  OFF: 'not entitled: off for every user of the tenant',
  INHERIT: 'not set: the global flag decides',
};

const STEP_WORDS: Record<string, string> = {
  FLAG: 'the flag no longer exists',
  KILL_SWITCH: 'the flag is switched off for everyone',
  ENV_GATE: "the server's environment gate forces it off",
  ENTITLEMENT: "the tenant's entitlement is Off",
  GUARD: 'its guard has tripped',
};

export interface Gate {
  open: boolean;
  step: string | null;
  detail: string;
}

/** "Off: the flag is switched off for everyone", or "On: the flag's targeting decides per user". */
export function effectWords(gate: Gate): string {
  if (gate.open) return "Open: the flag's targeting decides per user";
  return `Off: ${(gate.step && STEP_WORDS[gate.step]) || gate.detail}`;
}
