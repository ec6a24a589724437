// The pure translation of an Unleash state into Augur flags and segments (unleash-v1), with what is refused.
import type { Condition, Prerequisite, Rule, Serve } from '../evaluation/definitions.js';
import { LIMITS } from '../evaluation/limits.js';
import { BOOLEAN_VARIANTS, type FlagContent } from '../flags/flag.js';
import type { SegmentContent } from '../segments/segment.js';
import { translateConstraint } from './unleash-constraints.js';
import { keysFor } from './unleash-keys.js';
import type { UnleashConstraint, UnleashFeature, UnleashState, UnleashStrategy } from './unleash-state.js';
import { strategyAlternatives } from './unleash-strategies.js';
import { collectVariants, ENABLED_NO_VARIANT, type VariantServe, variantServes } from './unleash-variants.js';

export interface Imported<C> {
  /** The Unleash name (segments: `name` or `#id`). */
  name: string;
  key: string;
  content: C;
}

export interface ImportNote {
  kind: 'feature' | 'segment' | 'state';
  name: string;
  reason: string;
}

export interface UnleashTranslation {
  segments: Array<Imported<SegmentContent>>;
  /** Parents before the flags that depend on them. */
  flags: Array<Imported<FlagContent>>;
  /** Not imported, each with the reason. */
  refused: ImportNote[];
  /** Imported, with something worth knowing (a strategy that can never match, a dependency never met). */
  notes: ImportNote[];
}

type Conditions = Condition[] | { refused: string } | 'never';

/** A list of constraints ANDed: conditions, never (a constant false), or refused. */
function constraintsOf(constraints: ReadonlyArray<UnleashConstraint | null> | undefined): Conditions {
  const out: Condition[] = [];
  for (const constraint of constraints ?? []) {
    const translated = translateConstraint(constraint);
    if (translated === false) return 'never';
    if (translated === true) continue;
    if ('refused' in translated) return translated;
    out.push(translated);
  }
  return out;
}

const segmentName = (s: { id: number; name?: string }) => (s.name ? s.name : `#${s.id}`);

interface Context {
  segmentKeys: Map<number, string | null>;
  flagKeys: Map<string, string>;
  features: Map<string, UnleashFeature>;
  refusedFeatures: Set<string>;
}

/** Rules for one strategy: each alternative of its own test, times each override, then the split. */
function strategyRules(
  feature: UnleashFeature,
  strategy: UnleashStrategy,
  index: number,
  ctx: Context,
): Rule[] | { refused: string } | { never: string } {
  const constraints = constraintsOf(strategy.constraints);
  if (constraints === 'never') return { never: 'a constraint can never match' };
  if ('refused' in constraints) return constraints;
  const segments: Condition[] = [];
  for (const id of strategy.segments ?? []) {
    const key = ctx.segmentKeys.get(id);
    if (key === undefined) return { never: `segment ${id} is not in the state` };
    if (key === null) return { refused: `segment ${id} was refused` };
    segments.push({ attribute: '', operator: 'IN_SEGMENT', values: [key] });
  }
  const alternatives = strategyAlternatives(strategy);
  if (!Array.isArray(alternatives)) return alternatives;
  const own = strategy.variants ?? [];
  const first = own[0];
  const params = strategy.parameters ?? {};
  // Strategy variants hash with the strategy's groupId (as the SDK formats it, "undefined" when unset).
  const fromStrategy = variantServes(
    own,
    String(params.groupId),
    first?.stickiness || (params.stickiness as string | undefined),
  );
  if (fromStrategy && 'refused' in fromStrategy) return fromStrategy;
  const serves = fromStrategy ?? featureServes(feature);
  if ('refused' in serves) return serves;
  const rules: Rule[] = [];
  alternatives.forEach((alternative, a) => {
    serves.forEach((served, o) => {
      rules.push({
        id: `s${index}${alternatives.length > 1 ? `a${a}` : ''}${serves.length > 1 ? `o${o}` : ''}`,
        conditions: [...constraints, ...segments, ...alternative, ...served.conditions],
        serve: served.serve,
      });
    });
  });
  return rules;
}

/** What an enabled feature serves when no strategy variant applies: its own variants, or on. */
function featureServes(feature: UnleashFeature): VariantServe[] | { refused: string } {
  const variants = feature.variants ?? [];
  const served = variantServes(variants, feature.name, variants[0]?.stickiness);
  return served ?? [{ conditions: [], serve: ENABLED_NO_VARIANT }];
}

/** Unleash's dependency check as prerequisites; `never` when Unleash can never satisfy it. */
function prerequisitesOf(
  feature: UnleashFeature,
  ctx: Context,
  variantsOf: (name: string) => string[],
): Prerequisite[] | { never: string } | { refused: string } {
  const out: Prerequisite[] = [];
  for (const dependency of feature.dependencies ?? []) {
    const name = String(dependency.feature);
    const parent = ctx.features.get(name);
    if (!parent) return { never: `its parent ${name} is not in the state` };
    if ((parent.dependencies ?? []).length > 0) {
      return { never: `its parent ${name} has dependencies of its own, which Unleash never satisfies` };
    }
    if (ctx.refusedFeatures.has(name)) return { refused: `its parent ${name} was refused` };
    const flagKey = ctx.flagKeys.get(name) as string;
    if (dependency.enabled === false) {
      out.push({ flagKey, variant: 'off' });
      continue;
    }
    const own = variantsOf(name);
    const wanted = dependency.variants?.length
      ? [
          ...own.filter((v) => dependency.variants?.includes(v)),
          ...(dependency.variants.includes('disabled') ? ['on'] : []),
        ]
      : ['on', ...own];
    const [variant, ...anyOf] = wanted;
    if (variant === undefined) return { never: `its parent ${name} has none of the variants it requires` };
    out.push({ flagKey, variant, ...(anyOf.length > 0 ? { anyOf } : {}) });
  }
  return out;
}

function translateFeature(
  feature: UnleashFeature,
  ctx: Context,
  variantsOf: (name: string) => string[],
  notes: ImportNote[],
): FlagContent | { refused: string } {
  const strategies = feature.strategies ?? [];
  const variants = collectVariants([feature.variants ?? [], ...strategies.map((s) => s.variants ?? [])]);
  if ('refused' in variants) return variants;
  if (variants.length + 2 > LIMITS.variants) return { refused: `more than ${LIMITS.variants - 2} variants` };
  const note = (reason: string) => notes.push({ kind: 'feature', name: feature.name, reason });
  let rules: Rule[] = [];
  for (const [i, strategy] of strategies.entries()) {
    const translated = strategyRules(feature, strategy, i, ctx);
    if ('refused' in translated)
      return { refused: `strategy ${i} (${strategy.name}): ${translated.refused}` };
    if ('never' in translated)
      note(`strategy ${i} (${strategy.name}) never matches (${translated.never}): left out`);
    else rules.push(...translated);
  }
  if (rules.length > LIMITS.rules) return { refused: `more than ${LIMITS.rules} rules once translated` };
  let fallthrough: Serve = { variant: 'off' };
  if (strategies.length === 0) {
    const serves = featureServes(feature);
    if ('refused' in serves) return serves;
    rules = serves.slice(0, -1).map((s, o) => ({ id: `v${o}`, conditions: s.conditions, serve: s.serve }));
    fallthrough = (serves.at(-1) as VariantServe).serve;
  }
  let prerequisites = prerequisitesOf(feature, ctx, variantsOf);
  if ('refused' in prerequisites) return prerequisites;
  if ('never' in prerequisites) {
    note(`never enabled: ${prerequisites.never}; imported without rules`);
    prerequisites = [];
    rules = [];
    fallthrough = { variant: 'off' };
  }
  const boolean = variants.length === 0;
  return {
    description: String(feature.description ?? '').slice(0, 1000),
    type: boolean ? 'BOOLEAN' : 'VARIANT',
    enabled: feature.enabled === true,
    variants: boolean ? BOOLEAN_VARIANTS : [{ key: 'off' }, { key: 'on' }, ...variants],
    offVariant: 'off',
    prerequisites,
    targets: [],
    rules,
    fallthrough,
    bucketing: 'unleash-v1',
  };
}

/** Translates a state. `keyPrefix` (snake_case) starts every key, so several states can live side by side. */
export function translateUnleash(state: UnleashState, keyPrefix = ''): UnleashTranslation {
  const refused: ImportNote[] = [];
  const notes: ImportNote[] = [];
  const segmentNames = keysFor(state.segments.map(segmentName), keyPrefix);
  const segments: Array<Imported<SegmentContent>> = [];
  const segmentKeys = new Map<number, string | null>();
  for (const segment of state.segments) {
    const name = segmentName(segment);
    const key = segmentNames.get(name) as string;
    const conditions = constraintsOf(segment.constraints);
    if (conditions !== 'never' && 'refused' in conditions) {
      refused.push({ kind: 'segment', name, reason: conditions.refused });
      segmentKeys.set(segment.id, null);
      continue;
    }
    segmentKeys.set(segment.id, key);
    segments.push({
      name,
      key,
      content: {
        description: `Unleash segment ${name}`,
        included: [],
        excluded: [],
        rules: conditions === 'never' ? [] : [{ conditions }],
        bucketing: 'unleash-v1',
      },
    });
  }
  const features = new Map(state.features.map((f) => [f.name, f]));
  const ctx: Context = {
    segmentKeys,
    flagKeys: keysFor([...features.keys()], keyPrefix),
    features,
    refusedFeatures: new Set(),
  };
  const variantNames = new Map<string, string[]>();
  const flags: Array<Imported<FlagContent>> = [];
  // Parents first: Unleash only honours parents without dependencies, so two passes order them.
  const ordered = [...features.values()].sort(
    (a, b) => Number((a.dependencies ?? []).length > 0) - Number((b.dependencies ?? []).length > 0),
  );
  for (const feature of ordered) {
    const content = translateFeature(feature, ctx, (name) => variantNames.get(name) ?? [], notes);
    if ('refused' in content) {
      ctx.refusedFeatures.add(feature.name);
      refused.push({ kind: 'feature', name: feature.name, reason: content.refused });
      continue;
    }
    variantNames.set(
      feature.name,
      content.type === 'BOOLEAN' ? [] : content.variants.slice(2).map((v) => v.key),
    );
    flags.push({ name: feature.name, key: ctx.flagKeys.get(feature.name) as string, content });
  }
  return { segments, flags, refused, notes };
}
