// A change between two contents (flag, segment or persona) as sentences, one per change a person would name.
import {
  conditionWords,
  isRecord,
  isRollout,
  listOf,
  quote,
  ruleName,
  ruleWords,
  same,
  serveWords,
  stickinessOf,
  textOf,
  weightsOf,
} from './change-words';

export type SentenceKind = 'added' | 'removed' | 'changed';

export interface ChangeSentence {
  kind: SentenceKind;
  text: string;
}

type Out = ChangeSentence[];

const empty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
type Json = Record<string, unknown>;

const SCALAR_LABELS: Record<string, string> = {
  key: 'Key',
  description: 'Description',
  type: 'Type',
  offVariant: 'Variant served when Off',
  salt: 'Bucketing salt',
  name: 'Name',
  greeting: 'Greeting',
  tone: 'Tone',
  replyLength: 'Reply length',
};

const SET_LABELS: Record<string, string> = {
  allowedTopics: 'Allowed topics',
  included: 'Always included users',
  excluded: 'Always excluded users',
};

/** The order fields are told in; fields not listed follow in the order the content has them. */
const ORDER = ['enabled', 'description', 'type', 'variants', 'offVariant', 'prerequisites', 'targets'];

export function describeChanges(before: unknown, after: unknown): ChangeSentence[] {
  const a: Json = isRecord(before) ? before : {};
  const b: Json = isRecord(after) ? after : {};
  const keys = [...new Set([...ORDER, ...Object.keys(a), ...Object.keys(b)])];
  const out: Out = [];
  for (const key of keys) {
    // A list or text that is empty on one side and missing on the other is no change anyone would name.
    if (same(a[key], b[key]) || (empty(a[key]) && empty(b[key]))) continue;
    const told = out.length;
    describeField(key, a[key], b[key], out);
    // Whatever no rule below can word is still said, never silently left out.
    if (out.length === told)
      out.push({ kind: 'changed', text: `${key}: ${quote(a[key])} → ${quote(b[key])}` });
  }
  return out;
}

function describeField(key: string, from: unknown, to: unknown, out: Out): void {
  if (key === 'enabled') {
    const word = to === true ? 'On' : 'Off';
    out.push({ kind: 'changed', text: from === undefined ? `Flag is ${word}` : `Flag turned ${word}` });
  } else if (key in SCALAR_LABELS) scalar(SCALAR_LABELS[key] ?? key, from, to, out);
  else if (key in SET_LABELS) stringSet(SET_LABELS[key] ?? key, from, to, out);
  else if (key === 'variants') variants(from, to, out);
  else if (key === 'prerequisites') prerequisites(from, to, out);
  else if (key === 'targets') targets(from, to, out);
  else if (key === 'rules') rules(from, to, out);
  else if (key === 'fallthrough') serve('Default', from, to, out);
}

/** An empty text reads as "not set", so clearing a description is said as such. */
const unset = (value: unknown) => value === undefined || value === '';

function scalar(label: string, from: unknown, to: unknown, out: Out): void {
  if (unset(from)) out.push({ kind: 'added', text: `${label} set to ${quote(to)}` });
  else if (unset(to)) out.push({ kind: 'removed', text: `${label} cleared (was ${quote(from)})` });
  else out.push({ kind: 'changed', text: `${label}: ${quote(from)} → ${quote(to)}` });
}

function stringSet(label: string, from: unknown, to: unknown, out: Out): void {
  const a = listOf(from).map(String);
  const b = listOf(to).map(String);
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  if (added.length > 0) out.push({ kind: 'added', text: `${label}: ${added.join(', ')} added` });
  if (removed.length > 0) out.push({ kind: 'removed', text: `${label}: ${removed.join(', ')} removed` });
}

/** Elements of two lists matched by a key (a variant's key, a rule's id), so a shift is not a change. */
function byKey(list: unknown, keyOf: (item: unknown, index: number) => string): Map<string, unknown> {
  const items = new Map<string, unknown>();
  listOf(list).forEach((item, index) => {
    items.set(keyOf(item, index), item);
  });
  return items;
}

function matched(
  from: unknown,
  to: unknown,
  keyOf: (item: unknown, index: number) => string,
  each: (key: string, a: unknown, b: unknown) => void,
): void {
  const a = byKey(from, keyOf);
  const b = byKey(to, keyOf);
  for (const [key, item] of a) if (!b.has(key)) each(key, item, undefined);
  for (const [key, item] of b) if (!same(a.get(key), item)) each(key, a.get(key), item);
}

const field = (item: unknown, name: string) => (isRecord(item) ? item[name] : undefined);

function variants(from: unknown, to: unknown, out: Out): void {
  matched(
    from,
    to,
    (v, i) => textOf(field(v, 'key')) ?? `#${i + 1}`,
    (key, a, b) => {
      const payload = (v: unknown) => field(v, 'payload');
      if (a === undefined) {
        const p = payload(b);
        out.push({
          kind: 'added',
          text: `Variant ${key} added${p === undefined ? '' : ` with payload ${quote(p)}`}`,
        });
      } else if (b === undefined) out.push({ kind: 'removed', text: `Variant ${key} removed` });
      else
        out.push({
          kind: 'changed',
          text: `Variant ${key}: payload ${quote(payload(a))} → ${quote(payload(b))}`,
        });
    },
  );
}

function prerequisites(from: unknown, to: unknown, out: Out): void {
  matched(
    from,
    to,
    (p, i) => textOf(field(p, 'flagKey')) ?? `#${i + 1}`,
    (key, a, b) => {
      const needs = (p: unknown) => String(field(p, 'variant'));
      if (a === undefined)
        out.push({ kind: 'added', text: `Prerequisite ${key} added: must serve ${needs(b)}` });
      else if (b === undefined) out.push({ kind: 'removed', text: `Prerequisite ${key} removed` });
      else out.push({ kind: 'changed', text: `Prerequisite ${key}: must serve ${needs(a)} → ${needs(b)}` });
    },
  );
}

function targets(from: unknown, to: unknown, out: Out): void {
  matched(
    from,
    to,
    (t, i) => textOf(field(t, 'variant')) ?? `#${i + 1}`,
    (variant, a, b) => {
      const users = (t: unknown) => listOf(field(t, 'userIds')).map(String).join(', ');
      if (a === undefined) out.push({ kind: 'added', text: `Users served ${variant} added: ${users(b)}` });
      else if (b === undefined) out.push({ kind: 'removed', text: `Users served ${variant} removed` });
      else stringSet(`Users served ${variant}`, field(a, 'userIds'), field(b, 'userIds'), out);
    },
  );
}

function rules(from: unknown, to: unknown, out: Out): void {
  const before = listOf(from);
  const after = listOf(to);
  // Rules are matched by id; rules without one (segment rules) by position.
  const keyOf = (rule: unknown, index: number) => textOf(field(rule, 'id')) ?? `#${index}`;
  const nameOf = (key: string, rule: unknown) => ruleName(rule, Number(key.slice(1)));
  matched(from, to, keyOf, (key, a, b) => {
    if (a === undefined) out.push({ kind: 'added', text: `${nameOf(key, b)} added: ${ruleWords(b)}` });
    else if (b === undefined) out.push({ kind: 'removed', text: `${nameOf(key, a)} removed` });
    else rule(nameOf(key, b), a, b, out);
  });
  // Order decides which rule wins: a move among the rules both sides have is a change of its own.
  const kept = (list: unknown[], other: unknown[]) => {
    const otherKeys = other.map(keyOf);
    return list.map(keyOf).filter((k) => !k.startsWith('#') && otherKeys.includes(k));
  };
  const was = kept(before, after);
  const now = kept(after, before);
  now.forEach((key, index) => {
    if (was[index] !== key) {
      out.push({
        kind: 'changed',
        text: `Rule ${key} moved from position ${was.indexOf(key) + 1} to ${index + 1}`,
      });
    }
  });
}

function rule(name: string, a: unknown, b: unknown, out: Out): void {
  const told = out.length;
  if (!same(field(a, 'description'), field(b, 'description'))) {
    scalar(`${name}: description`, field(a, 'description'), field(b, 'description'), out);
  }
  const was = listOf(field(a, 'conditions'));
  const now = listOf(field(b, 'conditions'));
  for (let i = 0; i < Math.max(was.length, now.length); i++) {
    const [c, d] = [was[i], now[i]];
    if (same(c, d)) continue;
    if (c === undefined) out.push({ kind: 'added', text: `${name}: condition ${conditionWords(d)} added` });
    else if (d === undefined)
      out.push({ kind: 'removed', text: `${name}: condition ${conditionWords(c)} removed` });
    else
      out.push({ kind: 'changed', text: `${name}: condition ${conditionWords(c)} → ${conditionWords(d)}` });
  }
  if (!same(field(a, 'serve'), field(b, 'serve'))) serve(name, field(a, 'serve'), field(b, 'serve'), out);
  if (out.length === told) out.push({ kind: 'changed', text: `${name}: ${ruleWords(a)} → ${ruleWords(b)}` });
}

/** What a rule or the default serves; a rollout whose split changed is told weight by weight. */
function serve(name: string, from: unknown, to: unknown, out: Out): void {
  if (!isRollout(from) || !isRollout(to)) {
    if (from === undefined) out.push({ kind: 'added', text: `${name}: ${serveWords(to)}` });
    else out.push({ kind: 'changed', text: `${name}: ${serveWords(from)} → ${serveWords(to)}` });
    return;
  }
  const told = out.length;
  const a = weightsOf(from);
  const b = weightsOf(to);
  for (const [variant, weight] of b) {
    const old = a.get(variant);
    if (old === undefined)
      out.push({ kind: 'added', text: `${name} rollout: ${variant} ${String(weight)}% added` });
    else if (old !== weight) {
      out.push({ kind: 'changed', text: `${name} rollout: ${variant} ${String(old)}% → ${String(weight)}%` });
    }
  }
  for (const variant of a.keys()) {
    if (!b.has(variant)) out.push({ kind: 'removed', text: `${name} rollout: ${variant} removed` });
  }
  const [s, t] = [stickinessOf(from), stickinessOf(to)];
  if (s !== t) {
    out.push({
      kind: 'changed',
      text: `${name} rollout: sticky by ${s ?? 'userId (default)'} → ${t ?? 'userId (default)'}`,
    });
  }
  // Only the order of the split changed: still said.
  if (out.length === told)
    out.push({ kind: 'changed', text: `${name}: ${serveWords(from)} → ${serveWords(to)}` });
}
