// The evaluation order of DESIGN.md §2, one code path for evaluateFlag (no trace) and explainFlag (trace).
import type { CompiledFlag, CompiledFlagSet } from './compile.js';
import {
  type EvaluationContext,
  type EvaluationResult,
  type Overlays,
  TRACE_STEPS,
  type TraceEntry,
  type TraceStep,
} from './definitions.js';
import {
  describeEntitlement,
  describeFlag,
  describePrerequisite,
  describePrerequisiteProblem,
  describeRule,
  describeServe,
  describeTargeting,
} from './describe.js';
import { rolloutResult } from './serve.js';

/** Results of prerequisite flags within one evaluation; null marks a flag being evaluated (a cycle). */
export type Memo = Map<string, EvaluationResult | null>;

/** The steps before the rules, in the order TRACE_STEPS defines (each appears once in a trace). */
const FIXED_STEPS: readonly TraceStep[] = TRACE_STEPS.slice(0, TRACE_STEPS.indexOf('RULE'));

export function notFound(key: string): EvaluationResult {
  return Object.freeze({
    key,
    enabled: false,
    variant: null,
    payload: null,
    reason: 'FLAG_NOT_FOUND',
    ruleId: null,
    revision: null,
  });
}

const passed = (step: TraceStep, detail: string): TraceEntry => ({ step, outcome: 'PASSED', detail });

/** Records the deciding step, then every later step as SKIPPED. `ruleIndex` is set when a rule decided. */
function decided(flag: CompiledFlag, trace: TraceEntry[], step: TraceStep, detail: string, ruleIndex = -1) {
  const rule = ruleIndex >= 0 ? flag.rules[ruleIndex] : undefined;
  trace.push(
    rule ? { step, outcome: 'DECIDED', ruleId: rule.id, detail } : { step, outcome: 'DECIDED', detail },
  );
  const fixed = FIXED_STEPS.indexOf(step);
  for (const later of fixed >= 0 ? FIXED_STEPS.slice(fixed + 1) : []) {
    trace.push({ step: later, outcome: 'SKIPPED', detail: 'not reached' });
  }
  if (step === 'FALLTHROUGH') return;
  for (const skipped of flag.rules.slice(ruleIndex + 1)) {
    trace.push({ step: 'RULE', outcome: 'SKIPPED', ruleId: skipped.id, detail: 'not reached' });
  }
  trace.push({ step: 'FALLTHROUGH', outcome: 'SKIPPED', detail: 'not reached' });
}

/** A prerequisite flag's result for this context, computed at most once per evaluation; null if unusable. */
function prerequisiteResult(
  set: CompiledFlagSet,
  key: string,
  context: EvaluationContext,
  overlays: Overlays | undefined,
  memo: Memo,
): EvaluationResult | null {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const parent = set.flags.get(key);
  if (parent === undefined) return null;
  memo.set(key, null);
  const result = decide(set, parent, context, overlays, memo, undefined);
  memo.set(key, result);
  return result;
}

/**
 * Evaluates a compiled flag. With `trace`, also records one entry per step; the decisions are the same
 * expressions either way, so explain cannot disagree with evaluate.
 */
export function decide(
  set: CompiledFlagSet,
  flag: CompiledFlag,
  context: EvaluationContext,
  overlays: Overlays | undefined,
  memo: Memo | undefined,
  trace: TraceEntry[] | undefined,
): EvaluationResult {
  if (trace) trace.push(passed('FLAG', describeFlag(set, flag)));

  if (!flag.enabled) {
    if (trace)
      decided(flag, trace, 'KILL_SWITCH', `kill switch is off: serves the off variant ${flag.offVariant}`);
    return flag.offResults.DISABLED;
  }
  if (trace) trace.push(passed('KILL_SWITCH', 'kill switch is on'));

  if (overlays?.forceOff?.has(flag.key) === true) {
    if (trace)
      decided(flag, trace, 'ENV_GATE', `${flag.key} is in AUGUR_FORCE_OFF: serves ${flag.offVariant}`);
    return flag.offResults.ENV_GATE;
  }
  if (trace) trace.push(passed('ENV_GATE', `${flag.key} is not in AUGUR_FORCE_OFF`));

  const entitlement = overlays?.entitlements?.get(flag.key);
  if (entitlement === false) {
    if (trace) decided(flag, trace, 'ENTITLEMENT', describeEntitlement(flag, entitlement));
    return flag.offResults.ENTITLEMENT;
  }
  if (trace) trace.push(passed('ENTITLEMENT', describeEntitlement(flag, entitlement)));

  if (overlays?.openGuards?.has(flag.key) === true) {
    if (trace)
      decided(flag, trace, 'GUARD', `guard is open (automatic rollback in force): serves ${flag.offVariant}`);
    return flag.offResults.GUARD_OPEN;
  }
  if (trace) trace.push(passed('GUARD', 'guard is closed'));

  if (flag.prerequisites.length > 0) {
    const details: string[] | undefined = trace ? [] : undefined;
    let failed = false;
    if (flag.prerequisiteProblem !== null) {
      failed = true;
      details?.push(describePrerequisiteProblem(flag));
    } else {
      const shared: Memo = memo ?? new Map();
      for (const prerequisite of flag.prerequisites) {
        const parent = prerequisiteResult(set, prerequisite.flagKey, context, overlays, shared);
        const ok =
          parent !== null &&
          (parent.variant === prerequisite.variant ||
            (Array.isArray(prerequisite.anyOf) && prerequisite.anyOf.includes(parent.variant as string)));
        details?.push(describePrerequisite(prerequisite, parent, ok));
        if (!ok) {
          failed = true;
          if (!details) break;
        }
      }
    }
    if (failed) {
      if (trace) decided(flag, trace, 'PREREQUISITES', `${details?.join('; ')}: serves ${flag.offVariant}`);
      return flag.offResults.PREREQUISITE_FAILED;
    }
    if (trace) trace.push(passed('PREREQUISITES', details?.join('; ') ?? ''));
  } else if (trace) {
    trace.push(passed('PREREQUISITES', 'no prerequisites'));
  }

  const userId = context.userId;
  if (flag.targets.size > 0 && typeof userId === 'string') {
    const targeted = flag.targets.get(userId);
    if (targeted !== undefined) {
      if (trace) decided(flag, trace, 'INDIVIDUAL_TARGETING', describeTargeting(flag, userId, targeted));
      return targeted;
    }
  }
  if (trace) trace.push(passed('INDIVIDUAL_TARGETING', describeTargeting(flag, userId, undefined)));

  const rules = flag.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as (typeof rules)[number];
    if (rule.matches(context)) {
      const serve = rule.serve;
      if (trace) {
        const detail = `${describeRule(set, rule, context)} -> ${describeServe(flag, serve, context)}`;
        decided(flag, trace, 'RULE', detail, i);
      }
      return serve.kind === 'variant' ? serve.result : rolloutResult(serve, flag.saltPrefix, context);
    }
    if (trace)
      trace.push({
        step: 'RULE',
        outcome: 'PASSED',
        ruleId: rule.id,
        detail: describeRule(set, rule, context),
      });
  }

  const fallthrough = flag.fallthrough;
  if (trace)
    decided(flag, trace, 'FALLTHROUGH', `no rule matched -> ${describeServe(flag, fallthrough, context)}`);
  return fallthrough.kind === 'variant'
    ? fallthrough.result
    : rolloutResult(fallthrough, flag.saltPrefix, context);
}
