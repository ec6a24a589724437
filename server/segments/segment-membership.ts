// "Is this user a member, and why": the segment's own order (excluded, included, rules) told step by step.
import type { CompiledFlagSet } from '../evaluation/compile.js';
import type { EvaluationContext } from '../evaluation/definitions.js';
import { describeCondition } from '../evaluation/describe.js';

export const MEMBERSHIP_REASONS = ['EXCLUDED', 'INCLUDED', 'RULE_MATCHED', 'NO_RULE_MATCHED'] as const;

export interface Membership {
  member: boolean;
  reason: (typeof MEMBERSHIP_REASONS)[number];
  /** The first rule that matched (0-based), when reason is RULE_MATCHED. */
  ruleIndex: number | null;
  /** One line per rule: each condition and what the context held. */
  rules: string[];
}

/** Membership of `context` in the segment in force, or undefined when no live segment has this key. */
export function explainMembership(
  set: CompiledFlagSet,
  key: string,
  context: EvaluationContext,
): Membership | undefined {
  const segment = set.segments.get(key);
  if (!segment) return undefined;
  const rules = segment.rules.map((rule, i) => {
    const parts = rule.conditions.map((condition) => describeCondition(set, condition, context));
    return `Rule ${i + 1}: ${parts.length === 0 ? 'no conditions' : parts.join('; ')}`;
  });
  const userId = typeof context.userId === 'string' ? context.userId : undefined;
  if (userId !== undefined && segment.excluded.has(userId))
    return { member: false, reason: 'EXCLUDED', ruleIndex: null, rules };
  if (userId !== undefined && segment.included.has(userId))
    return { member: true, reason: 'INCLUDED', ruleIndex: null, rules };
  const index = segment.rules.findIndex((rule) => rule.test(context));
  if (index >= 0) return { member: true, reason: 'RULE_MATCHED', ruleIndex: index, rules };
  return { member: false, reason: 'NO_RULE_MATCHED', ruleIndex: null, rules };
}
