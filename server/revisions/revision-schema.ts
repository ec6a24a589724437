// GraphQL type for revisions (history views of flags, segments, the persona and tenant settings).
import { actorLabelsFor } from '../audit/actor-labels.js';
import { builder } from '../platform/builder.js';
import type { DiffEntry, Revision } from './revision.js';

const DiffChangeEnum = builder.enumType('DiffChange', {
  description: 'How a path changed between two revisions.',
  values: ['CREATE', 'REMOVE', 'CHANGE'] as const,
});

const DiffEntryRef = builder.objectRef<DiffEntry>('DiffEntry').implement({
  authScopes: { ops: true, support: true, platform: true },
  fields: (t) => ({
    path: t.exposeString('path'),
    change: t.field({ type: DiffChangeEnum, resolve: (d) => d.change }),
    from: t.field({ type: 'JSON', nullable: true, resolve: (d) => d.from ?? null }),
    to: t.field({ type: 'JSON', nullable: true, resolve: (d) => d.to ?? null }),
  }),
});

export const RevisionRef = builder.objectRef<Revision>('Revision').implement({
  description: 'An immutable snapshot of an entity after a change.',
  authScopes: { ops: true, support: true, platform: true },
  fields: (t) => ({
    entityType: t.exposeString('entityType'),
    entityKey: t.exposeString('entityKey'),
    revision: t.exposeInt('revision'),
    tenantId: t.exposeID('tenantId', {
      nullable: true,
      description: 'The tenant the revision concerns; null for global configuration.',
    }),
    configRevision: t.int({ nullable: true, resolve: (r) => r.configRevision }),
    action: t.exposeString('action'),
    content: t.field({ type: 'JSON', resolve: (r) => r.content }),
    diff: t.field({ type: [DiffEntryRef], resolve: (r) => r.diff }),
    actor: t.exposeString('actor', { description: '`user:<id>`, `apiKey:<id>` or `system`, as stored.' }),
    actorLabel: t.string({
      description:
        "Who made the change, for people: the account's email when the actor is an account of the caller's tenant, else the actor as stored.",
      resolve: (r, _args, ctx) => actorLabelsFor(ctx).label(r.actor),
    }),
    reason: t.exposeString('reason'),
    requestId: t.exposeString('requestId'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
