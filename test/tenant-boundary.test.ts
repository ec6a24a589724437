// The tenant boundary: staff roles only in the operator tenant (API and database), tenant_admin only in
// customer tenants and reading only its own audit events, and audit rows naming the tenant they concern.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/auth/password.js';
import { CREATE_FLAG, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const SET_ROLE = `mutation ($t: ID!, $u: ID!, $role: Role!) {
  setUserRole(tenantId: $t, userId: $u, role: $role, reason: "boundary test") { id role }
}`;
const AUDIT = `query ($tenantId: ID, $targetKey: String) {
  auditEvents(tenantId: $tenantId, targetKey: $targetKey, first: 200) { items { action targetKey tenantId } }
}`;
type Audit = { auditEvents: { items: { action: string; targetKey: string; tenantId: string | null }[] } };

let server: TestServer;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  server = await startTestServer();
  [a, b] = await Promise.all([createTestTenant(server), createTestTenant(server)]);
});
afterAll(() => server.close());

describe('staff roles', () => {
  it('exist only in the operator tenant: setUserRole refuses them in a customer tenant', async () => {
    for (const role of ['SUPPORT', 'OPS', 'PLATFORM']) {
      const refused = await server.gql(SET_ROLE, {
        token: a.accounts.platform.token,
        variables: { t: a.id, u: a.accounts.user.id, role },
      });
      expect(refused.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    }
  });

  it('are refused by the database itself in a customer tenant', async () => {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    await expect(
      server.app.services.users.ensure({
        tenantId: a.id,
        email: `${uniqueKey('sneaky')}@${a.slug}.test`,
        role: 'ops',
        plan: 'free',
        passwordHash,
      }),
    ).rejects.toThrow(/operator tenant/);
  });

  it('tenant_admin exists only in customer tenants', async () => {
    const refused = await server.gql(SET_ROLE, {
      token: a.accounts.platform.token,
      variables: { t: a.operatorId, u: a.accounts.support.id, role: 'TENANT_ADMIN' },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const promoted = await server.gql<{ setUserRole: { role: string } }>(SET_ROLE, {
      token: a.accounts.platform.token,
      variables: { t: a.id, u: a.accounts.premium.id, role: 'TENANT_ADMIN' },
    });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data?.setUserRole.role).toBe('TENANT_ADMIN');
  });
});

describe('audit events', () => {
  it('name the tenant they concern, null for global configuration', async () => {
    const key = uniqueKey('boundary');
    await server.gql(CREATE_FLAG, {
      token: a.accounts.ops.token,
      variables: { key, input: { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } } },
    });
    await server.gql(SET_ROLE, {
      token: a.accounts.platform.token,
      variables: { t: b.id, u: b.accounts.user.id, role: 'USER' },
    });
    const flagEvents = await server.gql<Audit>(AUDIT, {
      token: a.accounts.support.token,
      variables: { targetKey: key },
    });
    expect(flagEvents.data?.auditEvents.items).toEqual([
      { action: 'FLAG_CREATE', targetKey: key, tenantId: null },
    ]);
    const userEvents = await server.gql<Audit>(AUDIT, {
      token: a.accounts.support.token,
      variables: { targetKey: b.accounts.user.id },
    });
    expect(userEvents.data?.auditEvents.items).toEqual([
      { action: 'USER_ROLE', targetKey: b.accounts.user.id, tenantId: b.id },
    ]);
  });

  it("a tenant admin reads its own tenant's events only, whatever tenantId it names", async () => {
    await server.gql(SET_ROLE, {
      token: a.accounts.platform.token,
      variables: { t: a.id, u: a.accounts.user.id, role: 'USER' },
    });
    for (const tenantId of [undefined, b.id, a.operatorId]) {
      const { data, errors } = await server.gql<Audit>(AUDIT, {
        token: a.accounts.tenantAdmin.token,
        variables: { tenantId },
      });
      expect(errors).toBeUndefined();
      const items = data?.auditEvents.items ?? [];
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((e) => e.tenantId === a.id)).toBe(true);
    }
  });
});
