// Who is calling: a signed-in account, a third party's API key, or nobody.
export type Role = 'user' | 'support' | 'ops' | 'platform';
export type Plan = 'free' | 'premium';

export const ROLES: readonly Role[] = ['user', 'support', 'ops', 'platform'];
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
}

export type Viewer = AccountViewer | ApiKeyViewer;
