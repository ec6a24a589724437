// GraphQL for tenants: the type, the list (platform, ops), one tenant (platform; a tenant admin its own), createTenant.
import { z } from 'zod';
import { changeMeta } from '../auth/actor.js';
import { REQUIRED_REASON } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import type { Context } from '../platform/context.js';
import { AugurError } from '../platform/errors.js';
import type { Tenant } from './tenant.js';

export const TenantKindEnum = builder.enumType('TenantKind', {
  description: 'The operator runs Augur and holds the staff; customers hold end users and a tenant admin.',
  values: ['OPERATOR', 'CUSTOMER'] as const,
});

export const TenantRef = builder.objectRef<Tenant>('Tenant').implement({
  description: 'The operator tenant, or a customer organisation of the host app.',
  // Visibility is decided by the field that returns a tenant (me, apiKeys, tenants...).
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.field({ type: TenantKindEnum, resolve: (tenant) => tenant.kind.toUpperCase() as 'CUSTOMER' }),
  }),
});

export const tenantIdArg = z.uuid({ message: 'must be a tenant id (UUID)' });

/**
 * The tenant a caller may act on: platform any, a tenant admin only its own. Another tenant is NOT_FOUND,
 * the same answer as an unknown id, so ids of other tenants never leak.
 */
export function ownTenant(ctx: Context, tenantId: string): string {
  if (ctx.scopes.platform) return tenantId;
  if (ctx.scopes.tenantAdmin && ctx.viewer?.tenantId === tenantId) return tenantId;
  throw new AugurError('NOT_FOUND', 'Tenant not found');
}

builder.queryField('tenants', (t) =>
  t.field({
    type: [TenantRef],
    description: 'Every tenant, by slug (ops: to pick the tenant explain and evaluateFlags work in).',
    authScopes: { platform: true, ops: true },
    resolve: (_root, _args, ctx) => ctx.services.tenancy.list(),
  }),
);

builder.queryField('tenant', (t) =>
  t.field({
    type: TenantRef,
    description: 'One tenant: any for platform, its own for a tenant admin.',
    authScopes: { platform: true, tenantAdmin: true },
    args: { id: t.arg.id({ required: true, validate: tenantIdArg }) },
    resolve: async (_root, args, ctx) => {
      const tenant = await ctx.services.tenancy.find(ownTenant(ctx, String(args.id)));
      if (!tenant) throw new AugurError('NOT_FOUND', 'Tenant not found');
      return tenant;
    },
  }),
);

builder.mutationField('createTenant', (t) =>
  t.field({
    type: TenantRef,
    description: 'Creates a customer tenant with empty settings at version 1 (audited, revision 1).',
    authScopes: { platform: true },
    args: {
      slug: t.arg.string({ required: true, validate: z.string().max(63) }),
      name: t.arg.string({ required: true, validate: z.string().max(100) }),
      reason: t.arg.string({ required: true, validate: REQUIRED_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.tenancy.create(args.slug, args.name, changeMeta(ctx, args.reason)),
  }),
);
