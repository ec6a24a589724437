// Words for the parts of a configuration a change sentence names: conditions, serves, rules and values.

type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value in a sentence: strings quoted, anything else as compact JSON. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === undefined) return 'nothing';
  return JSON.stringify(value);
}

/** `plan IN [pro, team]`, `NOT country IN [FR]`, `in segment [beta]`, `email ENDS_WITH [@acme.test] (any case)`. */
export function conditionWords(condition: unknown): string {
  if (!isRecord(condition)) return quote(condition);
  const values = `[${listOf(condition.values).map(String).join(', ')}]`;
  const operator = textOf(condition.operator) ?? '?';
  const attribute = textOf(condition.attribute) ?? '?';
  const test =
    operator === 'IN_SEGMENT'
      ? `in segment ${values}`
      : operator === 'EXISTS'
        ? `${attribute} EXISTS`
        : `${attribute} ${operator} ${values}`;
  return `${condition.negate === true ? 'NOT ' : ''}${test}${condition.caseInsensitive === true ? ' (any case)' : ''}`;
}

/** `serves treatment`, or `rollout control 20%, treatment 80% by tenantId`. */
export function serveWords(serve: unknown): string {
  if (!isRecord(serve)) return quote(serve);
  const variant = textOf(serve.variant);
  if (variant) return `serves ${variant}`;
  if (!isRecord(serve.rollout)) return quote(serve);
  const weights = listOf(serve.rollout.weights)
    .map((w) => (isRecord(w) ? `${String(w.variant)} ${String(w.weight)}%` : quote(w)))
    .join(', ');
  const by = textOf(serve.rollout.stickiness);
  return `rollout ${weights}${by ? ` by ${by}` : ''}`;
}

/** `when plan IN [premium] and country IN [FR], serves treatment`; a rule without conditions serves everyone. */
export function ruleWords(rule: unknown): string {
  if (!isRecord(rule)) return quote(rule);
  const conditions = listOf(rule.conditions).map(conditionWords);
  const when = conditions.length > 0 ? `when ${conditions.join(' and ')}` : 'for everyone';
  return rule.serve === undefined ? when : `${when}, ${serveWords(rule.serve)}`;
}

/** "Rule premium" when the rule has an id, else "Rule 2" by its position. */
export function ruleName(rule: unknown, index: number): string {
  const id = isRecord(rule) ? textOf(rule.id) : undefined;
  return id ? `Rule ${id}` : `Rule ${index + 1}`;
}

/** Weights of a rollout by variant, in order; empty for a serve that is not a rollout. */
export function weightsOf(serve: unknown): Map<string, unknown> {
  const weights = new Map<string, unknown>();
  const rollout = isRecord(serve) ? serve.rollout : undefined;
  for (const w of listOf(isRecord(rollout) ? rollout.weights : undefined)) {
    if (isRecord(w)) weights.set(String(w.variant), w.weight);
  }
  return weights;
}

export const isRollout = (serve: unknown) => isRecord(serve) && isRecord(serve.rollout);
export const stickinessOf = (serve: unknown) =>
  isRecord(serve) && isRecord(serve.rollout) ? textOf(serve.rollout.stickiness) : undefined;
