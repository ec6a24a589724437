// Segment membership: excluded ids never, included ids always, otherwise any rule whose conditions all match.
import { allOf, type CompiledCondition, compileCondition, type SegmentMembership } from './conditions.js';
import type { EvaluationContext, SegmentDefinition } from './definitions.js';

export interface CompiledSegment extends SegmentMembership {
  readonly definition: SegmentDefinition;
  readonly included: ReadonlySet<string>;
  readonly excluded: ReadonlySet<string>;
  readonly rules: ReadonlyArray<{
    conditions: readonly CompiledCondition[];
    test: (c: EvaluationContext) => boolean;
  }>;
}

const stringSet = (list: unknown): Set<string> =>
  new Set(Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);

export function compileSegment(definition: SegmentDefinition): CompiledSegment {
  const included = stringSet(definition.included);
  const excluded = stringSet(definition.excluded);
  // IN_SEGMENT is not allowed inside segments: compiled without a resolver, it never matches.
  const rules = (Array.isArray(definition.rules) ? definition.rules : []).map((rule) => {
    const conditions = (Array.isArray(rule?.conditions) ? rule.conditions : []).map((c) =>
      compileCondition(c, undefined, definition.bucketing),
    );
    return { conditions, test: allOf(conditions) };
  });
  const contains = (context: EvaluationContext): boolean => {
    const userId = context.userId;
    if (typeof userId === 'string') {
      if (excluded.has(userId)) return false;
      if (included.has(userId)) return true;
    }
    for (const rule of rules) if (rule.test(context)) return true;
    return false;
  };
  return { key: definition.key, definition, included, excluded, rules, contains };
}
