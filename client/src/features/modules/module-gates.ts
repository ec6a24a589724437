// Live module gates: myFlagUpdates for the two gate flags, folded into one state per module.

import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql, type ResultOf } from '../../app/graphql';

export type ModuleName = ReturnType<typeof graphql.scalar<'ModuleName'>>;

export const GATE_KEYS: Record<ModuleName, string> = { TAROT: 'tarot_enabled', RUNES: 'runes_enabled' };

/** Whether a module is open for this user now, and why. Who it is meant for comes from moduleAvailability. */
export interface Gate {
  enabled: boolean;
  reason: string;
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
    gates[module] = { enabled: flag.enabled, reason: flag.reason };
  }
  return { configRevision: update.configRevision, gates };
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

/**
 * Reloads availability after a pushed gate change (not the first snapshot, which the load already matches),
 * so the server's audience and quota follow targeting changes.
 */
export function useRefetchOnChange(configRevision: number | undefined, refetch: () => void) {
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (configRevision === undefined) return;
    const previous = seen.current;
    seen.current = configRevision;
    if (previous !== undefined && previous !== configRevision) refetch();
  }, [configRevision, refetch]);
}
