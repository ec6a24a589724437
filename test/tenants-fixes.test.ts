// Tenant fixes through the API: rollback to version 1 of a tenant made outside createTenant, ops evaluating
// for a customer tenant, the larger plan from the tenant's own quotas, the tenant list for ops, key creators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanFlag, TEST_META } from '../server/flags/test-flags.js';
import { uniqueKey } from './helpers/flags.js';
import { entitle, type SettingsShape, settingsOf, UPDATE_SETTINGS } from './helpers/tenant-settings.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

let server: TestServer;
let a: TestTenant;
let b: TestTenant;
let platform: string;
let flag: string;

beforeAll(async () => {
  server = await startTestServer();
  [a, b] = await Promise.all([createTestTenant(server), createTestTenant(server)]);
  platform = a.accounts.platform.token;
  flag = uniqueKey('fix_flag');
  await server.app.services.flags.create(flag, booleanFlag(), TEST_META);
});
afterAll(() => server.close());

const ROLLBACK = `mutation ($t: ID!, $v: Int!) {
  rollbackTenantSettings(tenantId: $t, toVersion: $v, reason: "back to the start") {
    changed settings { version settings entitlements { flagKey state } }
  }
}`;

const rollback = (tenantId: string, v: number) =>
  server.gql<{
    rollbackTenantSettings: { changed: boolean; settings: Omit<SettingsShape, 'tenantId'> };
  }>(ROLLBACK, { token: platform, variables: { t: tenantId, v } });

async function patch(tenantId: string, body: Record<string, unknown>): Promise<SettingsShape> {
  const { version } = await settingsOf(server, platform, tenantId);
  const { data, errors } = await server.gql<{ updateTenantSettings: SettingsShape }>(UPDATE_SETTINGS, {
    token: platform,
    variables: { t: tenantId, v: version, patch: body },
  });
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return data.updateTenantSettings;
}

describe('rollback to version 1 without a stored revision 1', () => {
  it('is a no-op that says so while the tenant is still at version 1', async () => {
    const fresh = await createTestTenant(server);
    expect(await server.app.services.tenancy.history(fresh.id, 10)).toEqual([]);
    const { data, errors } = await rollback(fresh.id, 1);
    expect(errors).toBeUndefined();
    expect(data?.rollbackTenantSettings).toMatchObject({ changed: false, settings: { version: 1 } });
  });

  it('restores the first content (no settings, every entitlement inherited) as a new version', async () => {
    await patch(a.id, { 'moduleQuota.free': 7 });
    await entitle(server, platform, a.id, flag, 'OFF');
    await patch(a.id, { 'rateLimit.requestsPerMinute': 120 });
    const { data, errors } = await rollback(a.id, 1);
    expect(errors).toBeUndefined();
    const back = data?.rollbackTenantSettings;
    expect(back?.changed).toBe(true);
    expect(back?.settings.version).toBe(5);
    expect(back?.settings.settings).toEqual({});
    expect(back?.settings.entitlements.find((e) => e.flagKey === flag)?.state).toBe('INHERIT');
    const history = await server.app.services.tenancy.history(a.id, 10);
    expect(history[0]).toMatchObject({ revision: 5, action: 'tenantSettings.rollback', tenantId: a.id });
    // The evaluator follows: the flag is no longer off by entitlement for A's users.
    const mine = await server.gql<{ myFlags: { flags: { reason: string }[] } }>(
      'query ($k: [String!]) { myFlags(keys: $k) { flags { reason } } }',
      { token: a.accounts.user.token, variables: { k: [flag] } },
    );
    expect(mine.data?.myFlags.flags[0]?.reason).toBe('DEFAULT');
    expect((await rollback(a.id, 1)).data?.rollbackTenantSettings.changed).toBe(false);
    // Later versions still roll back from their stored revisions.
    const toThree = await rollback(a.id, 3);
    expect(toThree.data?.rollbackTenantSettings.settings).toMatchObject({
      version: 6,
      settings: { 'moduleQuota.free': 7 },
    });
  });

  it('works from a first content that was not empty (undoing revision 2 exactly)', async () => {
    const seeded = await createTestTenant(server);
    // A tenant whose version 1 already held settings, as a migration or seed could leave it.
    await server.app.database.db
      .updateTable('tenants')
      .set({ settings: JSON.stringify({ 'moduleQuota.premium': 40, [`feature.${flag}`]: true }) })
      .where('id', '=', seeded.id)
      .execute();
    await patch(seeded.id, { 'moduleQuota.premium': null, 'moduleQuota.free': 2 });
    const { data } = await rollback(seeded.id, 1);
    expect(data?.rollbackTenantSettings.settings.settings).toEqual({ 'moduleQuota.premium': 40 });
    expect(data?.rollbackTenantSettings.settings.entitlements.find((e) => e.flagKey === flag)?.state).toBe(
      'ON',
    );
  });
});

const EVALUATE = `query ($t: ID, $k: [String!]) {
  evaluateFlags(context: { userId: "u-1" }, keys: $k, tenantId: $t) { flags { key enabled reason } }
}`;

describe('evaluateFlags with tenantId', () => {
  it("lets ops evaluate inside a customer tenant, with that tenant's entitlements", async () => {
    await entitle(server, platform, b.id, flag, 'OFF');
    const ops = b.accounts.ops.token;
    const inB = await server.gql<{ evaluateFlags: { flags: { enabled: boolean; reason: string }[] } }>(
      EVALUATE,
      { token: ops, variables: { t: b.id, k: [flag] } },
    );
    expect(inB.errors).toBeUndefined();
    expect(inB.data?.evaluateFlags.flags[0]).toMatchObject({ enabled: false, reason: 'ENTITLEMENT' });
    const own = await server.gql<{ evaluateFlags: { flags: { enabled: boolean }[] } }>(EVALUATE, {
      token: ops,
      variables: { k: [flag] },
    });
    expect(own.data?.evaluateFlags.flags[0]?.enabled).toBe(true);
    const unknown = await server.gql(EVALUATE, {
      token: ops,
      variables: { t: '00000000-0000-4000-8000-000000000000', k: [flag] },
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it("refuses a key naming another tenant as NOT_FOUND, and accepts its own tenant's id", async () => {
    const key = await server.app.services.apiKeys.create(a.id, 'fixes', null);
    const other = await server.gql(EVALUATE, { token: key.secret, variables: { t: b.id, k: [flag] } });
    expect(other.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const own = await server.gql<{ evaluateFlags: { flags: unknown[] } }>(EVALUATE, {
      token: key.secret,
      variables: { t: a.id, k: [flag] },
    });
    expect(own.errors).toBeUndefined();
    expect(own.data?.evaluateFlags.flags).toHaveLength(1);
  });
});

describe('largerPlan from the tenant quotas', () => {
  const AVAILABILITY = '{ moduleAvailability { module quotaLimit largerPlan { plan quotaLimit } } }';
  const tarot = async (token: string) =>
    (
      await server.gql<{
        moduleAvailability: {
          module: string;
          quotaLimit: number;
          largerPlan: { plan: string; quotaLimit: number } | null;
        }[];
      }>(AVAILABILITY, { token })
    ).data?.moduleAvailability.find((m) => m.module === 'TAROT');

  it("compares the tenant's own free and premium allowances, not the server's", async () => {
    const t = await createTestTenant(server);
    // The server's default is free 3, premium 30: premium would look larger.
    await patch(t.id, { 'moduleQuota.free': 12, 'moduleQuota.premium': 8 });
    expect(await tarot(t.accounts.user.token)).toMatchObject({ quotaLimit: 12, largerPlan: null });
    await patch(t.id, { 'moduleQuota.premium': 50 });
    expect(await tarot(t.accounts.user.token)).toMatchObject({
      quotaLimit: 12,
      largerPlan: { plan: 'PREMIUM', quotaLimit: 50 },
    });
    // Only one plan overridden: the other keeps the server's value.
    await patch(t.id, { 'moduleQuota.premium': null });
    expect(await tarot(t.accounts.user.token)).toMatchObject({
      largerPlan: { plan: 'PREMIUM', quotaLimit: 30 },
    });
  });
});

describe('the tenant list and key creators', () => {
  it('lists tenants for ops and platform, not for support or a tenant admin', async () => {
    const LIST = '{ tenants { id slug kind } }';
    const ops = await server.gql<{ tenants: { id: string }[] }>(LIST, { token: a.accounts.ops.token });
    expect(ops.data?.tenants.map((t) => t.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    for (const token of [a.accounts.support.token, a.accounts.tenantAdmin.token, a.accounts.user.token]) {
      expect((await server.gql(LIST, { token })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });

  it("names a key's creator by email to its own tenant admin, and not to the key itself", async () => {
    const admin = b.accounts.tenantAdmin;
    const created = await server.gql<{ createApiKey: { secret: string } }>(
      'mutation ($t: ID!) { createApiKey(tenantId: $t, name: "ci", scopes: [EVALUATE]) { secret } }',
      { token: admin.token, variables: { t: b.id } },
    );
    expect(created.errors).toBeUndefined();
    const listed = await server.gql<{ apiKeys: { createdBy: string; createdByLabel: string }[] }>(
      'query ($t: ID!) { apiKeys(tenantId: $t) { createdBy createdByLabel } }',
      { token: admin.token, variables: { t: b.id } },
    );
    expect(listed.data?.apiKeys[0]).toEqual({ createdBy: admin.id, createdByLabel: admin.email });
    const asKey = await server.gql('{ currentApiKey { createdByLabel } }', {
      token: created.data?.createApiKey.secret ?? '',
    });
    expect(asKey.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe("an entitlement's tenant-wide gate", () => {
  const GATES = `query ($t: ID!) {
    tenantSettings(tenantId: $t) { entitlements { flagKey state gate { open step detail } } }
  }`;
  const gateOf = async (tenantId: string, key: string, token = platform) => {
    const { data, errors } = await server.gql<{
      tenantSettings: {
        entitlements: { flagKey: string; gate: { open: boolean; step: string | null; detail: string } }[];
      };
    }>(GATES, { token, variables: { t: tenantId } });
    if (errors) return errors.map((e) => e.extensions.code);
    return data?.tenantSettings.entitlements.find((e) => e.flagKey === key)?.gate;
  };

  it('says closed by the entitlement, by the kill switch over ON, and open otherwise', async () => {
    const t = await createTestTenant(server);
    const key = uniqueKey('gate_flag');
    await server.app.services.flags.create(key, booleanFlag(), TEST_META);
    expect(await gateOf(t.id, key)).toMatchObject({ open: true, step: null });
    await entitle(server, platform, t.id, key, 'OFF');
    expect(await gateOf(t.id, key)).toMatchObject({ open: false, step: 'ENTITLEMENT' });
    await entitle(server, platform, t.id, key, 'ON');
    await server.app.services.flags.setEnabled(key, false, TEST_META);
    expect(await gateOf(t.id, key)).toMatchObject({ open: false, step: 'KILL_SWITCH' });
    // The global state is for platform: a tenant admin reads its states, not the gate.
    expect(await gateOf(t.id, key, t.accounts.tenantAdmin.token)).toContain('FORBIDDEN');
  });
});
