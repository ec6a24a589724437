// GraphQL type for tenants.
import { builder } from '../platform/builder.js';
import type { Tenant } from './tenant.js';

export const TenantRef = builder.objectRef<Tenant>('Tenant').implement({
  description: 'A customer organisation of the host app.',
  // Visibility is decided by the field that returns a tenant (me, apiKeys...).
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
  }),
});

builder.queryField('tenants', (t) =>
  t.field({
    type: [TenantRef],
    description: 'Every tenant, by slug.',
    authScopes: { platform: true },
    resolve: (_root, _args, ctx) => ctx.services.tenants.list(),
  }),
);
