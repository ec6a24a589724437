// GraphQL for segments (cohorts): list, read, create, update, rollback (scope ops; support reads).
import { z } from 'zod';
import { changeMeta } from '../auth/actor.js';
import { ConditionInput, ConditionRef, toCondition } from '../flags/targeting-schema.js';
import { builder } from '../platform/builder.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import {
  createArgs,
  historyArgs,
  keyedRollbackArgs,
  rollbackPayload,
  updateArgs,
} from '../revisions/versioned-schema.js';
import type { Segment, SegmentContent } from './segment.js';

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
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
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
  segmentRevisions: t.field({
    type: [RevisionRef],
    authScopes: { ops: true, support: true },
    args: historyArgs,
    resolve: (_root, args, ctx) => ctx.services.segments.history(args.key, args.first ?? 50),
  }),
}));

builder.mutationFields((t) => ({
  createSegment: t.field({
    type: SegmentRef,
    authScopes: { ops: true },
    args: { ...createArgs, input: t.arg({ type: SegmentInput, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.segments.create(args.key, toContent(args.input), changeMeta(ctx, args.reason)),
  }),
  updateSegment: t.field({
    type: SegmentRef,
    authScopes: { ops: true },
    args: { ...updateArgs, input: t.arg({ type: SegmentInput, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.segments.update(
        args.key,
        args.expectedRevision,
        toContent(args.input),
        changeMeta(ctx, args.reason),
      ),
  }),
  rollbackSegment: t.field({
    type: SegmentRollbackRef,
    authScopes: { ops: true },
    args: keyedRollbackArgs,
    resolve: (_root, args, ctx) =>
      ctx.services.segments.rollback(args.key, args.toRevision, changeMeta(ctx, args.reason)),
  }),
}));
