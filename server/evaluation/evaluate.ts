// Evaluating one flag or a whole snapshot for a context: the fast path (no trace, no string building).
import { asContext } from './attributes.js';
import type { CompiledFlagSet } from './compile.js';
import { decide, type Memo, notFound } from './decide.js';
import type { EvaluationContext, EvaluationResult, Overlays } from './definitions.js';

/** Evaluates one flag. Never throws, whatever the context holds. */
export function evaluateFlag(
  set: CompiledFlagSet,
  key: string,
  context: EvaluationContext,
  overlays?: Overlays,
): EvaluationResult {
  const flag = set.flags.get(key);
  if (flag === undefined) return notFound(key);
  return decide(set, flag, asContext(context), overlays, undefined, undefined);
}

/**
 * Evaluates every flag (sorted by key) or the given keys in their order (unknown ones give FLAG_NOT_FOUND).
 * Prerequisite results are shared across the snapshot, so each flag is evaluated at most once.
 */
export function evaluateAll(
  set: CompiledFlagSet,
  context: EvaluationContext,
  overlays?: Overlays,
  keys?: readonly string[],
): EvaluationResult[] {
  const safeContext = asContext(context);
  const count = keys ? keys.length : set.sortedFlags.length;
  const results: EvaluationResult[] = new Array(count);
  let memo: Memo | undefined;
  for (let i = 0; i < count; i++) {
    const flag = keys ? set.flags.get(keys[i] as string) : set.sortedFlags[i];
    if (flag === undefined) {
      results[i] = notFound(keys?.[i] as string);
    } else if (flag.prerequisites.length === 0) {
      results[i] = decide(set, flag, safeContext, overlays, undefined, undefined);
    } else {
      memo ??= new Map();
      let result = memo.get(flag.key);
      if (!result) {
        memo.set(flag.key, null);
        result = decide(set, flag, safeContext, overlays, memo, undefined);
        memo.set(flag.key, result);
      }
      results[i] = result;
    }
  }
  return results;
}

/**
 * What the context would get with the operational switches open (kill switch on, no environment gate, no
 * open guard): the flag's audience, as its targeting defines it. Entitlements still apply. Used to tell
 * "switched off for now" from "not for you" while a flag is off.
 */
export function evaluateAudience(
  set: CompiledFlagSet,
  key: string,
  context: EvaluationContext,
  overlays?: Overlays,
): EvaluationResult {
  const flag = set.flags.get(key);
  if (flag === undefined) return notFound(key);
  const open = flag.enabled ? flag : { ...flag, enabled: true };
  const targetingOnly: Overlays | undefined = overlays?.entitlements
    ? { entitlements: overlays.entitlements }
    : undefined;
  return decide(set, open, asContext(context), targetingOnly, undefined, undefined);
}
