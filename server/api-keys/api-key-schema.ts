// GraphQL for API keys: platform issues and revokes them for any tenant, a tenant admin for its own (another
// tenant's is NOT_FOUND); each key has scopes (evaluate, modules); a key can ask who it is.
import { z } from 'zod';
import { actorLabelsFor } from '../audit/actor-labels.js';
import { actorOf, userActor } from '../auth/actor.js';
import { builder } from '../platform/builder.js';
import type { Context } from '../platform/context.js';
import { AugurError } from '../platform/errors.js';
import { ownTenant, TenantRef } from '../tenants/tenant-schema.js';
import { API_KEY_SCOPES, type ApiKey, type ApiKeyScope } from './api-key.js';

const ApiKeyScopeEnum = builder.enumType('ApiKeyScope', {
  description: 'EVALUATE: evaluate flags for the tenant; MODULES: run modules for one of its users.',
  values: API_KEY_SCOPES.map((s) => s.toUpperCase()) as ['EVALUATE', 'MODULES'],
});

const keyMeta = (ctx: Context) => ({
  actor: actorOf(ctx),
  userId: ctx.viewer?.kind === 'account' ? ctx.viewer.userId : null,
  requestId: ctx.requestId,
});

const ApiKeyRef = builder.objectRef<ApiKey>('ApiKey').implement({
  description: 'A third-party credential for one tenant. Its secret is never readable after creation.',
  authScopes: { platform: true, tenantAdmin: true, apiKey: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    scopes: t.field({
      type: [ApiKeyScopeEnum],
      resolve: (key) => key.scopes.map((s) => s.toUpperCase() as 'EVALUATE'),
    }),
    createdBy: t.exposeID('createdBy', { nullable: true, description: 'The account that created the key.' }),
    createdByLabel: t.string({
      nullable: true,
      // People's emails are for the key's managers, not for the key itself.
      authScopes: { platform: true, tenantAdmin: true },
      description:
        "The creator for people: its email when the account is of the caller's tenant, else `user:<id>`.",
      resolve: (key, _args, ctx) =>
        key.createdBy === null ? null : actorLabelsFor(ctx).label(userActor(key.createdBy)),
    }),
    prefix: t.exposeString('prefix', { description: 'The visible part of the secret, to recognise a key.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    tenant: t.field({
      type: TenantRef,
      resolve: async (key, _args, ctx) => {
        const tenant = await ctx.services.tenants.findById(key.tenantId);
        if (!tenant) throw new Error(`tenant ${key.tenantId} of key ${key.id} is missing`);
        return tenant;
      },
    }),
  }),
});

const CreatedApiKeyRef = builder.objectRef<{ apiKey: ApiKey; secret: string }>('CreatedApiKey').implement({
  description: 'A new key and its secret: store the secret now, it is shown only this once.',
  authScopes: { platform: true, tenantAdmin: true },
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, resolve: (created) => created.apiKey }),
    secret: t.exposeString('secret'),
  }),
});

const tenantIdArg = z.uuid({ message: 'must be a tenant id (UUID)' });

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    description:
      "A tenant's API keys, newest first, revoked ones included (a tenant admin: its own tenant's).",
    authScopes: { platform: true, tenantAdmin: true },
    args: { tenantId: t.arg.id({ required: true, validate: tenantIdArg }) },
    resolve: (_root, args, ctx) => ctx.services.apiKeys.list(ownTenant(ctx, String(args.tenantId))),
  }),
);

builder.queryField('currentApiKey', (t) =>
  t.field({
    type: ApiKeyRef,
    description: 'The API key making this call.',
    authScopes: { apiKey: true },
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.viewer;
      if (viewer?.kind !== 'apiKey') throw new AugurError('FORBIDDEN', 'Only an API key may use this field');
      const key = await ctx.services.apiKeys.findById(viewer.tenantId, viewer.apiKeyId);
      if (!key) throw new AugurError('UNAUTHENTICATED', 'API key no longer exists');
      return key;
    },
  }),
);

builder.mutationField('createApiKey', (t) =>
  t.field({
    type: CreatedApiKeyRef,
    description: 'Issues a key for a tenant (audited). The secret is in this response only.',
    authScopes: { platform: true, tenantAdmin: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      name: t.arg.string({ required: true }),
      scopes: t.arg({ type: [ApiKeyScopeEnum], description: 'EVALUATE by default.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.apiKeys.create(
        ownTenant(ctx, String(args.tenantId)),
        args.name,
        keyMeta(ctx),
        (args.scopes ?? ['EVALUATE']).map((s) => s.toLowerCase() as ApiKeyScope),
      ),
  }),
);

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: ApiKeyRef,
    description:
      'Revokes a key at once (audited); calls with it fail from now on. Revoking twice is harmless.',
    authScopes: { platform: true, tenantAdmin: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      id: t.arg.id({ required: true, validate: z.uuid({ message: 'must be an API key id (UUID)' }) }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.apiKeys.revoke(ownTenant(ctx, String(args.tenantId)), String(args.id), keyMeta(ctx)),
  }),
);
