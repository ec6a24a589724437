// explain: the same decision as evaluateFlag plus one trace entry per step of the evaluation order.
import { asContext } from './attributes.js';
import type { CompiledFlagSet } from './compile.js';
import { decide, notFound } from './decide.js';
import type { EvaluationContext, Explanation, Overlays, TraceEntry, TraceStep } from './definitions.js';

const AFTER_FLAG: readonly TraceStep[] = [
  'KILL_SWITCH',
  'ENV_GATE',
  'ENTITLEMENT',
  'GUARD',
  'PREREQUISITES',
  'INDIVIDUAL_TARGETING',
  'FALLTHROUGH',
];

export function explainFlag(
  set: CompiledFlagSet,
  key: string,
  context: EvaluationContext,
  overlays?: Overlays,
): Explanation {
  const flag = set.flags.get(key);
  if (flag === undefined) {
    const trace: TraceEntry[] = [
      {
        step: 'FLAG',
        outcome: 'DECIDED',
        detail: `no flag ${JSON.stringify(String(key))} in flag set revision ${set.revision}`,
      },
      ...AFTER_FLAG.map((step): TraceEntry => ({ step, outcome: 'SKIPPED', detail: 'not reached' })),
    ];
    return { result: notFound(key), trace };
  }
  const trace: TraceEntry[] = [];
  const result = decide(set, flag, asContext(context), overlays, undefined, trace);
  return { result, trace };
}
