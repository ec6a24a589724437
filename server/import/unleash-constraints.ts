// One Unleash constraint as an unleash-v1 condition, or the constant Unleash would answer, or a refusal.
import semver from 'semver';
import type { Condition, Operator } from '../evaluation/definitions.js';
import { parseIpRange } from '../evaluation/ip.js';
import { ATTRIBUTE_PATTERN, LIMITS } from '../evaluation/limits.js';
import { compileRegex } from '../evaluation/regex.js';
import type { UnleashConstraint } from './unleash-state.js';

/** A condition; `true` / `false` when Unleash's answer does not depend on the context; or why not importable. */
export type Translated = Condition | boolean | { refused: string };

const OPERATORS: Record<string, Operator> = {
  IN: 'IN',
  NOT_IN: 'IN',
  STR_CONTAINS: 'CONTAINS',
  STR_STARTS_WITH: 'STARTS_WITH',
  STR_ENDS_WITH: 'ENDS_WITH',
  NUM_EQ: 'NUM_EQ',
  NUM_GT: 'NUM_GT',
  NUM_GTE: 'NUM_GTE',
  NUM_LT: 'NUM_LT',
  NUM_LTE: 'NUM_LTE',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  SEMVER_EQ: 'SEMVER_EQ',
  SEMVER_GT: 'SEMVER_GT',
  SEMVER_GTE: 'SEMVER_GTE',
  SEMVER_LT: 'SEMVER_LT',
  SEMVER_LTE: 'SEMVER_LTE',
  REGEX: 'REGEX',
  IN_CIDR: 'IN_CIDR',
};

const MULTI = new Set(['IN', 'NOT_IN', 'STR_CONTAINS', 'STR_STARTS_WITH', 'STR_ENDS_WITH', 'IN_CIDR']);
const CASE_INSENSITIVE = new Set(['STR_CONTAINS', 'STR_STARTS_WITH', 'STR_ENDS_WITH', 'REGEX']);

/** Unleash's cleanValues: empty operands dropped, the rest trimmed. */
const cleaned = (values: unknown): string[] =>
  (Array.isArray(values) ? values : []).filter((v) => !!v).map((v) => String(v).trim());

/** The single operand, or undefined when Unleash's comparison can never succeed. */
function operand(operator: string, value: unknown): string | number | undefined {
  if (operator.startsWith('NUM_')) {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  if (operator.startsWith('DATE_')) {
    const at = typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
    return at && Number.isFinite(at.getTime()) ? at.toISOString() : undefined;
  }
  if (typeof value !== 'string') return undefined;
  if (operator.startsWith('SEMVER_')) return semver.parse(value) ? value : undefined;
  return compileRegex(value, false) ? value : undefined;
}

export function translateConstraint(constraint: UnleashConstraint | null | undefined): Translated {
  // Unleash's SDKs fail a strategy on a null constraint or an unknown operator, inverted or not.
  if (!constraint || typeof constraint.operator !== 'string') return false;
  const operator = OPERATORS[constraint.operator];
  if (operator === undefined) return false;
  const negate = (constraint.operator === 'NOT_IN') !== (constraint.inverted === true);
  // Unleash's date operators compare the context's currentTime, whatever the constraint names.
  const attribute = operator.startsWith('DATE_') ? 'currentTime' : String(constraint.contextName ?? '');
  if (!ATTRIBUTE_PATTERN.test(attribute)) {
    return { refused: `context field ${JSON.stringify(attribute)} is not a usable Augur attribute name` };
  }
  let values: Array<string | number>;
  if (MULTI.has(constraint.operator)) {
    values = cleaned(constraint.values);
    if (operator === 'IN_CIDR') values = values.filter((v) => parseIpRange(String(v)) !== undefined);
    if (values.length > LIMITS.valuesPerCondition) {
      return { refused: `more than ${LIMITS.valuesPerCondition} values in one constraint` };
    }
  } else {
    const one = operand(constraint.operator, constraint.value);
    values = one === undefined ? [] : [one];
  }
  // No usable operand: Unleash answers false, and inverted true, for every context.
  if (values.length === 0) return negate;
  return {
    attribute,
    operator,
    values,
    ...(negate ? { negate } : {}),
    ...(constraint.caseInsensitive === true && CASE_INSENSITIVE.has(constraint.operator)
      ? { caseInsensitive: true }
      : {}),
  };
}
