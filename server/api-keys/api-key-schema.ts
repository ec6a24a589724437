// GraphQL for API keys: platform operators issue and revoke them; a key can ask who it is.
import { z } from 'zod';
import { builder } from '../platform/builder.js';
import { AugurError } from '../platform/errors.js';
import { TenantRef } from '../tenants/tenant-schema.js';
import type { ApiKey } from './api-key.js';

const ApiKeyRef = builder.objectRef<ApiKey>('ApiKey').implement({
  description: 'A third-party credential for one tenant. Its secret is never readable after creation.',
  authScopes: { platform: true, apiKey: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
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
  authScopes: { platform: true },
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, resolve: (created) => created.apiKey }),
    secret: t.exposeString('secret'),
  }),
});

const tenantIdArg = z.uuid({ message: 'must be a tenant id (UUID)' });

builder.queryField('apiKeys', (t) =>
  t.field({
    type: [ApiKeyRef],
    description: "A tenant's API keys, newest first, revoked ones included.",
    authScopes: { platform: true },
    args: { tenantId: t.arg.id({ required: true, validate: tenantIdArg }) },
    resolve: (_root, args, ctx) => ctx.services.apiKeys.list(String(args.tenantId)),
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
    description: 'Issues a key for a tenant. The secret is in this response only.',
    authScopes: { platform: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      name: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => {
      const createdBy = ctx.viewer?.kind === 'account' ? ctx.viewer.userId : null;
      return ctx.services.apiKeys.create(String(args.tenantId), args.name, createdBy);
    },
  }),
);

builder.mutationField('revokeApiKey', (t) =>
  t.field({
    type: ApiKeyRef,
    description: 'Revokes a key at once; calls with it fail from now on. Revoking twice is harmless.',
    authScopes: { platform: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      id: t.arg.id({ required: true, validate: z.uuid({ message: 'must be an API key id (UUID)' }) }),
    },
    resolve: (_root, args, ctx) => ctx.services.apiKeys.revoke(String(args.tenantId), String(args.id)),
  }),
);
