// Live module gates: myFlagUpdates for the two gate flags, folded into one state per module.

import { useSubscription } from 'urql';
import { graphql, type ResultOf } from '../../app/graphql';
import { isUntargeted } from './module-reasons';

export type ModuleName = ReturnType<typeof graphql.scalar<'ModuleName'>>;

export const GATE_KEYS: Record<ModuleName, string> = { TAROT: 'tarot_enabled', RUNES: 'runes_enabled' };

export interface Gate {
  enabled: boolean;
  reason: string;
  /** Whether the module is meant for this user; undefined when the reason does not tell (see audienceOf). */
  inAudience: boolean | undefined;
}

export const ModuleGatesSubscription = graphql(`
  subscription ModuleGates($keys: [String!], $sinceRevision: Int) {
    myFlagUpdates(keys: $keys, sinceRevision: $sinceRevision) {
      configRevision
      full
      flags {
        key
        enabled
        reason
        revision
      }
    }
  }
`);

type FlagUpdate = ResultOf<typeof ModuleGatesSubscription>['myFlagUpdates'];

export interface GateState {
  /** The last configRevision seen; the client sends it back as sinceRevision when it reconnects. */
  configRevision: number;
  gates: Partial<Record<ModuleName, Gate>>;
}

const MODULE_OF = new Map(Object.entries(GATE_KEYS).map(([module, key]) => [key, module as ModuleName]));

/** Applies one update: a full snapshot replaces what is known, a delta changes only the flags it names. */
export function foldGates(previous: GateState | undefined, update: FlagUpdate): GateState {
  const gates = update.full ? {} : { ...previous?.gates };
  for (const flag of update.flags) {
    const module = MODULE_OF.get(flag.key);
    if (!module) continue;
    const known = previous?.gates[module]?.inAudience;
    gates[module] = { enabled: flag.enabled, reason: flag.reason, inAudience: audienceOf(flag, known) };
  }
  return { configRevision: update.configRevision, gates };
}

/** Operational switches: they turn a module off for everyone, so they say nothing about who it is for. */
const OPERATIONAL = new Set(['DISABLED', 'ENV_GATE', 'GUARD_OPEN']);

/**
 * Whether a pushed result says the module is meant for the user: on, or off by their targeting or plan
 * (shown locked) — versus outside the audience (hidden, see isUntargeted). A kill keeps what was known.
 */
export function audienceOf(flag: { enabled: boolean; reason: string }, known: boolean | undefined) {
  if (flag.enabled) return true;
  if (OPERATIONAL.has(flag.reason)) return known;
  return !isUntargeted(flag.reason);
}

const KEYS = Object.values(GATE_KEYS);

/** The gates as pushed by the server; undefined until the first snapshot arrives. */
export function useModuleGates() {
  const [result] = useSubscription(
    { query: ModuleGatesSubscription, variables: { keys: KEYS } },
    (previous: GateState | undefined, data: ResultOf<typeof ModuleGatesSubscription>) =>
      foldGates(previous, data.myFlagUpdates),
  );
  return result;
}
