// The `account.changed` topic: a credential was revoked or an account changed, so its open streams re-check now.

export type AccountRef = { kind: 'apiKey'; apiKeyId: string } | { kind: 'user'; userId: string };

export interface AccountChanged {
  account: AccountRef;
  tenantId: string;
  at: string;
}

export const ACCOUNT_CHANGED = 'account.changed';
