// Per-tenant entitlements through the one evaluator: effective = global gate AND entitlement, pushed to
// the entitled tenant's open clients only, shown by explain, and enforced before a module's quota.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATED_FIELDS } from '../server/platform/feature-gate.js';
import { CREATE_FLAG, type Evaluated, MY_FLAGS, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { setModuleGates } from './helpers/module-gates.js';
import { entitle, SET_ENTITLEMENT, settingsOf, UPDATE_SETTINGS } from './helpers/tenant-settings.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { connect, subscribe } from './helpers/ws-client.js';

const ON_FOR_ALL = { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } };
const MY_UPDATES = `subscription ($keys: [String!]) {
  myFlagUpdates(keys: $keys) { configRevision full flags { key enabled reason } }
}`;
type Update = { myFlagUpdates: { full: boolean; flags: Evaluated[] } };

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

async function newFlag(): Promise<string> {
  const key = uniqueKey('entitled');
  const created = await server.gql(CREATE_FLAG, {
    token: a.accounts.ops.token,
    variables: { key, input: ON_FOR_ALL },
  });
  expect(created.errors).toBeUndefined();
  return key;
}

async function myFlag(
  token: string,
  key: string,
): Promise<Pick<Evaluated, 'enabled' | 'reason'> | undefined> {
  const { data } = await server.gql<{ myFlags: { flags: Evaluated[] } }>(MY_FLAGS, {
    token,
    variables: { keys: [key] },
  });
  const flag = data?.myFlags.flags[0];
  return flag && { enabled: flag.enabled, reason: flag.reason };
}

describe('semantics', () => {
  it('tenant OFF beats global on; INHERIT gives the global result back; other tenants are untouched', async () => {
    const key = await newFlag();
    await entitle(server, platform, a.id, key, 'OFF');
    expect(await myFlag(a.accounts.user.token, key)).toEqual({ enabled: false, reason: 'ENTITLEMENT' });
    expect(await myFlag(b.accounts.user.token, key)).toEqual({ enabled: true, reason: 'DEFAULT' });
    await entitle(server, platform, a.id, key, 'INHERIT');
    expect(await myFlag(a.accounts.user.token, key)).toEqual({ enabled: true, reason: 'DEFAULT' });
  });

  it('global off beats tenant ON', async () => {
    const key = await newFlag();
    await entitle(server, platform, a.id, key, 'ON');
    expect(await myFlag(a.accounts.user.token, key)).toEqual({ enabled: true, reason: 'DEFAULT' });
    const off = await server.gql(SET_ENABLED, {
      token: a.accounts.ops.token,
      variables: { key, enabled: false, reason: 'kill' },
    });
    expect(off.errors).toBeUndefined();
    expect(await myFlag(a.accounts.user.token, key)).toEqual({ enabled: false, reason: 'DISABLED' });
  });

  it('refuses an unknown flag, a missing version (428) and a stale one (409)', async () => {
    const { version } = await settingsOf(server, platform, a.id);
    const call = (flag: string, v: number | null) =>
      server.gql(SET_ENTITLEMENT, { token: platform, variables: { t: a.id, flag, state: 'OFF', v } });
    expect((await call('no_such_flag', version)).errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const key = await newFlag();
    const missing = await call(key, null);
    expect([missing.status, missing.errors?.[0]?.extensions.code]).toEqual([428, 'PRECONDITION_REQUIRED']);
    await entitle(server, platform, a.id, key, 'ON');
    const stale = await call(key, version);
    expect(stale.status).toBe(409);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
  });

  it('a settings patch keeps the entitlements, and a tenant admin reads them but cannot set them', async () => {
    const key = await newFlag();
    const entitled = await entitle(server, platform, a.id, key, 'OFF');
    const patched = await server.gql<{
      updateTenantSettings: { entitlements: { flagKey: string; state: string }[] };
    }>(UPDATE_SETTINGS, {
      token: platform,
      variables: { t: a.id, v: entitled.version, patch: { 'moduleQuota.free': 4 } },
    });
    expect(patched.data?.updateTenantSettings.entitlements).toContainEqual({ flagKey: key, state: 'OFF' });
    const mine = await settingsOf(server, a.accounts.tenantAdmin.token, a.id);
    expect(mine.entitlements).toContainEqual({ flagKey: key, state: 'OFF' });
    const refused = await server.gql(SET_ENTITLEMENT, {
      token: a.accounts.tenantAdmin.token,
      variables: { t: a.id, flag: key, state: 'ON', v: mine.version },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('explain, for the tenant named, shows the entitlement step', async () => {
    const key = await newFlag();
    await entitle(server, platform, a.id, key, 'OFF');
    const EXPLAIN = `query ($key: String!, $t: ID) {
      explain(flagKey: $key, context: {}, tenantId: $t) { result { reason } trace { step outcome detail } }
    }`;
    type Explained = {
      explain: { result: { reason: string }; trace: { step: string; outcome: string; detail: string }[] };
    };
    const inA = await server.gql<Explained>(EXPLAIN, {
      token: a.accounts.ops.token,
      variables: { key, t: a.id },
    });
    expect(inA.data?.explain.result.reason).toBe('ENTITLEMENT');
    expect(inA.data?.explain.trace.find((s) => s.step === 'ENTITLEMENT')).toMatchObject({
      outcome: 'DECIDED',
      detail: `tenant entitlement feature.${key} = false: serves off`,
    });
    const inB = await server.gql<Explained>(EXPLAIN, {
      token: a.accounts.ops.token,
      variables: { key, t: b.id },
    });
    expect(inB.data?.explain.trace.find((s) => s.step === 'ENTITLEMENT')?.outcome).toBe('PASSED');
  });
});

describe('push', () => {
  it("reaches the entitled tenant's open clients only", async () => {
    const key = await newFlag();
    const inA = connect(server.wsUrl, a.accounts.user.token);
    const inB = connect(server.wsUrl, b.accounts.user.token);
    const streamA = subscribe<Update>(inA.client, MY_UPDATES, { keys: [key] });
    const streamB = subscribe<Update>(inB.client, MY_UPDATES, { keys: [key] });
    expect((await streamA.next()).myFlagUpdates.flags).toEqual([{ key, enabled: true, reason: 'DEFAULT' }]);
    await streamB.next();

    await entitle(server, platform, a.id, key, 'OFF');
    expect((await streamA.next(1000)).myFlagUpdates.flags).toEqual([
      { key, enabled: false, reason: 'ENTITLEMENT' },
    ]);
    await server.app.services.fanOut.idle();
    expect(await streamB.quiet(200)).toBe(true);
    for (const s of [streamA, streamB]) s.close();
    await Promise.all([inA.client.dispose(), inB.client.dispose()]);
  });
});

describe('reconnect', () => {
  it('sends a client that comes back with sinceRevision the entitlement change it missed', async () => {
    const key = await newFlag();
    const since = server.app.services.evaluator.revision;
    await entitle(server, platform, a.id, key, 'OFF');
    const RESUME = `subscription ($keys: [String!], $since: Int) {
      myFlagUpdates(keys: $keys, sinceRevision: $since) { configRevision full flags { key enabled reason } }
    }`;
    const socket = connect(server.wsUrl, a.accounts.user.token);
    const stream = subscribe<Update>(socket.client, RESUME, { keys: [key], since });
    expect((await stream.next(2000)).myFlagUpdates).toMatchObject({
      full: false,
      flags: [{ key, enabled: false, reason: 'ENTITLEMENT' }],
    });
    stream.close();
    const inB = connect(server.wsUrl, b.accounts.user.token);
    const other = subscribe<Update>(inB.client, RESUME, { keys: [key], since });
    expect((await other.next(2000)).myFlagUpdates).toMatchObject({ full: false, flags: [] });
    other.close();
    await Promise.all([socket.client.dispose(), inB.client.dispose()]);
  });
});

describe('another instance', () => {
  it("pushes a change made on one instance to the tenant's clients on another", async () => {
    const second = await startTestServer({ instanceOf: server });
    try {
      const key = await newFlag();
      await second.app.services.snapshot.refresh();
      const socket = connect(second.wsUrl, a.accounts.user.token);
      const stream = subscribe<Update>(socket.client, MY_UPDATES, { keys: [key] });
      expect((await stream.next(2000)).myFlagUpdates.flags).toEqual([
        { key, enabled: true, reason: 'DEFAULT' },
      ]);
      await entitle(server, platform, a.id, key, 'OFF');
      // By the bus (Redis) or, without it, by the other instance's poll of the configuration revision.
      expect((await stream.next(3000)).myFlagUpdates.flags).toEqual([
        { key, enabled: false, reason: 'ENTITLEMENT' },
      ]);
      stream.close();
      await socket.client.dispose();
    } finally {
      await second.close();
    }
  });
});

describe('modules', () => {
  const AVAILABILITY = '{ moduleAvailability { module state reason quotaLeft } }';
  const EXECUTE = `mutation ($c: ID!) {
    executeModule(module: TAROT, conversationId: $c, spread: "three-card", question: "Will it work?") { quotaLeft }
  }`;
  type Availability = { module: string; state: string; reason: string | null; quotaLeft: number | null };

  it('refuses a module without the entitlement with MODULE_DISABLED, reason ENTITLEMENT, quota untouched', async () => {
    await setModuleGates(server);
    const token = a.accounts.premium.token;
    const created = await server.gql<{ createConversation: { id: string } }>(
      'mutation { createConversation(title: "entitlements") { id } }',
      { token },
    );
    const c = created.data?.createConversation.id;
    const tarot = async () =>
      (
        await server.gql<{ moduleAvailability: Availability[] }>(AVAILABILITY, { token })
      ).data?.moduleAvailability.find((m) => m.module === 'TAROT');
    const before = await tarot();
    expect(before?.state).toBe('READY');

    await entitle(server, platform, a.id, 'tarot_enabled', 'OFF');
    const refused = await server.gql(EXECUTE, { token, variables: { c } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'MODULE_DISABLED', reason: 'ENTITLEMENT' });
    expect(await tarot()).toEqual({ ...before, state: 'LOCKED', reason: 'ENTITLEMENT' });
    // Another tenant's premium user still runs it.
    const elsewhere = await server.gql<{ moduleAvailability: Availability[] }>(AVAILABILITY, {
      token: b.accounts.premium.token,
    });
    expect(elsewhere.data?.moduleAvailability.find((m) => m.module === 'TAROT')?.state).toBe('READY');

    await entitle(server, platform, a.id, 'tarot_enabled', 'INHERIT');
    const ran = await server.gql<{ executeModule: { quotaLeft: number } }>(EXECUTE, {
      token,
      variables: { c },
    });
    expect(ran.errors).toBeUndefined();
    expect(ran.data?.executeModule.quotaLeft).toBe((before?.quotaLeft ?? 0) - 1);
  });

  it("uses the tenant's own module quota from its settings", async () => {
    await setModuleGates(server);
    const { version } = await settingsOf(server, platform, b.id);
    await server.gql(UPDATE_SETTINGS, {
      token: platform,
      variables: { t: b.id, v: version, patch: { 'moduleQuota.premium': 12 } },
    });
    const { data } = await server.gql<{ moduleAvailability: { module: string; quotaLimit: number }[] }>(
      '{ moduleAvailability { module quotaLimit } }',
      { token: b.accounts.premium.token },
    );
    expect(data?.moduleAvailability.map((m) => m.quotaLimit)).toEqual([12, 12]);
  });

  it('refuses a gated field with FEATURE_DISABLED and the flag key, declared on the schema', async () => {
    await setModuleGates(server);
    expect(GATED_FIELDS.get('Query.tarotDeck')).toBe('tarot_enabled');
    const DECK = '{ tarotDeck { id name } }';
    const open = await server.gql<{ tarotDeck: unknown[] }>(DECK, { token: b.accounts.premium.token });
    expect(open.data?.tarotDeck).toHaveLength(78);
    // tarot_enabled serves premium only: a free user is outside the audience.
    const free = await server.gql(DECK, { token: b.accounts.user.token });
    expect(free.errors?.[0]?.extensions).toMatchObject({
      code: 'FEATURE_DISABLED',
      flagKey: 'tarot_enabled',
    });
    await entitle(server, platform, a.id, 'tarot_enabled', 'OFF');
    const refused = await server.gql(DECK, { token: a.accounts.premium.token });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FEATURE_DISABLED',
      flagKey: 'tarot_enabled',
      reason: 'ENTITLEMENT',
    });
    await entitle(server, platform, a.id, 'tarot_enabled', 'INHERIT');
  });
});
