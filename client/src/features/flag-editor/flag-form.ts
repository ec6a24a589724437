// The flag editor's form model: a loaded flag as editable strings, the edits on it, and back to a FlagInput.
import { graphql, type ResultOf } from '../../app/graphql';
import {
  blankCondition,
  type ConditionRow,
  conditionInput,
  conditionPaths,
  type LoadedList,
  splitList,
  toConditionRow,
} from '../conditions/condition-form';

export const FlagFormServeFragment = graphql(`
  fragment FlagForm_serve on Serve {
    variant
    rollout {
      stickiness
      weights {
        variant
        weight
      }
    }
  }
`);

export const FlagFormFragment = graphql(
  `
  fragment FlagForm_flag on Flag {
    key
    type
    enabled
    salt
    revision
    description
    offVariant
    variants {
      key
      payload
    }
    targets {
      variant
      userIds
    }
    rules {
      id
      description
      conditions {
        attribute
        operator
        values
        negate
        caseInsensitive
      }
      serve {
        ...FlagForm_serve
      }
    }
    fallthrough {
      ...FlagForm_serve
    }
    prerequisites {
      flagKey
      variant
    }
  }
`,
  [FlagFormServeFragment],
);

export type LoadedFlag = ResultOf<typeof FlagFormFragment>;
type LoadedServe = ResultOf<typeof FlagFormServeFragment>;
export type FlagInput = ReturnType<typeof graphql.scalar<'FlagInput'>>;
type ServeInput = ReturnType<typeof graphql.scalar<'ServeInput'>>;
export type FlagType = ReturnType<typeof graphql.scalar<'FlagType'>>;

/** A variant row; `uid` is the form's own id for it, so renaming a variant keeps what refers to it. */
export interface VariantRow {
  uid: string;
  key: string;
  /** JSON text; blank for no payload. */
  payload: string;
  /** Individually targeted user ids: one per line or comma-separated. */
  userIds: string;
  /** The user ids as loaded; absent for a new variant. */
  loadedUserIds?: LoadedList<string>;
}

/** One rollout entry; `variant` is a variant uid. A blank weight leaves the variant out of the rollout. */
export interface WeightRow {
  variant: string;
  weight: string;
}

export interface ServeForm {
  mode: 'variant' | 'rollout';
  /** A variant uid, for mode 'variant'. */
  variant: string;
  /** In the rollout's order, which decides the bucket ranges: never reordered. */
  weights: WeightRow[];
  /** Blank: userId, then sessionId. */
  stickiness: string;
}

export interface RuleRow {
  uid: string;
  id: string;
  description: string;
  conditions: ConditionRow[];
  serve: ServeForm;
}

export interface PrerequisiteRow {
  uid: string;
  flagKey: string;
  variant: string;
}

export interface FlagForm {
  key: string;
  type: FlagType;
  /** Sent back as loaded: the kill switch and the salt are not edited here. */
  enabled: boolean;
  salt: string;
  revision: number;
  description: string;
  variants: VariantRow[];
  /** A variant uid. */
  offVariant: string;
  rules: RuleRow[];
  fallthrough: ServeForm;
  prerequisites: PrerequisiteRow[];
  /** The next free number for a row uid. */
  nextUid: number;
}

// A reference to a variant key the flag does not define keeps its key after this prefix.
const MISSING = '?';

/** The key a variant uid stands for ('' when none). */
export function variantKey(form: Pick<FlagForm, 'variants'>, uid: string): string {
  if (uid.startsWith(MISSING)) return uid.slice(MISSING.length);
  return form.variants.find((v) => v.uid === uid)?.key ?? '';
}

/** The loaded flag as an editable form. */
export function toForm(flag: LoadedFlag): FlagForm {
  let next = 0;
  const uid = (prefix: string) => `${prefix}${next++}`;
  const variants: VariantRow[] = flag.variants.map((v) => {
    const ids = flag.targets.filter((t) => t.variant === v.key).flatMap((t) => t.userIds);
    const userIds = ids.join('\n');
    return {
      uid: uid('v'),
      key: v.key,
      payload: v.payload === null || v.payload === undefined ? '' : JSON.stringify(v.payload, null, 2),
      userIds,
      loadedUserIds: { text: userIds, values: ids },
    };
  });
  const ref = (key: string) => variants.find((v) => v.key === key)?.uid ?? `${MISSING}${key}`;
  const serve = (s: LoadedServe): ServeForm => {
    if (!s.rollout) return { mode: 'variant', variant: ref(s.variant ?? ''), weights: [], stickiness: '' };
    const weights = s.rollout.weights.map((w) => ({ variant: ref(w.variant), weight: String(w.weight) }));
    for (const v of variants) {
      if (!weights.some((w) => w.variant === v.uid)) weights.push({ variant: v.uid, weight: '' });
    }
    // null is unset ("userId, then sessionId"): shown blank, and blank is sent as unset.
    const stickiness = s.rollout.stickiness ?? '';
    return { mode: 'rollout', variant: variants[0]?.uid ?? '', weights, stickiness };
  };
  const rules: RuleRow[] = flag.rules.map((r) => ({
    uid: uid('r'),
    id: r.id,
    description: r.description,
    conditions: r.conditions.map((c) => toConditionRow(c, uid('c'))),
    serve: serve(r.serve),
  }));
  const prerequisites = flag.prerequisites.map((p) => ({
    uid: uid('p'),
    flagKey: p.flagKey,
    variant: p.variant,
  }));
  return {
    key: flag.key,
    type: flag.type,
    enabled: flag.enabled,
    salt: flag.salt,
    revision: flag.revision,
    description: flag.description,
    variants,
    offVariant: ref(flag.offVariant),
    rules,
    fallthrough: serve(flag.fallthrough),
    prerequisites,
    nextUid: next,
  };
}

const isBlank = (text: string) => text.trim() === '';

/** For each weight row, its index in the weights sent (blank weights are left out), or undefined. */
export function sentWeightIndexes(weights: readonly WeightRow[]): (number | undefined)[] {
  let sent = 0;
  return weights.map((w) => (isBlank(w.weight) ? undefined : sent++));
}

/** The user ids sent for a variant: as loaded while the text is unchanged, else the items of the list. */
function targetUserIds(v: VariantRow): string[] {
  return v.loadedUserIds && v.userIds === v.loadedUserIds.text
    ? [...v.loadedUserIds.values]
    : splitList(v.userIds);
}

/** For each variant row, the index of its entry in the targets sent (only variants with user ids), or undefined. */
export function sentTargetIndexes(variants: readonly VariantRow[]): (number | undefined)[] {
  let sent = 0;
  return variants.map((v) => (targetUserIds(v).length === 0 ? undefined : sent++));
}

/**
 * What cannot be sent as typed, by field path: a payload that is not JSON, a weight that is not a number.
 * Everything else goes to the server, which is the validator.
 */
export function formProblems(form: FlagForm): Map<string, string> {
  const problems = new Map<string, string>();
  form.variants.forEach((v, i) => {
    if (isBlank(v.payload)) return;
    try {
      JSON.parse(v.payload);
    } catch {
      problems.set(`variants.${i}.payload`, 'must be JSON, e.g. {"style": "short"} or "text"');
    }
  });
  const serveProblems = (serve: ServeForm, path: string) => {
    if (serve.mode !== 'rollout') return;
    const indexes = sentWeightIndexes(serve.weights);
    serve.weights.forEach((w, i) => {
      if (!isBlank(w.weight) && !Number.isFinite(Number(w.weight))) {
        problems.set(`${path}.rollout.weights.${indexes[i]}.weight`, 'must be a number');
      }
    });
  };
  form.rules.forEach((rule, i) => {
    serveProblems(rule.serve, `rules.${i}.serve`);
  });
  serveProblems(form.fallthrough, 'fallthrough');
  return problems;
}

function serveInput(form: FlagForm, serve: ServeForm): ServeInput {
  if (serve.mode === 'variant') return { variant: variantKey(form, serve.variant) };
  const stickiness = serve.stickiness.trim();
  return {
    rollout: {
      weights: serve.weights
        .filter((w) => !isBlank(w.weight))
        .map((w) => ({ variant: variantKey(form, w.variant), weight: Number(w.weight) })),
      ...(stickiness ? { stickiness } : {}),
    },
  };
}

/** The form as the whole FlagInput for updateFlag. Throws when formProblems(form) is not empty. */
export function toInput(form: FlagForm): FlagInput {
  const problems = formProblems(form);
  if (problems.size > 0) throw new Error(`The form cannot be sent: ${[...problems.keys()].join(', ')}`);
  return {
    type: form.type,
    enabled: form.enabled,
    salt: form.salt,
    description: form.description,
    variants: form.variants.map((v) => ({
      key: v.key.trim(),
      payload: isBlank(v.payload) ? null : (JSON.parse(v.payload) as unknown),
    })),
    offVariant: variantKey(form, form.offVariant),
    targets: form.variants
      .map((v) => ({ variant: v.key.trim(), userIds: targetUserIds(v) }))
      .filter((t) => t.userIds.length > 0),
    rules: form.rules.map((r) => ({
      id: r.id.trim(),
      description: r.description,
      conditions: r.conditions.map(conditionInput),
      serve: serveInput(form, r.serve),
    })),
    fallthrough: serveInput(form, form.fallthrough),
    prerequisites: form.prerequisites.map((p) => ({ flagKey: p.flagKey, variant: p.variant.trim() })),
  };
}

/** The paths of the fields the editor shows for this form, so other messages go to the summary. */
export function shownPaths(form: FlagForm): Set<string> {
  const paths = new Set(['description', 'variants', 'offVariant', 'targets', 'rules', 'prerequisites']);
  form.variants.forEach((_, i) => {
    paths.add(`variants.${i}.key`);
    paths.add(`variants.${i}.payload`);
  });
  for (const k of sentTargetIndexes(form.variants)) {
    if (k === undefined) continue;
    for (const suffix of ['', '.variant', '.userIds']) paths.add(`targets.${k}${suffix}`);
  }
  const servePaths = (serve: ServeForm, path: string) => {
    paths.add(path);
    if (serve.mode === 'variant') {
      paths.add(`${path}.variant`);
      return;
    }
    for (const suffix of ['.rollout', '.rollout.weights', '.rollout.stickiness']) paths.add(path + suffix);
    for (const k of sentWeightIndexes(serve.weights)) {
      if (k === undefined) continue;
      for (const suffix of ['', '.variant', '.weight']) paths.add(`${path}.rollout.weights.${k}${suffix}`);
    }
  };
  form.rules.forEach((rule, i) => {
    for (const suffix of ['', '.id', '.description', '.conditions']) paths.add(`rules.${i}${suffix}`);
    rule.conditions.forEach((c, j) => {
      for (const path of conditionPaths(`rules.${i}.conditions.${j}`, c)) paths.add(path);
    });
    servePaths(rule.serve, `rules.${i}.serve`);
  });
  servePaths(form.fallthrough, 'fallthrough');
  form.prerequisites.forEach((_, i) => {
    for (const suffix of ['', '.flagKey', '.variant']) paths.add(`prerequisites.${i}${suffix}`);
  });
  return paths;
}

// Edits: each returns a new form.

/** Applies an edit to the form; `structural` edits add, remove or move rows, so field paths shift. */
export type UpdateForm = (edit: (form: FlagForm) => FlagForm, structural?: boolean) => void;

const uidOf = (form: FlagForm, prefix: string) => `${prefix}${form.nextUid}`;

function mapServes(form: FlagForm, fn: (serve: ServeForm) => ServeForm): FlagForm {
  return {
    ...form,
    rules: form.rules.map((r) => ({ ...r, serve: fn(r.serve) })),
    fallthrough: fn(form.fallthrough),
  };
}

export function addVariant(form: FlagForm): FlagForm {
  const uid = uidOf(form, 'v');
  const withRow = {
    ...form,
    variants: [...form.variants, { uid, key: '', payload: '', userIds: '' }],
    nextUid: form.nextUid + 1,
  };
  // Appended to each rollout with a blank weight: the existing bucket ranges stay where they are.
  return mapServes(withRow, (s) =>
    s.weights.length > 0 ? { ...s, weights: [...s.weights, { variant: uid, weight: '' }] } : s,
  );
}

export function removeVariant(form: FlagForm, uid: string): FlagForm {
  const without = {
    ...form,
    variants: form.variants.filter((v) => v.uid !== uid),
    offVariant: form.offVariant === uid ? '' : form.offVariant,
  };
  return mapServes(without, (s) => ({
    ...s,
    variant: s.variant === uid ? '' : s.variant,
    weights: s.weights.filter((w) => w.variant !== uid),
  }));
}

/** Switches a serve between a fixed variant and a rollout; a new rollout gives 100% to the first variant. */
export function setServeMode(form: FlagForm, serve: ServeForm, mode: ServeForm['mode']): ServeForm {
  if (mode === 'variant') return { ...serve, mode, variant: serve.variant || (form.variants[0]?.uid ?? '') };
  const weights =
    serve.weights.length > 0
      ? serve.weights
      : form.variants.map((v, i) => ({ variant: v.uid, weight: i === 0 ? '100' : '0' }));
  return { ...serve, mode, weights };
}

export function newCondition(form: FlagForm): [FlagForm, ConditionRow] {
  return [{ ...form, nextUid: form.nextUid + 1 }, blankCondition(uidOf(form, 'c'))];
}

export function addRule(form: FlagForm): FlagForm {
  const ids = new Set(form.rules.map((r) => r.id));
  let n = form.rules.length + 1;
  while (ids.has(`rule-${n}`)) n++;
  const [next, condition] = newCondition(form);
  const rule: RuleRow = {
    uid: uidOf(next, 'r'),
    id: `rule-${n}`,
    description: '',
    conditions: [condition],
    serve: { mode: 'variant', variant: form.variants[0]?.uid ?? '', weights: [], stickiness: '' },
  };
  return { ...next, rules: [...next.rules, rule], nextUid: next.nextUid + 1 };
}

export function addPrerequisite(form: FlagForm): FlagForm {
  const row = { uid: uidOf(form, 'p'), flagKey: '', variant: '' };
  return { ...form, prerequisites: [...form.prerequisites, row], nextUid: form.nextUid + 1 };
}

/** The live total of a rollout's weights (blank and non-numeric weights count as 0), to two decimals. */
export function weightTotal(weights: readonly WeightRow[]): number {
  const basisPoints = weights.reduce((sum, w) => {
    const n = Number(w.weight);
    return isBlank(w.weight) || !Number.isFinite(n) ? sum : sum + Math.round(n * 100);
  }, 0);
  return basisPoints / 100;
}
