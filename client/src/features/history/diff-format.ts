// Pure helpers that turn a revision's diff entries and JSON values into short, readable text.
import type { graphql } from '../../app/graphql';

/** CREATE, REMOVE or CHANGE, as the schema's DiffChange enum has it. */
export type DiffChange = ReturnType<typeof graphql.scalar<'DiffChange'>>;

/** One entry of a revision's diff: a dotted path, the kind of change, and the values either side. */
export interface DiffEntry {
  path: string;
  change: DiffChange;
  from?: unknown;
  to?: unknown;
}

/**
 * The words a diff row shows for each kind of change, so the change is never told by colour alone.
 * A Record over the enum: a new kind of change fails the type check until it has words here.
 */
export const CHANGE_LABELS: Record<DiffChange, string> = {
  CREATE: 'Added',
  REMOVE: 'Removed',
  CHANGE: 'Changed',
};

export function changeLabel(change: DiffChange): string {
  return CHANGE_LABELS[change];
}

const child = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const textOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const nth = (index: string) => (/^\d+$/.test(index) ? String(Number(index) + 1) : index);
const named = (base: string, name: string | undefined) => (name ? `${base} (${name})` : base);

/** The content's top-level fields, flag, segment and persona alike (their names do not collide). */
const FIELD_LABELS: Record<string, string> = {
  key: 'Key',
  description: 'Description',
  type: 'Type',
  enabled: 'On / Off',
  offVariant: 'Variant served when off',
  salt: 'Bucketing salt',
  variants: 'Variants',
  prerequisites: 'Prerequisites',
  targets: 'Targeting',
  rules: 'Rules',
  fallthrough: 'Default serve',
  included: 'Always included users',
  excluded: 'Always excluded users',
  name: 'Name',
  greeting: 'Greeting',
  tone: 'Tone',
  replyLength: 'Reply length',
  allowedTopics: 'Allowed topics',
};

const CONDITION_FIELDS: Record<string, string> = {
  attribute: 'attribute',
  operator: 'operator',
  values: 'values',
  negate: 'negated',
  caseInsensitive: 'ignores case',
};

/** Segments no table knows are kept as the server wrote them, so nothing is hidden. */
const rawTail = (rest: readonly string[]) => (rest.length > 0 ? [rest.join('.')] : []);

/**
 * Labels an entry's path in words, naming rules, variants and splits from the revision's `content`:
 * `fallthrough.rollout.weights.0.weight` → "Default serve › weight of on",
 * `rules.1.conditions.0.values` → "Rule 2 (premium) › condition 1 › values".
 * A removed element is named from its old value, since `content` no longer has it.
 */
export function diffLabel(entry: DiffEntry, content: unknown): string {
  if (entry.path === '') return 'Whole configuration';
  const segments = entry.path.split('.');
  const nodeAt = (depth: number): unknown => {
    if (depth === segments.length && entry.change === 'REMOVE') return entry.from;
    if (depth === segments.length && entry.change === 'CREATE') return entry.to;
    return segments.slice(0, depth).reduce(child, content);
  };

  // What a rule or the fallthrough serves; `depth` is where the serve object sits in the path.
  const serve = (rest: readonly string[], depth: number): string[] => {
    const [field, sub, index, ...more] = rest;
    if (field === undefined) return [];
    if (field === 'variant') return ['variant served'];
    if (field !== 'rollout') return rawTail(rest);
    if (sub === undefined) return ['rollout'];
    if (sub === 'stickiness') return ['stickiness attribute'];
    if (sub !== 'weights') return ['rollout', ...rawTail(rest.slice(1))];
    if (index === undefined) return ['weights'];
    if (more[0] === 'variant') return [`split ${nth(index)}`, 'variant'];
    const variant = textOf(child(nodeAt(depth + 3), 'variant'));
    return [variant ? `weight of ${variant}` : `weight ${nth(index)}`];
  };

  const [head = '', index, ...rest] = segments;
  const field = FIELD_LABELS[head];
  if (field === undefined) return entry.path;
  if (head === 'fallthrough') return [field, ...serve(segments.slice(1), 1)].join(' › ');
  // The whole field, or an element of a list of plain values (topics, user ids) shown beside the label.
  if (index === undefined) return field;
  const parts: string[] = [field];
  if (head === 'rules') {
    const rule = nodeAt(2);
    parts[0] = named(`Rule ${nth(index)}`, textOf(child(rule, 'id')));
    const [what, at, ...more] = rest;
    if (what === 'serve') parts.push(...(rest.length === 1 ? ['serve'] : serve(rest.slice(1), 3)));
    else if (what === 'conditions' && at !== undefined) {
      parts.push(`condition ${nth(at)}`);
      const conditionField = more[0] === undefined ? undefined : CONDITION_FIELDS[more[0]];
      if (conditionField) parts.push(conditionField);
      else parts.push(...rawTail(more));
    } else parts.push(...rawTail(rest));
  } else if (head === 'variants') {
    const key = textOf(child(nodeAt(2), 'key'));
    parts[0] = key ? `Variant ${key}` : `Variant ${nth(index)}`;
    parts.push(...rawTail(rest));
  } else if (head === 'prerequisites') {
    parts[0] = named(`Prerequisite ${nth(index)}`, textOf(child(nodeAt(2), 'flagKey')));
    parts.push(
      ...(rest[0] === 'flagKey' ? ['flag'] : rest[0] === 'variant' ? ['required variant'] : rawTail(rest)),
    );
  } else if (head === 'targets') {
    const variant = textOf(child(nodeAt(2), 'variant'));
    // The group's variant itself changed: name the group by position, the values show the variants.
    if (rest[0] === 'variant' || !variant) parts.push(`group ${nth(index)}`, ...rawTail(rest));
    else parts.push(`users served ${variant}`);
  }
  return parts.join(' › ');
}

const COMPACT_MAX = 80;

/**
 * A JSON value as text: compact on one line (`{ "variant": "on", "weight": 50 }`) when short,
 * indented over several lines (`multiline`) when not.
 */
export function formatValue(value: unknown): { text: string; multiline: boolean } {
  if (value === undefined) return { text: 'nothing', multiline: false };
  const indented = JSON.stringify(value, null, 2) ?? String(value);
  // Only structural newlines exist here: newlines inside strings are escaped by JSON.stringify.
  const compact = indented.replace(/\n\s*/g, ' ').replace(/([[{]) ([\]}])/g, '$1$2');
  return compact.length <= COMPACT_MAX
    ? { text: compact, multiline: false }
    : { text: indented, multiline: true };
}

const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Updated',
  enable: 'Turned on',
  disable: 'Turned off',
  archive: 'Archived',
  rollback: 'Rolled back',
};

/** `flag.rollback` (a revision's) or FLAG_ROLLBACK (an audit event's) → "Rolled back"; else as it is. */
export function actionLabel(action: string): string {
  const verb = action.split(/[._]/).at(-1)?.toLowerCase() ?? '';
  return ACTION_LABELS[verb] ?? action;
}
