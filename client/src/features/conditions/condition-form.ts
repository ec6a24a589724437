// A targeting condition as the forms edit it (flag rules and segment rules alike), and back to a ConditionInput.
import type { graphql } from '../../app/graphql';

export type Operator = ReturnType<typeof graphql.scalar<'Operator'>>;
type ConditionInput = ReturnType<typeof graphql.scalar<'ConditionInput'>>;

/** Every Operator, in the order the select lists them; `satisfies` keeps the list in step with the schema. */
export const OPERATORS = [
  'IN',
  'EQUALS',
  'CONTAINS',
  'STARTS_WITH',
  'ENDS_WITH',
  'EXISTS',
  'IN_SEGMENT',
  'NUM_EQ',
  'NUM_GT',
  'NUM_GTE',
  'NUM_LT',
  'NUM_LTE',
  'DATE_BEFORE',
  'DATE_AFTER',
  'SEMVER_EQ',
  'SEMVER_GT',
  'SEMVER_GTE',
  'SEMVER_LT',
  'SEMVER_LTE',
  'REGEX',
  'IN_CIDR',
  'IN_ROLLOUT',
] as const satisfies readonly Operator[];
// Fails to compile when the schema gains an operator the list lacks.
const everyOperator: Exclude<Operator, (typeof OPERATORS)[number]> extends never ? true : never = true;
void everyOperator;

/** Whether the operator takes exactly one value, as the server checks: all but the list operators and EXISTS. */
export function takesOneValue(operator: Operator): boolean {
  return !['IN', 'IN_SEGMENT', 'IN_CIDR', 'IN_ROLLOUT', 'EXISTS'].includes(operator);
}

/**
 * A list as loaded, beside the text it was shown as. While the text is unchanged the list is sent as it came,
 * so values that the text cannot carry (a comma inside a value, a number in an IN list) survive a save.
 */
export interface LoadedList<T> {
  text: string;
  values: readonly T[];
}

export interface ConditionRow {
  uid: string;
  attribute: string;
  operator: Operator;
  /** The values, for every operator but IN_SEGMENT: comma-separated for IN, the whole text for one value. */
  values: string;
  /** The values as loaded (JSON types included); absent for a new or IN_SEGMENT condition. */
  loaded?: LoadedList<unknown>;
  /** Segment keys, for IN_SEGMENT. */
  segments: string[];
  negate: boolean;
  caseInsensitive: boolean;
}

/** A condition as the API returns it. */
export interface LoadedCondition {
  attribute: string;
  operator: Operator;
  values: readonly unknown[];
  negate: boolean;
  caseInsensitive: boolean;
}

export const valueText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

const isBlank = (text: string) => text.trim() === '';

/** Items of a comma- or line-separated list, trimmed, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function toConditionRow(c: LoadedCondition, uid: string): ConditionRow {
  const common = {
    uid,
    attribute: c.attribute,
    operator: c.operator,
    negate: c.negate,
    caseInsensitive: c.caseInsensitive,
  };
  if (c.operator === 'IN_SEGMENT') return { ...common, values: '', segments: c.values.map(valueText) };
  const values = c.values.map(valueText).join(', ');
  return { ...common, values, loaded: { text: values, values: c.values }, segments: [] };
}

export function blankCondition(uid: string): ConditionRow {
  return {
    uid,
    attribute: '',
    operator: 'IN',
    values: '',
    segments: [],
    negate: false,
    caseInsensitive: false,
  };
}

/** A condition value as sent: numbers for NUM_* (and epoch milliseconds for DATE_*), else the text. */
function conditionValue(operator: Operator, text: string): string | number {
  const numeric = operator.startsWith('NUM_') || (operator.startsWith('DATE_') && /^-?\d+$/.test(text));
  const n = Number(text);
  return numeric && Number.isFinite(n) ? n : text;
}

/**
 * The values sent for a condition. The text is split into several values only for IN and EXISTS; a value whose
 * text is as loaded keeps its JSON type (so IN [42] stays a number), and NUM_* values are always numbers.
 */
function conditionValues(c: ConditionRow): unknown[] {
  if (c.operator === 'IN_SEGMENT') return c.segments;
  const { operator, loaded } = c;
  const numeric = operator.startsWith('NUM_');
  const one = takesOneValue(operator);
  if (loaded && c.values === loaded.text && !numeric && (!one || loaded.values.length === 1)) {
    return [...loaded.values];
  }
  const items = one ? (isBlank(c.values) ? [] : [c.values.trim()]) : splitList(c.values);
  return items.map((item) => {
    const same = numeric ? undefined : loaded?.values.find((v) => valueText(v) === item);
    return same ?? conditionValue(operator, item);
  });
}

export function conditionInput(c: ConditionRow): ConditionInput {
  return {
    // IN_SEGMENT has no attribute input: what was typed before switching to it is not sent.
    attribute: c.operator === 'IN_SEGMENT' ? '' : c.attribute.trim(),
    operator: c.operator,
    values: conditionValues(c),
    negate: c.negate,
    caseInsensitive: c.caseInsensitive,
  };
}

/** The field paths a condition's inputs show messages for, `at` being e.g. `rules.0.conditions.1`. */
export function conditionPaths(at: string, c: ConditionRow): string[] {
  const paths = ['', '.operator', '.values', '.negate', '.caseInsensitive'].map((suffix) => at + suffix);
  if (c.operator !== 'IN_SEGMENT') paths.push(`${at}.attribute`);
  return paths;
}

/** What each part of a condition is called on screen, for `<at>.<part>` paths. */
export const CONDITION_PART_LABELS: Record<string, string> = {
  operator: 'Operator',
  attribute: 'Attribute',
  values: 'Values',
  negate: 'Negate',
  caseInsensitive: 'Ignore case',
};
