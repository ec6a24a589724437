// Tenants and their versioned settings through the API: createTenant, 428 without a version, 409 with a
// stale one, unknown and reserved keys refused, history with the tenant, rollback, audit, who may read.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_TENANT,
  type SettingsShape,
  settingsOf,
  TENANT_SETTINGS,
  UPDATE_SETTINGS,
} from './helpers/tenant-settings.js';
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

beforeAll(async () => {
  server = await startTestServer();
  [a, b] = await Promise.all([createTestTenant(server), createTestTenant(server)]);
  platform = a.accounts.platform.token;
});
afterAll(() => server.close());

const update = (tenantId: string, v: number | null, patch: Record<string, unknown>) =>
  server.gql<{ updateTenantSettings: SettingsShape }>(UPDATE_SETTINGS, {
    token: platform,
    variables: { t: tenantId, v, patch },
  });

describe('createTenant', () => {
  it('creates a customer tenant at settings version 1, with revision 1 and an audit event', async () => {
    const slug = `c-${randomUUID().slice(0, 8)}`;
    const { data, errors } = await server.gql<{ createTenant: { id: string; kind: string } }>(CREATE_TENANT, {
      token: platform,
      variables: { slug, name: 'Acme' },
    });
    expect(errors).toBeUndefined();
    const id = data?.createTenant.id ?? '';
    expect(data?.createTenant).toMatchObject({ slug, name: 'Acme', kind: 'CUSTOMER' });
    expect(await settingsOf(server, platform, id)).toMatchObject({ version: 1, settings: {} });
    const history = await server.app.services.tenancy.history(id, 10);
    expect(history.map((r) => [r.revision, r.action, r.tenantId])).toEqual([
      [1, 'tenantSettings.create', id],
    ]);
    const again = await server.gql(CREATE_TENANT, { token: platform, variables: { slug, name: 'Again' } });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const bad = await server.gql(CREATE_TENANT, {
      token: platform,
      variables: { slug: 'Bad Slug', name: 'x' },
    });
    expect(bad.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('updateTenantSettings', () => {
  it('is PRECONDITION_REQUIRED (HTTP 428) without a version, naming the current one', async () => {
    const before = await settingsOf(server, platform, a.id);
    const refused = await update(a.id, null, { 'moduleQuota.free': 5 });
    expect(refused.status).toBe(428);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'PRECONDITION_REQUIRED',
      currentVersion: before.version,
    });
    expect((await settingsOf(server, platform, a.id)).version).toBe(before.version);
  });

  it('applies with the version read, and is CONFLICT (HTTP 409) with the current version when stale', async () => {
    const before = await settingsOf(server, platform, a.id);
    const applied = await update(a.id, before.version, { 'moduleQuota.free': 7 });
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.updateTenantSettings).toMatchObject({
      version: before.version + 1,
      settings: { 'moduleQuota.free': 7 },
    });
    const stale = await update(a.id, before.version, { 'moduleQuota.free': 9 });
    expect(stale.status).toBe(409);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: before.version + 1,
    });
    expect((await settingsOf(server, platform, a.id)).settings).toEqual({ 'moduleQuota.free': 7 });
  });

  it('refuses unknown keys, out-of-range values and the reserved feature.* namespace', async () => {
    const { version } = await settingsOf(server, platform, a.id);
    for (const patch of [{ colour: 'red' }, { 'moduleQuota.free': -1 }, { 'feature.tarot_enabled': false }]) {
      const refused = await update(a.id, version, patch);
      expect(refused.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    }
    expect((await settingsOf(server, platform, a.id)).version).toBe(version);
  });

  it('removes a key with null, records revisions with the tenant, audits, and rolls back', async () => {
    const start = await settingsOf(server, platform, b.id);
    const set = await update(b.id, start.version, {
      'moduleQuota.premium': 40,
      'rateLimit.requestsPerMinute': 60,
    });
    const cleared = await update(b.id, start.version + 1, { 'rateLimit.requestsPerMinute': null });
    expect(set.errors).toBeUndefined();
    expect(cleared.data?.updateTenantSettings.settings).toEqual({ 'moduleQuota.premium': 40 });
    const history = await server.gql<{
      tenantSettingsHistory: {
        revision: number;
        tenantId: string;
        action: string;
        diff: { path: string }[];
      }[];
    }>('query ($t: ID!) { tenantSettingsHistory(tenantId: $t) { revision tenantId action diff { path } } }', {
      token: platform,
      variables: { t: b.id },
    });
    expect(history.data?.tenantSettingsHistory.slice(0, 2)).toEqual([
      {
        revision: start.version + 2,
        tenantId: b.id,
        action: 'tenantSettings.update',
        diff: [{ path: 'rateLimit.requestsPerMinute' }],
      },
      expect.objectContaining({ revision: start.version + 1, tenantId: b.id }),
    ]);
    const ROLLBACK = `mutation ($t: ID!, $v: Int!) {
      rollbackTenantSettings(tenantId: $t, toVersion: $v, reason: "undo") { changed settings { version settings } }
    }`;
    const back = await server.gql<{
      rollbackTenantSettings: { changed: boolean; settings: { version: number; settings: unknown } };
    }>(ROLLBACK, { token: platform, variables: { t: b.id, v: start.version + 1 } });
    expect(back.data?.rollbackTenantSettings).toEqual({
      changed: true,
      settings: {
        version: start.version + 3,
        settings: { 'moduleQuota.premium': 40, 'rateLimit.requestsPerMinute': 60 },
      },
    });
    const same = await server.gql<{ rollbackTenantSettings: { changed: boolean } }>(ROLLBACK, {
      token: platform,
      variables: { t: b.id, v: start.version + 1 },
    });
    expect(same.data?.rollbackTenantSettings.changed).toBe(false);
    const audit = await server.app.services.audit.list(
      { tenantId: b.id, targetType: 'tenantSettings' },
      50,
      undefined,
    );
    expect(audit.filter((e) => e.status === 'success').map((e) => e.action)).toEqual([
      'tenantSettings.rollback',
      'tenantSettings.update',
      'tenantSettings.update',
    ]);
  });
});

describe('who may read settings', () => {
  it("gives a tenant admin its own tenant's settings and NOT_FOUND for another's, like an unknown id", async () => {
    expect((await settingsOf(server, a.accounts.tenantAdmin.token, a.id)).tenantId).toBe(a.id);
    for (const t of [b.id, randomUUID()]) {
      const refused = await server.gql(TENANT_SETTINGS, {
        token: a.accounts.tenantAdmin.token,
        variables: { t },
      });
      expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    const write = await server.gql(UPDATE_SETTINGS, {
      token: a.accounts.tenantAdmin.token,
      variables: { t: a.id, v: 1, patch: {} },
    });
    expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
