// explain: the same decision as evaluateFlag plus one trace entry per step of the evaluation order.
import { asContext } from './attributes.js';
import type { CompiledFlagSet } from './compile.js';
import { decide, notFound } from './decide.js';
import {
  type EvaluationContext,
  type Explanation,
  type Overlays,
  TRACE_STEPS,
  type TraceEntry,
  type TraceStep,
} from './definitions.js';

/** What an unknown flag skips: every step after FLAG (no rules to list), in the order TRACE_STEPS defines. */
const AFTER_FLAG: readonly TraceStep[] = TRACE_STEPS.filter((step) => step !== 'FLAG' && step !== 'RULE');

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
