// A flag as stored and managed: the engine's definition plus description and lifecycle timestamps.
import { canonicalCondition, mapList } from '../evaluation/canonical.js';
import type { FlagDefinition, Rule, Serve, Variant } from '../evaluation/definitions.js';
import { isRecord } from '../evaluation/validate-parts.js';

export interface Flag extends FlagDefinition {
  description: string;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The editable content of a flag: what a revision stores and a rollback restores. */
export type FlagContent = Omit<FlagDefinition, 'key' | 'revision'> & { description: string };

export function flagContent(flag: Flag | (FlagContent & { key?: string; revision?: number })): FlagContent {
  return {
    description: flag.description,
    type: flag.type,
    enabled: flag.enabled,
    variants: flag.variants,
    offVariant: flag.offVariant,
    prerequisites: flag.prerequisites,
    targets: flag.targets,
    rules: flag.rules,
    fallthrough: flag.fallthrough,
    ...(flag.salt !== undefined ? { salt: flag.salt } : {}),
    ...(flag.bucketing !== undefined && flag.bucketing !== null ? { bucketing: flag.bucketing } : {}),
  };
}

/**
 * The stored form of a flag's content, so equal definitions are stored and diffed identically whatever the
 * client sent: false `negate` / `caseInsensitive`, null payloads and stickiness, empty rule descriptions and
 * a salt equal to the key (the engine's default salt, so bucketing is unchanged) are left out; order is kept.
 * Anything that changes meaning or is malformed (an empty salt or stickiness) passes through for the validator.
 */
export function canonicalFlagContent(key: string, content: FlagContent): FlagContent {
  const { salt, ...rest } = flagContent(content);
  return {
    ...rest,
    variants: mapList(rest.variants, canonicalVariant),
    prerequisites: mapList(rest.prerequisites, (p) => ({
      flagKey: p.flagKey,
      variant: p.variant,
      ...(p.anyOf != null ? { anyOf: p.anyOf } : {}),
    })),
    targets: mapList(rest.targets, (t) => ({ variant: t.variant, userIds: t.userIds })),
    rules: mapList(rest.rules, canonicalRule),
    fallthrough: canonicalServe(rest.fallthrough),
    ...(salt === undefined || salt === null || salt === key ? {} : { salt }),
  };
}

function canonicalVariant(variant: Variant): Variant {
  return variant.payload === undefined || variant.payload === null
    ? { key: variant.key }
    : { key: variant.key, payload: variant.payload };
}

function canonicalRule(rule: Rule): Rule {
  return {
    id: rule.id,
    ...(rule.description ? { description: rule.description } : {}),
    conditions: mapList(rule.conditions, canonicalCondition),
    serve: canonicalServe(rule.serve),
  };
}

function canonicalServe(serve: Serve): Serve {
  if (!isRecord(serve)) return serve;
  // Both or neither of variant / rollout pass through: the validator reports them at their path.
  const rollout = isRecord(serve.rollout)
    ? {
        weights: mapList(serve.rollout.weights, (w) => ({ variant: w.variant, weight: w.weight })),
        ...(serve.rollout.stickiness != null ? { stickiness: serve.rollout.stickiness } : {}),
        ...(serve.rollout.groupId != null ? { groupId: serve.rollout.groupId } : {}),
      }
    : serve.rollout;
  return {
    ...(serve.variant != null ? { variant: serve.variant } : {}),
    ...(rollout != null ? { rollout } : {}),
  } as Serve;
}

export const BOOLEAN_VARIANTS = [{ key: 'on' }, { key: 'off' }];
