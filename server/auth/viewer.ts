// Who is calling: a signed-in account, a third party's API key, or nobody; and which kind each scope implies.
import type { Context } from '../platform/context.js';

export type Role = 'user' | 'tenant_admin' | 'support' | 'ops' | 'platform';
/** Roles of the operator tenant's staff; no customer tenant holds them. */
export type StaffRole = 'support' | 'ops' | 'platform';
export type Plan = 'free' | 'premium';

export const ROLES: readonly Role[] = ['user', 'tenant_admin', 'support', 'ops', 'platform'];
export const STAFF_ROLES: readonly StaffRole[] = ['support', 'ops', 'platform'];

export const isStaffRole = (role: Role): role is StaffRole => (STAFF_ROLES as readonly Role[]).includes(role);
export const PLANS: readonly Plan[] = ['free', 'premium'];

export interface AccountViewer {
  kind: 'account';
  userId: string;
  tenantId: string;
  role: Role;
  plan: Plan;
  /** Seconds since the epoch when the token stops being valid. */
  expiresAt: number;
}

export interface ApiKeyViewer {
  kind: 'apiKey';
  apiKeyId: string;
  tenantId: string;
  /** `evaluate` and/or `modules`. */
  scopes: readonly string[];
}

export type Viewer = AccountViewer | ApiKeyViewer;

/** An account as a viewer (acting as it, or evaluating for it); `expiresAt` 0 when no session is behind it. */
export const accountViewerOf = (
  account: { id: string; tenantId: string; role: Role; plan: Plan },
  expiresAt = 0,
): AccountViewer => ({
  kind: 'account',
  userId: account.id,
  tenantId: account.tenantId,
  role: account.role,
  plan: account.plan,
  expiresAt,
});

/** The context of a resolver whose scopes admit accounts only. */
export type AccountContext = Context & { viewer: AccountViewer };
/** The context of a resolver whose scopes admit API keys only. */
export type ApiKeyContext = Context & { viewer: ApiKeyViewer };

// scopesOf (server/auth/scopes.ts) grants user and the staff and tenant-admin scopes to accounts only, and
// the apiKey scopes to API keys only: a `t.withAuth(...)` resolver gets its viewer already narrowed.
declare module '../platform/builder.js' {
  interface ScopeContexts {
    user: AccountContext;
    tenantAdmin: AccountContext;
    support: AccountContext;
    ops: AccountContext;
    platform: AccountContext;
    apiKey: ApiKeyContext;
    apiKeyEvaluate: ApiKeyContext;
    apiKeyModules: ApiKeyContext;
  }
}
