// GraphQL for segments (cohorts): list, read, used by, membership, create, update, archive, rollback (ops; support reads).
import { z } from 'zod';
import { EvaluationContextInput, explainContext } from '../flags/evaluation-schema.js';
import { ConditionInput, ConditionRef, toCondition } from '../flags/targeting-schema.js';
import { builder } from '../platform/builder.js';
import { AugurError } from '../platform/errors.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import { historyArgs, keyedWriteFields, rollbackPayload } from '../revisions/versioned-schema.js';
import type { Segment, SegmentContent } from './segment.js';
import { explainMembership, MEMBERSHIP_REASONS, type Membership } from './segment-membership.js';
import { flagsUsingSegment } from './segment-usage.js';

const SegmentRuleRef = builder.objectRef<Segment['rules'][number]>('SegmentRule').implement({
  authScopes: { ops: true, support: true },
  fields: (t) => ({ conditions: t.field({ type: [ConditionRef], resolve: (r) => r.conditions }) }),
});

const SegmentRef = builder.objectRef<Segment>('Segment').implement({
  description: 'A named, reusable cohort: explicit members plus attribute rules.',
  authScopes: { ops: true, support: true },
  fields: (t) => ({
    key: t.exposeString('key'),
    description: t.exposeString('description'),
    included: t.exposeStringList('included', { description: 'User ids always in (unless excluded).' }),
    excluded: t.exposeStringList('excluded', { description: 'User ids never in; wins over everything.' }),
    rules: t.field({ type: [SegmentRuleRef], resolve: (s) => s.rules }),
    revision: t.exposeInt('revision'),
    archived: t.boolean({ resolve: (s) => s.archivedAt !== null }),
    usedBy: t.stringList({
      description: 'Keys of the live flags with a rule condition IN_SEGMENT naming this segment, sorted.',
      resolve: (s, _args, ctx) => {
        const set = ctx.services.evaluator.current();
        const flags = [...set.keys()].flatMap((key) => set.definition(key) ?? []);
        return flagsUsingSegment(flags, s.key);
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const MembershipReason = builder.enumType('SegmentMembershipReason', { values: MEMBERSHIP_REASONS });

const MembershipRef = builder
  .objectRef<Membership & { userId: string | null }>('SegmentMembership')
  .implement({
    description:
      'Whether a context is in a segment, and why: excluded ids, then included ids, then any rule.',
    authScopes: { ops: true },
    fields: (t) => ({
      member: t.exposeBoolean('member'),
      reason: t.field({ type: MembershipReason, resolve: (m) => m.reason }),
      ruleIndex: t.int({
        nullable: true,
        description: '0-based, when a rule matched.',
        resolve: (m) => m.ruleIndex,
      }),
      userId: t.string({ nullable: true, description: 'The user id checked.', resolve: (m) => m.userId }),
      rules: t.stringList({ description: 'Each rule, condition by condition.', resolve: (m) => m.rules }),
    }),
  });

const SegmentRollbackRef = rollbackPayload('Segment', 'segment', SegmentRef);

const SegmentRuleInput = builder.inputType('SegmentRuleInput', {
  fields: (t) => ({ conditions: t.field({ type: [ConditionInput], required: true }) }),
});

const SegmentInput = builder.inputType('SegmentInput', {
  fields: (t) => ({
    description: t.string({ defaultValue: '', validate: z.string().max(1000) }),
    included: t.stringList({ defaultValue: [] }),
    excluded: t.stringList({ defaultValue: [] }),
    rules: t.field({ type: [SegmentRuleInput], defaultValue: [] }),
  }),
});

function toContent(input: typeof SegmentInput.$inferInput): SegmentContent {
  return {
    description: input.description ?? '',
    included: input.included ?? [],
    excluded: input.excluded ?? [],
    rules: (input.rules ?? []).map((r) => ({ conditions: r.conditions.map(toCondition) })),
  };
}

builder.queryFields((t) => ({
  segments: t.field({
    type: [SegmentRef],
    authScopes: { ops: true, support: true },
    resolve: (_root, _args, ctx) => ctx.services.segments.list(),
  }),
  segment: t.field({
    type: SegmentRef,
    nullable: true,
    authScopes: { ops: true, support: true },
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.segments.find(args.key).then((s) => s ?? null),
  }),
  segmentMembership: t.field({
    type: MembershipRef,
    description:
      'Is this context in the segment in force, and why? With userEmail, the context is that account (of tenantId, or your tenant).',
    authScopes: { ops: true },
    args: {
      key: t.arg.string({ required: true }),
      context: t.arg({ type: EvaluationContextInput, required: true }),
      userEmail: t.arg.string({ validate: z.string().trim().min(1, 'must not be empty').max(254) }),
      tenantId: t.arg.id({
        description: 'The tenant whose account userEmail names; your own by default.',
        validate: z.uuid({ message: 'must be a tenant id (UUID)' }),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const tenantId = args.tenantId == null ? null : String(args.tenantId);
      const context = await explainContext(ctx, args.context, args.userEmail, tenantId);
      const found = explainMembership(ctx.services.evaluator.current(), args.key, context);
      if (!found) throw new AugurError('NOT_FOUND', `Segment ${args.key} not found`);
      return { ...found, userId: typeof context.userId === 'string' ? context.userId : null };
    },
  }),
  segmentRevisions: t.field({
    type: [RevisionRef],
    authScopes: { ops: true, support: true },
    args: historyArgs,
    resolve: (_root, args, ctx) => ctx.services.segments.history(args.key, args.first ?? 50),
  }),
}));

builder.mutationFields((t) =>
  keyedWriteFields(t, {
    name: 'Segment',
    entity: SegmentRef,
    rollback: SegmentRollbackRef,
    input: SegmentInput,
    toContent,
    service: (ctx) => ctx.services.segments,
    descriptions: {
      archive: 'Retires a segment: it leaves the list and evaluation. Refused while a live flag uses it.',
    },
  }),
);
