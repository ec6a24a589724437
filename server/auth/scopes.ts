// The auth scopes a caller holds, from its credential: what every field's `authScopes` is checked against.
// Staff scopes need both a staff role and an account of the operator tenant: a customer never holds them.
import type { AuthScopes } from '../platform/builder.js';
import type { Viewer } from './viewer.js';

export function scopesOf(viewer: Viewer | undefined, operatorTenantId: string | undefined): AuthScopes {
  const account = viewer?.kind === 'account' ? viewer : undefined;
  const staffRole = account && account.tenantId === operatorTenantId ? account.role : undefined;
  return {
    public: true,
    user: account !== undefined,
    tenantAdmin: account?.role === 'tenant_admin' && account.tenantId !== operatorTenantId,
    support: staffRole === 'support',
    ops: staffRole === 'ops',
    platform: staffRole === 'platform',
    apiKey: viewer?.kind === 'apiKey',
    apiKeyEvaluate: viewer?.kind === 'apiKey' && viewer.scopes.includes('evaluate'),
    apiKeyModules: viewer?.kind === 'apiKey' && viewer.scopes.includes('modules'),
  };
}
