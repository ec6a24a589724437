// Staff scopes need a staff role in the operator tenant; tenant_admin holds its scope only in a customer tenant.
import { describe, expect, it } from 'vitest';
import { scopesOf } from './scopes.js';
import type { Role } from './viewer.js';

const OPERATOR = 'operator-id';
const account = (role: Role, tenantId: string) =>
  ({ kind: 'account', userId: 'u', tenantId, role, plan: 'free', expiresAt: 0 }) as const;

describe('scopesOf', () => {
  it.each(['support', 'ops', 'platform'] as const)(
    'gives %s its scope in the operator tenant only',
    (role) => {
      expect(scopesOf(account(role, OPERATOR), OPERATOR)[role]).toBe(true);
      const elsewhere = scopesOf(account(role, 'customer-id'), OPERATOR);
      expect(elsewhere).toMatchObject({ support: false, ops: false, platform: false, user: true });
    },
  );

  it('gives no staff scope before the operator tenant is known', () => {
    expect(scopesOf(account('platform', OPERATOR), undefined).platform).toBe(false);
  });

  it('gives tenant_admin its scope in a customer tenant, never in the operator tenant', () => {
    expect(scopesOf(account('tenant_admin', 'customer-id'), OPERATOR).tenantAdmin).toBe(true);
    expect(scopesOf(account('tenant_admin', OPERATOR), OPERATOR).tenantAdmin).toBe(false);
  });

  it('gives an API key only its own scope', () => {
    expect(
      scopesOf({ kind: 'apiKey', apiKeyId: 'k', tenantId: OPERATOR, scopes: ['evaluate'] }, OPERATOR),
    ).toMatchObject({
      apiKey: true,
      apiKeyEvaluate: true,
      apiKeyModules: false,
      user: false,
      platform: false,
      tenantAdmin: false,
    });
  });
});
