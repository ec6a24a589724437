// GraphQL for propagation (ops): how far a configuration revision, or a flag's latest change, got on every
// instance ("reached N of M open clients in X ms"), and the live share of clients on the latest revision.
import { z } from 'zod';
import { builder } from '../platform/builder.js';
import type { InstancePropagation, RevisionPropagation } from './propagation-service.js';

const OPS = { ops: true } as const;

const InstancePropagationRef = builder.objectRef<InstancePropagation>('InstancePropagation').implement({
  description: "One instance's part of a revision's propagation, and its live gauge.",
  authScopes: OPS,
  fields: (t) => ({
    instance: t.exposeString('instance'),
    self: t.exposeBoolean('self', { description: 'The instance that answered (its figures are live).' }),
    reportedAt: t.expose('reportedAt', { type: 'DateTime' }),
    clients: t.exposeInt('clients', { description: 'Open WebSocket flag streams on the instance now.' }),
    onLatest: t.exposeInt('onLatest', {
      description: 'Of those, the ones that have read every update sent.',
    }),
    latestRevision: t.exposeInt('latestRevision'),
    shareOnLatest: t.exposeFloat('shareOnLatest', { nullable: true }),
    open: t.exposeInt('open'),
    reached: t.exposeInt('reached'),
    applied: t.exposeInt('applied'),
    lost: t.exposeInt('lost'),
    p50Ms: t.exposeFloat('p50Ms', { nullable: true }),
    p99Ms: t.exposeFloat('p99Ms', { nullable: true }),
    slowestMs: t.exposeFloat('slowestMs', { nullable: true }),
  }),
});

const RevisionPropagationRef = builder.objectRef<RevisionPropagation>('RevisionPropagation').implement({
  description:
    'How far a configuration revision got: of the open clients it changed something for (open), how many read it (reached) and applied it, and how long after commit (docs/propagation.md).',
  authScopes: OPS,
  fields: (t) => ({
    revision: t.exposeInt('revision'),
    flagKey: t.exposeString('flagKey', { nullable: true }),
    committedAt: t.expose('committedAt', { type: 'DateTime', nullable: true }),
    open: t.exposeInt('open', { description: 'Open clients the revision sent an update to (the M).' }),
    reached: t.exposeInt('reached', { description: 'Of those, the ones that read it (the N).' }),
    applied: t.exposeInt('applied', {
      description: 'Of those, the ones that said they applied it (web app).',
    }),
    lost: t.exposeInt('lost', { description: 'Clients that closed before reading it (not in open).' }),
    p50Ms: t.exposeFloat('p50Ms', { nullable: true, description: 'Commit to read, median.' }),
    p99Ms: t.exposeFloat('p99Ms', { nullable: true }),
    slowestMs: t.exposeFloat('slowestMs', { nullable: true }),
    complete: t.exposeBoolean('complete', { description: 'reached = open.' }),
    instances: t.field({ type: [InstancePropagationRef], resolve: (p) => p.instances }),
  }),
});

builder.queryFields((t) => ({
  propagation: t.field({
    type: RevisionPropagationRef,
    authScopes: OPS,
    description: 'How far a configuration revision got on every live instance.',
    args: { revision: t.arg.int({ required: true, validate: z.number().int().min(0) }) },
    resolve: (_root, args, ctx) => ctx.services.propagation.propagation(args.revision),
  }),
  flagPropagation: t.field({
    type: RevisionPropagationRef,
    nullable: true,
    authScopes: OPS,
    description: "How far a flag's latest change got; null for an unknown flag.",
    args: { flagKey: t.arg.string({ required: true, validate: z.string().min(1).max(64) }) },
    resolve: (_root, args, ctx) => ctx.services.propagation.flagPropagation(args.flagKey),
  }),
}));
