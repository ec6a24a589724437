// Conditions of unleash-v1 flags and segments, read as Unleash's client SDKs read constraints (docs/import.md).
import semver from 'semver';
import type { AttributeGetter } from './attributes.js';
import { UNLEASH_STRATEGY_SEED, unleashNormalized } from './bucketing.js';
import { cidrRanges } from './conditions.js';
import type { Condition, EvaluationContext } from './definitions.js';
import { inRange, parseIp } from './ip.js';
import { compileRegex, regexFinds } from './regex.js';

export type UnleashTest = (context: EvaluationContext) => boolean;

/** Unleash's resolveContextValue: the value as a string, or undefined when missing or null. */
export function unleashValue(read: AttributeGetter, context: EvaluationContext): string | undefined {
  const value = read(context);
  return value === undefined || value === null ? undefined : String(value);
}

/** Unleash drops empty operands and trims the rest. */
const cleaned = (values: unknown[]): string[] =>
  values.filter((v) => v !== '' && v !== null && v !== undefined).map((v) => String(v).trim());

/** A valid semver that does not start with `v` (Unleash refuses `v1.2.3` in the context). */
const contextSemver = (text: string | undefined) =>
  text !== undefined && !text.startsWith('v') && text.length <= 256 ? semver.parse(text) : null;

const SEMVER_ORDER: Record<string, (order: number) => boolean> = {
  SEMVER_EQ: (o) => o === 0,
  SEMVER_GT: (o) => o > 0,
  SEMVER_GTE: (o) => o >= 0,
  SEMVER_LT: (o) => o < 0,
  SEMVER_LTE: (o) => o <= 0,
};

const NUM_ORDER: Record<string, (a: number, b: number) => boolean> = {
  NUM_EQ: (a, b) => a === b,
  NUM_GT: (a, b) => a > b,
  NUM_GTE: (a, b) => a >= b,
  NUM_LT: (a, b) => a < b,
  NUM_LTE: (a, b) => a <= b,
};

const STRING_TEST: Record<string, (s: string, n: string) => boolean> = {
  CONTAINS: (s, n) => s.includes(n),
  STARTS_WITH: (s, n) => s.startsWith(n),
  ENDS_WITH: (s, n) => s.endsWith(n),
};

/** An instant from the context (ISO string or epoch ms), as Unleash's `new Date(currentTime)` reads it. */
function instantOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return Number.NaN;
}

/** The 1..100 rollout bucket's input: the stickiness attribute, or by default userId, then sessionId. */
function rolloutTest(
  condition: Condition,
  values: unknown[],
  read: AttributeGetter,
): UnleashTest | undefined {
  const percentage = Number(values[0]);
  const groupId = values.length > 1 ? String(values[1]) : '';
  if (!Number.isFinite(percentage)) return undefined;
  if (condition.attribute) {
    return (context) => {
      const id = unleashValue(read, context);
      return (
        id !== undefined &&
        id !== '' &&
        percentage > 0 &&
        unleashNormalized(groupId, id, 100, UNLEASH_STRATEGY_SEED) <= percentage
      );
    };
  }
  return (context) => {
    const id = (context.userId || context.sessionId) ?? undefined;
    // Unleash hashes a random number when neither is set: Augur never draws one, so only 100% lets it in.
    if (typeof id !== 'string' || id === '') return percentage >= 100;
    return percentage > 0 && unleashNormalized(groupId, id, 100, UNLEASH_STRATEGY_SEED) <= percentage;
  };
}

/**
 * The Unleash verdict of a condition before `negate` (Unleash's `inverted`, which flips every verdict,
 * a missing attribute's included); undefined when the condition can never match.
 */
export function compileUnleashTest(condition: Condition, read: AttributeGetter): UnleashTest | undefined {
  const values: unknown[] = Array.isArray(condition.values) ? condition.values : [];
  const operator = condition.operator;
  const ci = condition.caseInsensitive === true;
  if (operator === 'IN') {
    const set = new Set(cleaned(values));
    return (context) => {
      const value = unleashValue(read, context);
      return value !== undefined && set.has(value);
    };
  }
  const stringTest = STRING_TEST[operator];
  if (stringTest) {
    const needles = cleaned(values).map((v) => (ci ? v.toLocaleLowerCase() : v));
    return (context) => {
      const raw = unleashValue(read, context);
      if (raw === undefined) return false;
      const value = ci ? raw.toLocaleLowerCase() : raw;
      return needles.some((needle) => stringTest(value, needle));
    };
  }
  const numOrder = NUM_ORDER[operator];
  if (numOrder) {
    const operand = Number(values[0]);
    if (Number.isNaN(operand)) return undefined;
    return (context) => {
      const value = Number(unleashValue(read, context));
      return !Number.isNaN(value) && numOrder(value, operand);
    };
  }
  if (operator === 'DATE_AFTER' || operator === 'DATE_BEFORE') {
    const at = instantOf(values[0]);
    if (Number.isNaN(at)) return undefined;
    const after = operator === 'DATE_AFTER';
    return (context) => {
      const now = instantOf(read(context));
      return after ? now > at : now < at;
    };
  }
  const semverOrder = SEMVER_ORDER[operator];
  if (semverOrder) {
    const operand = typeof values[0] === 'string' ? semver.parse(values[0]) : null;
    if (operand === null) return undefined;
    return (context) => {
      const version = contextSemver(unleashValue(read, context));
      return version !== null && semverOrder(version.compare(operand));
    };
  }
  if (operator === 'REGEX') {
    const regex = compileRegex(values[0], ci);
    if (regex === undefined) return undefined;
    return (context) => {
      const value = read(context);
      return typeof value === 'string' && regexFinds(regex, value);
    };
  }
  if (operator === 'IN_CIDR') {
    const ranges = cidrRanges(cleaned(values));
    return (context) => {
      const value = read(context);
      const address = typeof value === 'string' ? parseIp(value) : undefined;
      return address !== undefined && ranges.some((range) => inRange(address, range));
    };
  }
  if (operator === 'IN_ROLLOUT') return rolloutTest(condition, values, read);
  if (operator === 'EXISTS') return (context) => unleashValue(read, context) !== undefined;
  return undefined;
}
