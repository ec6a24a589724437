// Compiles one condition into a closure over the context (sets, lower-cased copies, parsed operands).
import { type AttributeGetter, attributeGetter } from './attributes.js';
import type { BucketingProfile, Condition, EvaluationContext } from './definitions.js';
import { type IpRange, inRange, parseIp, parseIpRange } from './ip.js';
import { compileRegex, regexFinds } from './regex.js';
import { compileUnleashTest } from './unleash-conditions.js';
import { toInstant, toSemver } from './values.js';

/** Before negation: the attribute matched, did not match, or cannot be tested (missing, null, wrong type). */
export type Outcome = 1 | 0 | -1;
export const MATCHED: Outcome = 1;
export const NOT_MATCHED: Outcome = 0;
export const NOT_APPLICABLE: Outcome = -1;

/** What IN_SEGMENT needs from a segment. */
export interface SegmentMembership {
  readonly key: string;
  contains(context: EvaluationContext): boolean;
}

export interface CompiledCondition {
  readonly source: Condition;
  readonly read: AttributeGetter;
  /** False when the condition itself cannot match anything (unknown operator, bad operand, misplaced IN_SEGMENT). */
  readonly usable: boolean;
  /** The outcome before negation. */
  outcome(context: EvaluationContext): Outcome;
  /** The condition's verdict: negation flips MATCHED and NOT_MATCHED, never NOT_APPLICABLE. */
  test(context: EvaluationContext): boolean;
}

type ValueMatcher = (value: unknown) => Outcome;

const never: ValueMatcher = () => NOT_APPLICABLE;

/** Strings, finite numbers and booleans compare by their canonical string form in IN / EQUALS. */
function scalarString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

function operandStrings(values: unknown[], caseInsensitive: boolean): string[] {
  const out: string[] = [];
  for (const value of values) {
    const text = scalarString(value);
    if (text !== undefined) out.push(caseInsensitive ? text.toLowerCase() : text);
  }
  return out;
}

/** IN / EQUALS: a scalar, or any element of a list, equals one of the operands. */
function membershipMatcher(operands: string[], caseInsensitive: boolean): ValueMatcher {
  const set = new Set(operands);
  const hit = caseInsensitive
    ? (text: string) => set.has(text.toLowerCase())
    : (text: string) => set.has(text);
  return (value) => {
    if (typeof value === 'string') return hit(value) ? MATCHED : NOT_MATCHED;
    if (Array.isArray(value)) {
      for (const element of value) {
        const text = scalarString(element);
        if (text !== undefined && hit(text)) return MATCHED;
      }
      return NOT_MATCHED;
    }
    const text = scalarString(value);
    if (text === undefined) return NOT_APPLICABLE;
    return hit(text) ? MATCHED : NOT_MATCHED;
  };
}

/** CONTAINS / STARTS_WITH / ENDS_WITH: strings only (or any string element of a list). */
function stringMatcher(operand: unknown, caseInsensitive: boolean, test: (s: string, n: string) => boolean) {
  const raw = typeof operand === 'boolean' ? undefined : scalarString(operand);
  if (raw === undefined) return never;
  const needle = caseInsensitive ? raw.toLowerCase() : raw;
  const hit = caseInsensitive ? (s: string) => test(s.toLowerCase(), needle) : (s: string) => test(s, needle);
  const matcher: ValueMatcher = (value) => {
    if (typeof value === 'string') return hit(value) ? MATCHED : NOT_MATCHED;
    if (Array.isArray(value)) {
      for (const element of value) if (typeof element === 'string' && hit(element)) return MATCHED;
      return NOT_MATCHED;
    }
    return NOT_APPLICABLE;
  };
  return matcher;
}

/** Numeric comparisons: the attribute must be a finite number (numeric strings do not count). */
function numberMatcher(operand: unknown, compare: (a: number, b: number) => boolean): ValueMatcher {
  if (typeof operand !== 'number' || !Number.isFinite(operand)) return never;
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_APPLICABLE;
    return compare(value, operand) ? MATCHED : NOT_MATCHED;
  };
}

function dateMatcher(operand: unknown, before: boolean): ValueMatcher {
  const at = toInstant(operand);
  if (at === undefined) return never;
  return (value) => {
    const instant = toInstant(value);
    if (instant === undefined) return NOT_APPLICABLE;
    return (before ? instant < at : instant > at) ? MATCHED : NOT_MATCHED;
  };
}

function semverMatcher(operand: unknown, accept: (order: number) => boolean): ValueMatcher {
  const version = toSemver(operand);
  if (version === null) return never;
  return (value) => {
    const parsed = toSemver(value);
    if (parsed === null) return NOT_APPLICABLE;
    return accept(parsed.compare(version)) ? MATCHED : NOT_MATCHED;
  };
}

/** REGEX: a string (or any string element of a list) contains a match of the RE2 pattern. */
function regexMatcher(operand: unknown, caseInsensitive: boolean): ValueMatcher {
  const regex = compileRegex(operand, caseInsensitive);
  if (regex === undefined) return never;
  return (value) => {
    if (typeof value === 'string') return regexFinds(regex, value) ? MATCHED : NOT_MATCHED;
    if (Array.isArray(value)) {
      for (const element of value)
        if (typeof element === 'string' && regexFinds(regex, element)) return MATCHED;
      return NOT_MATCHED;
    }
    return NOT_APPLICABLE;
  };
}

/** The ranges of an IN_CIDR condition; unparseable entries are left out (validation refuses them). */
export function cidrRanges(values: unknown[]): IpRange[] {
  const ranges: IpRange[] = [];
  for (const value of values) {
    const range = typeof value === 'string' ? parseIpRange(value.trim()) : undefined;
    if (range) ranges.push(range);
  }
  return ranges;
}

/** IN_CIDR: the attribute is an IP address within one of the ranges (a string that is no address: no match). */
function cidrMatcher(values: unknown[]): ValueMatcher {
  const ranges = cidrRanges(values);
  if (ranges.length === 0) return never;
  return (value) => {
    if (typeof value !== 'string') return NOT_APPLICABLE;
    const address = parseIp(value);
    if (address === undefined) return NOT_MATCHED;
    for (const range of ranges) if (inRange(address, range)) return MATCHED;
    return NOT_MATCHED;
  };
}

function valueMatcher(condition: Condition, values: unknown[]): ValueMatcher {
  const ci = condition.caseInsensitive === true;
  const first = values[0];
  switch (condition.operator) {
    case 'IN':
      return membershipMatcher(operandStrings(values, ci), ci);
    case 'EQUALS':
      return values.length === 1 ? membershipMatcher(operandStrings(values, ci), ci) : never;
    case 'CONTAINS':
      return stringMatcher(first, ci, (s, n) => s.includes(n));
    case 'STARTS_WITH':
      return stringMatcher(first, ci, (s, n) => s.startsWith(n));
    case 'ENDS_WITH':
      return stringMatcher(first, ci, (s, n) => s.endsWith(n));
    case 'NUM_EQ':
      return numberMatcher(first, (a, b) => a === b);
    case 'NUM_GT':
      return numberMatcher(first, (a, b) => a > b);
    case 'NUM_GTE':
      return numberMatcher(first, (a, b) => a >= b);
    case 'NUM_LT':
      return numberMatcher(first, (a, b) => a < b);
    case 'NUM_LTE':
      return numberMatcher(first, (a, b) => a <= b);
    case 'DATE_BEFORE':
      return dateMatcher(first, true);
    case 'DATE_AFTER':
      return dateMatcher(first, false);
    case 'SEMVER_EQ':
      return semverMatcher(first, (order) => order === 0);
    case 'SEMVER_GT':
      return semverMatcher(first, (order) => order > 0);
    case 'SEMVER_GTE':
      return semverMatcher(first, (order) => order >= 0);
    case 'SEMVER_LT':
      return semverMatcher(first, (order) => order < 0);
    case 'SEMVER_LTE':
      return semverMatcher(first, (order) => order <= 0);
    case 'REGEX':
      return values.length === 1 ? regexMatcher(first, ci) : never;
    case 'IN_CIDR':
      return cidrMatcher(values);
    case 'EXISTS':
      return (value) => (value === undefined || value === null ? NOT_MATCHED : MATCHED);
    default:
      return never; // IN_ROLLOUT outside unleash-v1, or an unknown operator (a definition that skipped validation) never matches
  }
}

/**
 * Compiles a condition. `segment` resolves IN_SEGMENT keys; pass nothing where IN_SEGMENT is not allowed
 * (inside segment rules), which makes such a condition never match.
 */
export function compileCondition(
  condition: Condition,
  segment?: (key: string) => SegmentMembership | undefined,
  profile?: BucketingProfile,
): CompiledCondition {
  const values: unknown[] = Array.isArray(condition.values) ? condition.values : [];
  const negate = condition.negate === true;
  const read = attributeGetter(typeof condition.attribute === 'string' ? condition.attribute : '');
  let outcome: (context: EvaluationContext) => Outcome;
  let usable = true;
  if (condition.operator === 'IN_SEGMENT') {
    usable = segment !== undefined;
    const members: SegmentMembership[] = [];
    for (const key of values) {
      const found = segment && typeof key === 'string' ? segment(key) : undefined;
      if (found) members.push(found);
    }
    outcome = segment
      ? (context) => {
          for (const member of members) if (member.contains(context)) return MATCHED;
          return NOT_MATCHED;
        }
      : () => NOT_APPLICABLE;
  } else if (profile === 'unleash-v1') {
    // Unleash answers every constraint true or false, a missing attribute included, and inverts that.
    const verdict = compileUnleashTest(condition, read);
    usable = verdict !== undefined;
    outcome = verdict ? (context) => (verdict(context) ? MATCHED : NOT_MATCHED) : () => NOT_APPLICABLE;
  } else {
    const match = valueMatcher(condition, values);
    usable = match !== never;
    outcome = (context) => match(read(context));
  }
  const test = negate
    ? (context: EvaluationContext) => outcome(context) === NOT_MATCHED
    : (context: EvaluationContext) => outcome(context) === MATCHED;
  return { source: condition, read, usable, outcome, test };
}

/** ANDs compiled conditions into one test; an empty list matches everyone. */
export function allOf(conditions: readonly CompiledCondition[]): (context: EvaluationContext) => boolean {
  const [a, b, c] = conditions;
  switch (conditions.length) {
    case 0:
      return () => true;
    case 1:
      return (a as CompiledCondition).test;
    case 2: {
      const x = (a as CompiledCondition).test;
      const y = (b as CompiledCondition).test;
      return (context) => x(context) && y(context);
    }
    case 3: {
      const x = (a as CompiledCondition).test;
      const y = (b as CompiledCondition).test;
      const z = (c as CompiledCondition).test;
      return (context) => x(context) && y(context) && z(context);
    }
    default:
      return (context) => {
        for (const condition of conditions) if (!condition.test(context)) return false;
        return true;
      };
  }
}
