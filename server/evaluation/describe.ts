// Human-readable details for explain's trace (the slow path only; never called by evaluateFlag).
import { stickinessString } from './attributes.js';
import { BUCKETS, bucketOf } from './bucketing.js';
import type { CompiledFlag, CompiledFlagSet, CompiledRule } from './compile.js';
import { type CompiledCondition, MATCHED, NOT_APPLICABLE } from './conditions.js';
import type { Condition, EvaluationContext, EvaluationResult, Prerequisite } from './definitions.js';
import type { CompiledSegment } from './segments.js';
import { type CompiledServe, stickinessValue, unleashBucket, variantForBucket } from './serve.js';

const MAX_SHOWN_TEXT = 80;
const MAX_SHOWN_VALUES = 10;

function clip(text: string): string {
  return text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}... (${text.length} chars)` : text;
}

/** An observed attribute value, quoted when it is a string so types show; never throws. */
export function formatValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(clip(value));
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'missing';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        const shown = value
          .slice(0, MAX_SHOWN_VALUES)
          .map((v) => (Array.isArray(v) ? '[...]' : formatValue(v)));
        return `[${shown.join(', ')}${value.length > MAX_SHOWN_VALUES ? `, ... ${value.length} items` : ''}]`;
      }
      if (value instanceof Date)
        return Number.isFinite(value.getTime()) ? value.toISOString() : 'an invalid Date';
      return 'an object';
    }
    default:
      return `a ${typeof value}`;
  }
}

function operandList(values: unknown): string {
  const list = Array.isArray(values) ? values : [];
  const shown = list
    .slice(0, MAX_SHOWN_VALUES)
    .map((v) => (typeof v === 'string' ? clip(v) : formatValue(v)));
  return `[${shown.join(', ')}${list.length > MAX_SHOWN_VALUES ? `, ... ${list.length} values` : ''}]`;
}

/** `plan IN [premium, pro]`, `country NOT IN [FR]`, `email ENDS_WITH @acme.com (case-insensitive)`. */
export function conditionLabel(condition: Condition): string {
  const values = Array.isArray(condition.values) ? condition.values : [];
  const not = condition.negate === true ? 'NOT ' : '';
  const ci = condition.caseInsensitive === true ? ' (case-insensitive)' : '';
  if (condition.operator === 'IN_SEGMENT') return `${not}IN_SEGMENT ${operandList(values)}`;
  if (condition.operator === 'EXISTS') return `${condition.attribute} ${not}EXISTS`;
  if (condition.operator === 'IN_ROLLOUT') {
    const by = condition.attribute ? condition.attribute : 'userId or sessionId';
    return `${by} ${not}IN_ROLLOUT ${String(values[0])}% of group ${JSON.stringify(String(values[1] ?? ''))}`;
  }
  const operand = condition.operator === 'IN' ? operandList(values) : operandList(values).slice(1, -1);
  return `${condition.attribute} ${not}${condition.operator} ${operand}${ci}`;
}

const EXPECTED_TYPE: Record<string, string> = {
  IN: 'a string, number, boolean or list',
  EQUALS: 'a string, number, boolean or list',
  CONTAINS: 'a string or list of strings',
  STARTS_WITH: 'a string or list of strings',
  ENDS_WITH: 'a string or list of strings',
  NUM_EQ: 'a finite number',
  NUM_GT: 'a finite number',
  NUM_GTE: 'a finite number',
  NUM_LT: 'a finite number',
  NUM_LTE: 'a finite number',
  DATE_BEFORE: 'an ISO-8601 date or epoch ms',
  DATE_AFTER: 'an ISO-8601 date or epoch ms',
  SEMVER_EQ: 'a valid semver',
  SEMVER_GT: 'a valid semver',
  SEMVER_GTE: 'a valid semver',
  SEMVER_LT: 'a valid semver',
  SEMVER_LTE: 'a valid semver',
  REGEX: 'a string or list of strings',
  IN_CIDR: 'an IP address string',
};

/** Why a context is or is not in a segment. */
export function describeMembership(
  segment: CompiledSegment | undefined,
  key: string,
  context: EvaluationContext,
) {
  if (segment === undefined) return `${key}: no such segment`;
  const userId = context.userId;
  if (typeof userId === 'string' && segment.excluded.has(userId))
    return `${key}: not a member (user excluded)`;
  if (typeof userId === 'string' && segment.included.has(userId)) return `${key}: member (user included)`;
  const index = segment.rules.findIndex((rule) => rule.test(context));
  if (index >= 0) return `${key}: member (segment rule ${index} matched)`;
  return `${key}: not a member (${segment.rules.length === 0 ? 'no rules' : 'no segment rule matched'})`;
}

export function describeCondition(
  set: CompiledFlagSet,
  condition: CompiledCondition,
  context: EvaluationContext,
) {
  const source = condition.source;
  const label = conditionLabel(source);
  const verdict = condition.test(context) ? 'matched' : 'did not match';
  if (!condition.usable) return `${label} ${verdict} (the condition is invalid and never matches)`;
  if (source.operator === 'IN_SEGMENT') {
    const keys = (Array.isArray(source.values) ? source.values : []).map(String);
    const why = keys.map((key) => describeMembership(set.segments.get(key), key, context));
    return `${label} ${verdict} (${why.join('; ')})`;
  }
  const value = condition.read(context);
  const outcome = condition.outcome(context);
  if (outcome === NOT_APPLICABLE) {
    const negated = source.negate === true ? '; negation does not apply to it' : '';
    const why =
      value === undefined || value === null
        ? `${source.attribute} is ${value === null ? 'null' : 'missing'}`
        : `${source.attribute} = ${formatValue(value)}, not ${EXPECTED_TYPE[source.operator] ?? 'usable'}`;
    return `${label} ${verdict} (${why}${negated})`;
  }
  if (source.operator === 'EXISTS' && outcome !== MATCHED)
    return `${label} ${verdict} (${source.attribute} is missing)`;
  return `${label} ${verdict} (${source.attribute} = ${formatValue(value)})`;
}

export function describeRule(set: CompiledFlagSet, rule: CompiledRule, context: EvaluationContext): string {
  if (rule.conditions.length === 0) return `rule ${rule.id}: no conditions, matches everyone`;
  const parts = rule.conditions.map((condition) => describeCondition(set, condition, context));
  return `rule ${rule.id}: ${parts.join('; ')}`;
}

/** What a serve gives this context, with the bucket arithmetic for rollouts. */
export function describeServe(flag: CompiledFlag, serve: CompiledServe, context: EvaluationContext): string {
  if (serve.kind === 'variant') return `serves variant ${serve.variant}`;
  const ranges = serve.variants
    .map((variant, i) => {
      const from = i === 0 ? 0 : (serve.bounds[i - 1] ?? 0);
      const to = serve.bounds[i] ?? 0;
      return to > from ? `${variant} ${from}-${to - 1}` : `${variant} none`;
    })
    .join(', ');
  const value = stickinessValue(serve, context);
  if (value === undefined) {
    const lacking = serve.stickiness ?? 'userId or sessionId';
    return `split, but the context has no ${lacking} -> variant ${serve.unstickyVariant} (ranges: ${ranges})`;
  }
  if (serve.unleash) {
    const bucket = unleashBucket(serve, value);
    return (
      `unleash-v1 split by ${serve.stickiness ?? 'userId, sessionId or remoteAddress'} = ${JSON.stringify(clip(value))}, ` +
      `group ${JSON.stringify(serve.unleash.prefix.slice(0, -1))}: target ${bucket + 1} of ${serve.unleash.total} -> ` +
      `variant ${variantForBucket(serve, bucket)} (ranges: ${ranges})`
    );
  }
  const source =
    serve.stickiness ?? (stickinessString(context.userId) === undefined ? 'sessionId' : 'userId');
  const bucket = bucketOf(flag.salt, value);
  return (
    `split by ${source} = ${JSON.stringify(clip(value))}, salt ${JSON.stringify(flag.salt)}: ` +
    `bucket ${bucket} of ${BUCKETS} -> variant ${variantForBucket(serve, bucket)} (ranges: ${ranges})`
  );
}

export function describeFlag(set: CompiledFlagSet, flag: CompiledFlag): string {
  return `flag ${flag.key} (${flag.isBoolean ? 'BOOLEAN' : 'VARIANT'}, revision ${flag.revision}) found in flag set revision ${set.revision}`;
}

export function describeEntitlement(flag: CompiledFlag, entitlement: boolean | undefined): string {
  if (entitlement === undefined) return `tenant has no feature.${flag.key} entitlement: inherits`;
  return entitlement
    ? `tenant entitlement feature.${flag.key} = true`
    : `tenant entitlement feature.${flag.key} = false: serves ${flag.offVariant}`;
}

export function describePrerequisiteProblem(flag: CompiledFlag): string {
  const found = flag.prerequisiteProblem;
  if (found === null) return 'no problem';
  return found.via === null ? found.problem : `${found.problem} (reached through ${found.via})`;
}

export function describePrerequisite(
  prerequisite: Prerequisite,
  parent: EvaluationResult | null,
  ok: boolean,
): string {
  const accepted = [prerequisite.variant, ...(Array.isArray(prerequisite.anyOf) ? prerequisite.anyOf : [])];
  const wanted = `${prerequisite.flagKey} must serve ${accepted.join(' or ')}`;
  if (parent === null) return `${wanted}: it could not be evaluated`;
  const got = `it serves ${parent.variant ?? 'nothing'} (${parent.reason})`;
  return `${wanted}: ${got}, ${ok ? 'satisfied' : 'not satisfied'}`;
}

export function describeTargeting(
  flag: CompiledFlag,
  userId: unknown,
  targeted: EvaluationResult | undefined,
): string {
  if (targeted !== undefined) {
    return `user ${JSON.stringify(clip(String(userId)))} is targeted: serves ${targeted.variant}`;
  }
  if (flag.targets.size === 0) return 'no individual targets';
  if (typeof userId !== 'string') return `no userId in the context (${flag.targets.size} targeted users)`;
  return `user ${JSON.stringify(clip(userId))} is not among the ${flag.targets.size} targeted users`;
}
