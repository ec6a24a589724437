// GraphQL subscriptions: myFlagUpdates (users), flagUpdates (API keys), flagChanges (ops).
import { z } from 'zod';
import {
  ClientContextInput,
  EvaluationContextInput,
  EvaluationResultRef,
  inTenant,
  keysArg,
} from '../flags/evaluation-schema.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { builder } from '../platform/builder.js';
import type { ChangeFeedItem } from './change-feed.js';
import type { FlagUpdate } from './fan-out.js';

const FlagUpdateRef = builder.objectRef<FlagUpdate>('FlagUpdate').implement({
  description:
    'Evaluated flags pushed to a client: a full snapshot first, then only the flags that changed for it.',
  authScopes: { user: true, apiKey: true },
  fields: (t) => ({
    configRevision: t.exposeInt('configRevision', {
      description: 'Send this back as sinceRevision when reconnecting.',
    }),
    full: t.exposeBoolean('full', { description: 'True when flags is the complete set, false for a delta.' }),
    flags: t.field({ type: [EvaluationResultRef], resolve: (u) => u.flags }),
  }),
});

const FlagChangeRef = builder.objectRef<ChangeFeedItem>('FlagChange').implement({
  description: 'A committed configuration change: a flag, a segment or the persona.',
  authScopes: { ops: true },
  fields: (t) => ({
    targetType: t.exposeString('targetType'),
    key: t.exposeString('key'),
    action: t.exposeString('action'),
    revision: t.exposeInt('revision'),
    configRevision: t.exposeInt('configRevision'),
    actor: t.exposeString('actor'),
    summary: t.exposeString('summary'),
    at: t.exposeString('at'),
  }),
});

const sinceArg = z.number().int().min(0);

builder.subscriptionType({});

builder.subscriptionFields((t) => ({
  myFlagUpdates: t.withAuth({ user: true }).field({
    type: FlagUpdateRef,
    description:
      "The caller's flags, live: a snapshot, then a message whenever a result changes for this caller.",
    args: {
      sinceRevision: t.arg.int({ validate: sinceArg }),
      context: t.arg({ type: ClientContextInput }),
      keys: t.arg.stringList({ validate: keysArg }),
    },
    subscribe: (_root, args, ctx) => {
      const viewer = ctx.viewer;
      const clientContext = (args.context ?? {}) as Parameters<typeof FlagEvaluator.accountContext>[1];
      return ctx.services.realtime.flagStream({
        context: FlagEvaluator.accountContext(viewer, clientContext),
        keys: args.keys ?? undefined,
        sinceRevision: args.sinceRevision ?? undefined,
        expiresAt: viewer.expiresAt,
        stillAllowed: () => ctx.services.auth.stillValid(viewer),
        account: { kind: 'user', userId: viewer.userId },
        contextNow: async () => {
          const now = await ctx.services.auth.currentViewer(viewer);
          return now && FlagEvaluator.accountContext(now, clientContext);
        },
        receipts: ctx.receipts,
      });
    },
    resolve: (update) => update,
  }),
  flagUpdates: t.withAuth({ apiKeyEvaluate: true }).field({
    type: FlagUpdateRef,
    description: "A third party's live results for one of its users (inside the key's tenant).",
    args: {
      context: t.arg({ type: EvaluationContextInput, required: true }),
      keys: t.arg.stringList({ validate: keysArg }),
      sinceRevision: t.arg.int({ validate: sinceArg }),
    },
    subscribe: (_root, args, ctx) => {
      const viewer = ctx.viewer;
      return ctx.services.realtime.flagStream({
        context: inTenant(args.context, viewer.tenantId),
        keys: args.keys ?? undefined,
        sinceRevision: args.sinceRevision ?? undefined,
        stillAllowed: () => ctx.services.auth.stillValid(viewer),
        account: { kind: 'apiKey', apiKeyId: viewer.apiKeyId },
        receipts: ctx.receipts,
      });
    },
    resolve: (update) => update,
  }),
  flagChanges: t.withAuth({ ops: true }).field({
    type: FlagChangeRef,
    description:
      'Every committed configuration change (flag, segment, persona), from every instance, in configRevision order and each once, Redis or not. Changes the bus does not deliver are replayed from the revision history.',
    args: {
      sinceRevision: t.arg.int({
        validate: sinceArg,
        description:
          'The last configRevision received: the changes committed after it are replayed first, then the live ones.',
      }),
    },
    subscribe: (_root, args, ctx) => {
      const viewer = ctx.viewer;
      return ctx.services.realtime.changes({
        sinceRevision: args.sinceRevision ?? undefined,
        expiresAt: viewer.expiresAt,
        stillAllowed: () => ctx.services.auth.stillValid(viewer),
        account: { kind: 'user', userId: viewer.userId },
      });
    },
    resolve: (change) => change,
  }),
}));
