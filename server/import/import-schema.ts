// GraphQL for imports: importUnleash (ops), a dry run or one audited batch of flags and segments.
import { z } from 'zod';
import { changeMeta } from '../auth/actor.js';
import { CHANGE_REASON } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import type { ImportedEntity, ImportReport } from './unleash-import-service.js';
import type { ImportNote } from './unleash-translate.js';

const ActionEnum = builder.enumType('ImportAction', {
  description: 'CREATE: new. UPDATE: an earlier import changed. UNCHANGED: already as the file says.',
  values: ['CREATE', 'UPDATE', 'UNCHANGED'] as const,
});

const EntityRef = builder.objectRef<ImportedEntity>('ImportedEntity').implement({
  authScopes: { ops: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name in Unleash.' }),
    key: t.exposeString('key', { description: 'The Augur key.' }),
    action: t.field({ type: ActionEnum, resolve: (e) => e.action }),
  }),
});

const NoteRef = builder.objectRef<ImportNote>('ImportNote').implement({
  authScopes: { ops: true },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'feature, segment or state.' }),
    name: t.exposeString('name'),
    reason: t.exposeString('reason'),
  }),
});

const ReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  description: 'What an import wrote (or, in a dry run, would write), what it refused and why.',
  authScopes: { ops: true },
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun'),
    flags: t.field({ type: [EntityRef], resolve: (r) => r.flags }),
    segments: t.field({ type: [EntityRef], resolve: (r) => r.segments }),
    refused: t.field({
      type: [NoteRef],
      description: 'Not imported, with the reason.',
      resolve: (r) => r.refused,
    }),
    notes: t.field({ type: [NoteRef], description: 'Imported, with a remark.', resolve: (r) => r.notes }),
  }),
});

builder.mutationFields((t) => ({
  importUnleash: t.field({
    type: ReportRef,
    description:
      'Imports an Unleash client state ({ features, segments } or delta { events }) as unleash-v1 flags and segments, in one batch. Importing the same state twice changes nothing.',
    authScopes: { ops: true },
    args: {
      state: t.arg({ type: 'JSON', required: true }),
      dryRun: t.arg.boolean({ defaultValue: false }),
      keyPrefix: t.arg.string({
        description: 'Starts every key (snake_case, at most 20 characters), so several states can coexist.',
        validate: z.string().max(20),
      }),
      reason: t.arg.string({ validate: CHANGE_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.unleashImport.import(
        args.state,
        { dryRun: args.dryRun ?? false, keyPrefix: args.keyPrefix ?? undefined },
        changeMeta(ctx, args.reason ?? 'Unleash import'),
      ),
  }),
}));
