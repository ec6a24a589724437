// GraphQL for managing flags (scope ops; support reads): list, read, create, update, kill switch, archive, rollback.
import { z } from 'zod';
import { changeMeta } from '../auth/actor.js';
import type { Prerequisite, Rule, Variant } from '../evaluation/definitions.js';
import { PAGE_SIZE } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import {
  GIVEN_REASON,
  historyArgs,
  keyedWriteFields,
  rollbackPayload,
} from '../revisions/versioned-schema.js';
import { BOOLEAN_VARIANTS, type Flag, type FlagContent } from './flag.js';
import {
  ConditionInput,
  ConditionRef,
  ServeInput,
  ServeRef,
  toCondition,
  toServe,
} from './targeting-schema.js';

const FlagTypeEnum = builder.enumType('FlagType', { values: ['BOOLEAN', 'VARIANT'] as const });

const VariantRef = builder.objectRef<Variant>('Variant').implement({
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    key: t.exposeString('key'),
    payload: t.field({ type: 'JSON', nullable: true, resolve: (v) => v.payload ?? null }),
  }),
});

const PrerequisiteRef = builder.objectRef<Prerequisite>('Prerequisite').implement({
  authScopes: { ops: true, support: true },
  fields: (t) => ({ flagKey: t.exposeString('flagKey'), variant: t.exposeString('variant') }),
});

const TargetRef = builder.objectRef<{ variant: string; userIds: string[] }>('Target').implement({
  description: 'Individual targeting: these user ids get this variant.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({ variant: t.exposeString('variant'), userIds: t.exposeStringList('userIds') }),
});

const RuleRef = builder.objectRef<Rule>('Rule').implement({
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    id: t.exposeString('id'),
    description: t.string({ resolve: (r) => r.description ?? '' }),
    conditions: t.field({ type: [ConditionRef], resolve: (r) => r.conditions }),
    serve: t.field({ type: ServeRef, resolve: (r) => r.serve }),
  }),
});

export const FlagRef = builder.objectRef<Flag>('Flag').implement({
  description: 'A feature flag and its targeting.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    key: t.exposeString('key'),
    description: t.exposeString('description'),
    type: t.field({ type: FlagTypeEnum, resolve: (f) => f.type }),
    enabled: t.exposeBoolean('enabled', { description: 'The kill switch.' }),
    variants: t.field({ type: [VariantRef], resolve: (f) => f.variants }),
    offVariant: t.exposeString('offVariant'),
    prerequisites: t.field({ type: [PrerequisiteRef], resolve: (f) => f.prerequisites }),
    targets: t.field({ type: [TargetRef], resolve: (f) => f.targets }),
    rules: t.field({ type: [RuleRef], resolve: (f) => f.rules }),
    fallthrough: t.field({ type: ServeRef, resolve: (f) => f.fallthrough }),
    salt: t.string({ resolve: (f) => f.salt ?? f.key }),
    revision: t.exposeInt('revision'),
    archived: t.boolean({ resolve: (f) => f.archivedAt !== null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const FlagPageRef = builder.objectRef<{ items: Flag[]; nextCursor: string | null }>('FlagPage').implement({
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    items: t.field({ type: [FlagRef], resolve: (p) => p.items }),
    nextCursor: t.string({
      nullable: true,
      description: 'Pass as `after` for the next page.',
      resolve: (p) => p.nextCursor,
    }),
  }),
});

const FlagRollbackRef = rollbackPayload('Flag', 'flag', FlagRef);

const VariantInput = builder.inputType('VariantInput', {
  fields: (t) => ({ key: t.string({ required: true }), payload: t.field({ type: 'JSON' }) }),
});
const PrerequisiteInput = builder.inputType('PrerequisiteInput', {
  fields: (t) => ({ flagKey: t.string({ required: true }), variant: t.string({ required: true }) }),
});
const TargetInput = builder.inputType('TargetInput', {
  fields: (t) => ({ variant: t.string({ required: true }), userIds: t.stringList({ required: true }) }),
});
const RuleInput = builder.inputType('RuleInput', {
  fields: (t) => ({
    id: t.string({ required: true }),
    description: t.string(),
    conditions: t.field({ type: [ConditionInput], required: true }),
    serve: t.field({ type: ServeInput, required: true }),
  }),
});

const FlagInput = builder.inputType('FlagInput', {
  description: 'A whole flag definition. BOOLEAN flags may omit variants and offVariant (on/off, off).',
  fields: (t) => ({
    description: t.string({ defaultValue: '', validate: z.string().max(1000) }),
    type: t.field({ type: FlagTypeEnum, required: true }),
    enabled: t.boolean({ required: true }),
    variants: t.field({ type: [VariantInput] }),
    offVariant: t.string(),
    prerequisites: t.field({ type: [PrerequisiteInput], defaultValue: [] }),
    targets: t.field({ type: [TargetInput], defaultValue: [] }),
    rules: t.field({ type: [RuleInput], defaultValue: [] }),
    fallthrough: t.field({ type: ServeInput, required: true }),
    salt: t.string({
      description: 'Bucketing salt; default the flag key. Changing it reshuffles every rollout.',
    }),
  }),
});

type FlagInputShape = typeof FlagInput.$inferInput;

function toContent(input: FlagInputShape): FlagContent {
  const boolean = input.type === 'BOOLEAN';
  return {
    description: input.description ?? '',
    type: input.type,
    enabled: input.enabled,
    variants: input.variants
      ? input.variants.map((v) =>
          v.payload === undefined || v.payload === null ? { key: v.key } : { key: v.key, payload: v.payload },
        )
      : boolean
        ? BOOLEAN_VARIANTS
        : [],
    offVariant: input.offVariant ?? (boolean ? 'off' : ''),
    prerequisites: (input.prerequisites ?? []).map((p) => ({ flagKey: p.flagKey, variant: p.variant })),
    targets: (input.targets ?? []).map((tg) => ({ variant: tg.variant, userIds: tg.userIds })),
    rules: (input.rules ?? []).map((r) => ({
      id: r.id,
      ...(r.description ? { description: r.description } : {}),
      conditions: r.conditions.map(toCondition),
      serve: toServe(r.serve),
    })),
    fallthrough: toServe(input.fallthrough),
    // An empty salt is passed on for the validator to refuse, not taken as the default.
    ...(input.salt != null ? { salt: input.salt } : {}),
  };
}

builder.queryFields((t) => ({
  flags: t.field({
    type: FlagPageRef,
    description: 'Flags ordered by key, a page at a time.',
    authScopes: { ops: true, support: true },
    args: {
      search: t.arg.string({ validate: z.string().max(100) }),
      enabled: t.arg.boolean(),
      includeArchived: t.arg.boolean({ defaultValue: false }),
      first: t.arg.int({ defaultValue: 50, validate: PAGE_SIZE }),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 50;
      const items = await ctx.services.flags.list(
        {
          search: args.search ?? undefined,
          enabled: args.enabled ?? undefined,
          includeArchived: args.includeArchived ?? false,
        },
        first + 1,
        args.after ?? undefined,
      );
      const page = items.slice(0, first);
      return { items: page, nextCursor: items.length > first ? (page.at(-1)?.key ?? null) : null };
    },
  }),
  flag: t.field({
    type: FlagRef,
    nullable: true,
    authScopes: { ops: true, support: true },
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.flags.find(args.key).then((f) => f ?? null),
  }),
  flagRevisions: t.field({
    type: [RevisionRef],
    description: "A flag's revisions, newest first.",
    authScopes: { ops: true, support: true },
    args: historyArgs,
    resolve: (_root, args, ctx) => ctx.services.flags.history(args.key, args.first ?? 50),
  }),
}));

/** Keys one setFlagsEnabled may name. */
const MAX_BATCH_KEYS = 100;

builder.mutationFields((t) => ({
  ...keyedWriteFields(t, {
    name: 'Flag',
    entity: FlagRef,
    rollback: FlagRollbackRef,
    input: FlagInput,
    toContent,
    service: (ctx) => ctx.services.flags,
    descriptions: {
      archive: 'Retires a flag: it evaluates as FLAG_NOT_FOUND. Refused while another flag depends on it.',
    },
  }),
  setFlagEnabled: t.field({
    type: FlagRef,
    description: 'The kill switch. Idempotent: asking for the state in force writes nothing.',
    authScopes: { ops: true },
    args: {
      key: t.arg.string({ required: true }),
      enabled: t.arg.boolean({ required: true }),
      reason: t.arg.string({ required: true, validate: GIVEN_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.flags.setEnabled(args.key, args.enabled, changeMeta(ctx, args.reason)),
  }),
  setFlagsEnabled: t.field({
    type: [FlagRef],
    description:
      'Many kill switches in one change: every flag moves at one configuration revision with one audit row each, or none does (NOT_FOUND names the first unknown key). Flags already in that state are returned unchanged.',
    authScopes: { ops: true },
    args: {
      keys: t.arg.stringList({ required: true, validate: z.array(z.string()).min(1).max(MAX_BATCH_KEYS) }),
      enabled: t.arg.boolean({ required: true }),
      reason: t.arg.string({ required: true, validate: GIVEN_REASON }),
    },
    resolve: async (_root, args, ctx) => {
      const outcomes = await ctx.services.flags.setManyEnabled(
        args.keys,
        args.enabled,
        changeMeta(ctx, args.reason),
      );
      return outcomes.map((o) => o.entity);
    },
  }),
}));
