// Validation of the parts flags and segments share: conditions, served variants and rollouts, id lists.
import type { FieldIssue } from '../platform/errors.js';
import { type BucketingProfile, OPERATORS } from './definitions.js';
import { parseIpRange } from './ip.js';
import { ATTRIBUTE_PATTERN, LIMITS } from './limits.js';
import { compileRegex } from './regex.js';
import { parseIsoInstant, toSemver } from './values.js';

const OPERATOR_SET = new Set<string>(OPERATORS);
const LIST_OPERATORS = new Set<string>(['IN', 'IN_SEGMENT', 'IN_CIDR']);
const SINGLE_VALUE = new Set<string>(
  OPERATORS.filter((op) => !LIST_OPERATORS.has(op) && op !== 'EXISTS' && op !== 'IN_ROLLOUT'),
);
/** Unleash's string operators take a list: any operand may match. */
const UNLEASH_LIST_OPERATORS = new Set<string>(['CONTAINS', 'STARTS_WITH', 'ENDS_WITH']);
const CASE_INSENSITIVE_OK = new Set<string>([
  'IN',
  'EQUALS',
  'CONTAINS',
  'STARTS_WITH',
  'ENDS_WITH',
  'REGEX',
]);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const shown = (value: unknown): string => {
  const text =
    typeof value === 'string'
      ? JSON.stringify(value)
      : String(typeof value === 'object' ? typeof value : value);
  return text.length > 60 ? `${text.slice(0, 60)}...` : text;
};

/** Why a condition operand is unusable with its operator, or undefined. */
function operandProblem(operator: string, value: unknown): string | undefined {
  const isText = typeof value === 'string';
  if (!isText && !(typeof value === 'number' && Number.isFinite(value))) {
    return 'must be a string or a finite number';
  }
  if (operator.startsWith('NUM_') && typeof value !== 'number') return `${operator} needs a number`;
  if (operator.startsWith('DATE_') && isText && parseIsoInstant(value) === undefined) {
    return `${operator} needs an ISO-8601 date (e.g. 2025-01-31 or 2025-01-31T12:00:00Z) or epoch milliseconds`;
  }
  if (operator.startsWith('SEMVER_') && toSemver(value) === null)
    return `${operator} needs a valid semver (e.g. 1.4.0)`;
  if (operator === 'IN_SEGMENT' && !isText) return 'IN_SEGMENT needs segment keys';
  if (operator === 'REGEX' && compileRegex(value, false) === undefined) {
    return 'REGEX needs a valid RE2 pattern of at most 1024 characters (no backreferences or lookaround)';
  }
  if (operator === 'IN_CIDR' && (!isText || parseIpRange(value.trim()) === undefined)) {
    return 'IN_CIDR needs IP addresses or CIDR ranges (e.g. 10.0.0.0/8, 2001:db8::/32)';
  }
  return undefined;
}

export interface ConditionScope {
  /** Known segment keys, for IN_SEGMENT in flag rules; undefined inside a segment (IN_SEGMENT not allowed). */
  readonly segments: ReadonlySet<string> | undefined;
  /** The flag's or segment's bucketing profile. */
  readonly profile?: BucketingProfile | undefined;
}

/** IN_ROLLOUT (unleash-v1 only): [percentage 0-100, groupId]; an empty attribute means userId, then sessionId. */
function rolloutIssues(
  condition: Record<string, unknown>,
  path: string,
  scope: ConditionScope,
): FieldIssue[] {
  if (scope.profile !== 'unleash-v1') {
    return [
      {
        path: `${path}.operator`,
        message: 'IN_ROLLOUT needs the unleash-v1 bucketing profile; Augur flags split with a rollout serve',
      },
    ];
  }
  const { attribute, values } = condition;
  const issues: FieldIssue[] = [];
  if (attribute !== '' && (typeof attribute !== 'string' || !ATTRIBUTE_PATTERN.test(attribute))) {
    issues.push({
      path: `${path}.attribute`,
      message: 'must be an attribute name, or empty for userId, then sessionId',
    });
  }
  const [percentage, groupId] = Array.isArray(values) ? values : [];
  if (!Array.isArray(values) || values.length !== 2) {
    issues.push({ path: `${path}.values`, message: 'IN_ROLLOUT takes [percentage, groupId]' });
  } else if (typeof percentage !== 'number' || !(percentage >= 0 && percentage <= 100)) {
    issues.push({ path: `${path}.values`, message: 'value 0: a percentage from 0 to 100' });
  } else if (typeof groupId !== 'string' || groupId.length > 256) {
    issues.push({ path: `${path}.values`, message: 'value 1: a groupId of at most 256 characters' });
  }
  return issues;
}

export function conditionIssues(condition: unknown, path: string, scope: ConditionScope): FieldIssue[] {
  if (!isRecord(condition)) return [{ path, message: 'must be a condition object' }];
  const issues: FieldIssue[] = [];
  const { operator, attribute, values, negate, caseInsensitive } = condition;
  if (typeof operator !== 'string' || !OPERATOR_SET.has(operator)) {
    return [
      {
        path: `${path}.operator`,
        message: `unknown operator ${shown(operator)}; one of ${OPERATORS.join(', ')}`,
      },
    ];
  }
  if (operator === 'IN_ROLLOUT') return rolloutIssues(condition, path, scope);
  if (operator === 'IN_SEGMENT' && scope.segments === undefined) {
    return [{ path: `${path}.operator`, message: 'IN_SEGMENT is not allowed inside a segment' }];
  }
  if (operator !== 'IN_SEGMENT' && (typeof attribute !== 'string' || !ATTRIBUTE_PATTERN.test(attribute))) {
    issues.push({
      path: `${path}.attribute`,
      message: 'must be an attribute name: a letter or _, then up to 63 letters, digits, _, . or -',
    });
  }
  if (negate !== undefined && negate !== null && typeof negate !== 'boolean') {
    issues.push({ path: `${path}.negate`, message: 'must be a boolean' });
  }
  if (caseInsensitive !== undefined && caseInsensitive !== null && typeof caseInsensitive !== 'boolean') {
    issues.push({ path: `${path}.caseInsensitive`, message: 'must be a boolean' });
  } else if (caseInsensitive === true && !CASE_INSENSITIVE_OK.has(operator)) {
    issues.push({
      path: `${path}.caseInsensitive`,
      message: `applies only to IN, EQUALS, CONTAINS, STARTS_WITH and ENDS_WITH, not ${operator}`,
    });
  }
  if (!Array.isArray(values)) return [...issues, { path: `${path}.values`, message: 'must be a list' }];
  const count = values.length;
  const isList =
    LIST_OPERATORS.has(operator) || (scope.profile === 'unleash-v1' && UNLEASH_LIST_OPERATORS.has(operator));
  if (operator === 'EXISTS' && count !== 0) {
    issues.push({ path: `${path}.values`, message: 'EXISTS takes no values' });
  } else if (SINGLE_VALUE.has(operator) && !isList && count !== 1) {
    issues.push({ path: `${path}.values`, message: `${operator} takes exactly one value, got ${count}` });
  } else if (isList && (count < 1 || count > LIMITS.valuesPerCondition)) {
    issues.push({
      path: `${path}.values`,
      message: `${operator} takes 1 to ${LIMITS.valuesPerCondition} values, got ${count}`,
    });
  }
  for (let i = 0; i < Math.min(count, LIMITS.valuesPerCondition); i++) {
    const problem = operandProblem(operator, values[i]);
    if (problem) {
      issues.push({ path: `${path}.values`, message: `value ${i} (${shown(values[i])}): ${problem}` });
      break;
    }
    if (operator === 'IN_SEGMENT' && !scope.segments?.has(values[i] as string)) {
      issues.push({ path: `${path}.values`, message: `unknown segment ${shown(values[i])}` });
    }
  }
  return issues;
}

/** A list of user ids: non-empty strings of at most 256 characters, at most 10,000 of them. */
export function idListIssues(list: unknown, path: string): FieldIssue[] {
  if (!Array.isArray(list)) return [{ path, message: 'must be a list of user ids' }];
  if (list.length > LIMITS.idsPerList) {
    return [{ path, message: `at most ${LIMITS.idsPerList} user ids, got ${list.length}` }];
  }
  const bad = list.findIndex(
    (id) => typeof id !== 'string' || id.length === 0 || id.length > LIMITS.idLength,
  );
  if (bad >= 0) {
    return [
      { path, message: `item ${bad} must be a non-empty string of at most ${LIMITS.idLength} characters` },
    ];
  }
  return [];
}

const hasTwoDecimalsAtMost = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

export function serveIssues(
  serve: unknown,
  path: string,
  variants: ReadonlySet<string>,
  profile?: BucketingProfile,
): FieldIssue[] {
  if (!isRecord(serve)) return [{ path, message: 'must serve a variant or a rollout' }];
  const hasVariant = serve.variant !== undefined && serve.variant !== null;
  const hasRollout = serve.rollout !== undefined && serve.rollout !== null;
  if (hasVariant === hasRollout)
    return [{ path, message: 'must serve either a variant or a rollout (exactly one)' }];
  if (hasVariant) {
    return typeof serve.variant === 'string' && variants.has(serve.variant)
      ? []
      : [{ path: `${path}.variant`, message: `unknown variant ${shown(serve.variant)}` }];
  }
  const rollout = serve.rollout;
  if (!isRecord(rollout)) return [{ path: `${path}.rollout`, message: 'must be a rollout object' }];
  const issues: FieldIssue[] = [];
  const { weights, stickiness, groupId } = rollout;
  const unleash = profile === 'unleash-v1';
  if (groupId !== undefined && groupId !== null) {
    if (!unleash) {
      issues.push({
        path: `${path}.rollout.groupId`,
        message: 'groupId needs the unleash-v1 bucketing profile',
      });
    } else if (typeof groupId !== 'string' || groupId.length > 256) {
      issues.push({ path: `${path}.rollout.groupId`, message: 'must be a string of at most 256 characters' });
    }
  }
  if (stickiness !== undefined && stickiness !== null) {
    if (typeof stickiness !== 'string' || !ATTRIBUTE_PATTERN.test(stickiness)) {
      issues.push({ path: `${path}.rollout.stickiness`, message: 'must be an attribute name' });
    }
  }
  if (!Array.isArray(weights) || weights.length === 0) {
    return [...issues, { path: `${path}.rollout.weights`, message: 'must list at least one variant weight' }];
  }
  const seen = new Set<string>();
  let total = 0;
  let numeric = true;
  weights.forEach((entry: unknown, i) => {
    const at = `${path}.rollout.weights.${i}`;
    if (!isRecord(entry)) {
      issues.push({ path: at, message: 'must be { variant, weight }' });
      numeric = false;
      return;
    }
    if (typeof entry.variant !== 'string' || !variants.has(entry.variant)) {
      issues.push({ path: `${at}.variant`, message: `unknown variant ${shown(entry.variant)}` });
    } else if (seen.has(entry.variant)) {
      issues.push({
        path: `${at}.variant`,
        message: `variant ${entry.variant} appears twice in this rollout`,
      });
    } else {
      seen.add(entry.variant);
    }
    const weight = entry.weight;
    if (unleash) {
      // Unleash's own integer weights (any total): the split is weight / total.
      if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 1_000_000) {
        issues.push({
          path: `${path}.rollout.weights.${i}.weight`,
          message: 'must be an integer weight from 0 to 1000000',
        });
        numeric = false;
      } else {
        total += weight;
      }
      return;
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) {
      issues.push({ path: `${at}.weight`, message: 'must be a percentage from 0 to 100' });
      numeric = false;
    } else if (!hasTwoDecimalsAtMost(weight)) {
      issues.push({ path: `${at}.weight`, message: 'at most two decimals (buckets are basis points)' });
      numeric = false;
    } else {
      total += Math.round(weight * 100);
    }
  });
  if (unleash) {
    if (numeric && total <= 0)
      issues.push({ path: `${path}.rollout.weights`, message: 'the weights must not all be 0' });
    return issues;
  }
  if (numeric && total !== 10_000) {
    issues.push({
      path: `${path}.rollout.weights`,
      message: `weights must sum to exactly 100, got ${total / 100}`,
    });
  }
  return issues;
}
