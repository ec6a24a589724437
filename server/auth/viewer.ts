// Who is calling: a signed-in account, a third party's API key, or nobody.
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
