// GraphQL types shared by flags and segments: conditions, serves, rollouts, and their inputs.
import { z } from 'zod';
import type { Condition, Serve } from '../evaluation/definitions.js';
import { OPERATORS } from '../evaluation/definitions.js';
import { builder } from '../platform/builder.js';

export const OperatorEnum = builder.enumType('Operator', { values: OPERATORS });

export const ConditionRef = builder.objectRef<Condition>('Condition').implement({
  description: 'One test on the evaluation context; a rule matches when all its conditions do.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    attribute: t.exposeString('attribute'),
    operator: t.field({ type: OperatorEnum, resolve: (c) => c.operator }),
    values: t.field({ type: ['JSON'], resolve: (c) => c.values }),
    negate: t.boolean({ resolve: (c) => c.negate ?? false }),
    caseInsensitive: t.boolean({ resolve: (c) => c.caseInsensitive ?? false }),
  }),
});

const WeightRef = builder.objectRef<{ variant: string; weight: number }>('VariantWeight').implement({
  authScopes: { ops: true, support: true },
  fields: (t) => ({ variant: t.exposeString('variant'), weight: t.exposeFloat('weight') }),
});

type RolloutShape = { weights: { variant: string; weight: number }[]; stickiness?: string };

const RolloutRef = builder.objectRef<RolloutShape>('Rollout').implement({
  description: 'A sticky split: variants take consecutive bucket ranges in the order listed.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    weights: t.field({ type: [WeightRef], resolve: (r) => r.weights }),
    stickiness: t.string({
      nullable: true,
      description: 'The attribute hashed for bucketing; null means userId, then sessionId.',
      resolve: (r) => r.stickiness ?? null,
    }),
  }),
});

export const ServeRef = builder.objectRef<Serve>('Serve').implement({
  description: 'What a rule or the fallthrough serves: one variant, or a rollout.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    variant: t.string({ nullable: true, resolve: (s) => s.variant ?? null }),
    rollout: t.field({ type: RolloutRef, nullable: true, resolve: (s) => s.rollout ?? null }),
  }),
});

const jsonValue = z.union([z.string().max(1024), z.number()], { message: 'must be a string or a number' });

export const ConditionInput = builder.inputType('ConditionInput', {
  fields: (t) => ({
    attribute: t.string({ defaultValue: '' }),
    operator: t.field({ type: OperatorEnum, required: true }),
    values: t.field({ type: ['JSON'], defaultValue: [], validate: z.array(jsonValue) }),
    negate: t.boolean({ defaultValue: false }),
    caseInsensitive: t.boolean({ defaultValue: false }),
  }),
});

const WeightInput = builder.inputType('VariantWeightInput', {
  fields: (t) => ({ variant: t.string({ required: true }), weight: t.float({ required: true }) }),
});

const RolloutInput = builder.inputType('RolloutInput', {
  fields: (t) => ({
    weights: t.field({ type: [WeightInput], required: true }),
    stickiness: t.string({ description: 'Attribute to hash; default userId, then sessionId.' }),
  }),
});

export const ServeInput = builder.inputType('ServeInput', {
  description: 'Exactly one of variant or rollout.',
  fields: (t) => ({
    variant: t.string(),
    rollout: t.field({ type: RolloutInput }),
  }),
});

type ConditionInputShape = {
  attribute?: string | null;
  operator: Condition['operator'];
  values?: unknown[] | null;
  negate?: boolean | null;
  caseInsensitive?: boolean | null;
};

export function toCondition(input: ConditionInputShape): Condition {
  return {
    attribute: input.attribute ?? '',
    operator: input.operator,
    values: (input.values ?? []) as Array<string | number>,
    // Only what was given: the service stores the canonical form (false options left out).
    ...(input.negate != null ? { negate: input.negate } : {}),
    ...(input.caseInsensitive != null ? { caseInsensitive: input.caseInsensitive } : {}),
  };
}

type ServeInputShape = {
  variant?: string | null;
  rollout?: { weights: { variant: string; weight: number }[]; stickiness?: string | null } | null;
};

export function toServe(input: ServeInputShape): Serve {
  // Passed through as given: the engine's validator reports "exactly one of variant or rollout" with its
  // path, inside the audited write.
  const rollout = input.rollout
    ? {
        weights: input.rollout.weights.map((w) => ({ variant: w.variant, weight: w.weight })),
        // An empty stickiness is passed on for the validator to refuse, not taken as the default.
        ...(input.rollout.stickiness != null ? { stickiness: input.rollout.stickiness } : {}),
      }
    : undefined;
  return {
    ...(input.variant != null ? { variant: input.variant } : {}),
    ...(rollout ? { rollout } : {}),
  } as Serve;
}
