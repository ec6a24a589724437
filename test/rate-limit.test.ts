// API rate limits through the real server: each level refuses with 429, Retry-After and RATE_LIMITED (HTTP,
// SSE and WebSocket alike), callers never share a bucket they should not, the tenant's setting applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSse } from './helpers/sse-client.js';
import {
  createTestTenant,
  type GqlResponse,
  startTestServer,
  type TestServer,
} from './helpers/test-server.js';
import { connect, execute } from './helpers/ws-client.js';

const ME = '{ me { id } }';
const ANONYMOUS = '{ __typename }';
const API_KEY = '{ currentApiKey { id } }';
const FLAGS = '{ flags(first: 1) { items { key } } }';
const MY_UPDATES = 'subscription { myFlagUpdates { configRevision } }';

function expectRefused(response: GqlResponse<unknown>, limit: string): void {
  expect(response.status).toBe(429);
  expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  const extensions = response.errors?.[0]?.extensions;
  expect(extensions).toMatchObject({ code: 'RATE_LIMITED', limit });
  expect(extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
  expect(Number(response.headers.get('retry-after'))).toBe(extensions?.retryAfterSeconds);
}

/** Sends `n` operations one after another and checks each passed the limits. */
async function pass(server: TestServer, n: number, query: string, token?: string): Promise<void> {
  for (let i = 0; i < n; i++) {
    const response = await server.gql(query, token ? { token } : {});
    expect(response.status, JSON.stringify(response.errors)).not.toBe(429);
  }
}

describe('per caller: account, API key, address, monitoring fields', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        AUGUR_RATE_LIMIT_USER: '4',
        AUGUR_RATE_LIMIT_API_KEY: '3',
        AUGUR_RATE_LIMIT_ANONYMOUS: '2',
        AUGUR_RATE_LIMIT_MONITORING: '2',
        AUGUR_RATE_LIMIT_MONITORING_FIELDS: 'flags,alerts',
      },
    });
  });
  afterAll(() => server.close());

  it('refuses the account past its limit, and another account of the same tenant is not touched', async () => {
    const t = await createTestTenant(server);
    await pass(server, 4, ME, t.accounts.user.token);
    expectRefused(await server.gql(ME, { token: t.accounts.user.token }), 'user');
    await pass(server, 4, ME, t.accounts.premium.token);
    expectRefused(await server.gql(ME, { token: t.accounts.premium.token }), 'user');
  });

  it('refuses an API key past the default, unless its tenant sets its own requestsPerMinute', async () => {
    const a = await createTestTenant(server);
    const b = await createTestTenant(server);
    const { secret } = await server.app.services.apiKeys.create(a.id, 'default limit', null);
    await pass(server, 3, API_KEY, secret);
    expectRefused(await server.gql(API_KEY, { token: secret }), 'apiKey');

    const { revision } = await server.app.services.tenancy.settingsOf(b.id);
    const meta = { actor: 'system', reason: 'rate limit test', requestId: 'rate-limit-test' };
    await server.app.services.tenancy.updateSettings(
      b.id,
      revision,
      { 'rateLimit.requestsPerMinute': 5 },
      meta,
    );
    const own = await server.app.services.apiKeys.create(b.id, 'tenant limit', null);
    await pass(server, 5, API_KEY, own.secret);
    expectRefused(await server.gql(API_KEY, { token: own.secret }), 'apiKey');
  });

  it('refuses anonymous callers per address', async () => {
    await pass(server, 2, ANONYMOUS);
    expectRefused(await server.gql(ANONYMOUS), 'address');
  });

  it('gives the monitoring fields a stricter limit of their own', async () => {
    const t = await createTestTenant(server);
    const ops = t.accounts.ops.token;
    await pass(server, 2, FLAGS, ops);
    expectRefused(await server.gql(FLAGS, { token: ops }), 'monitoring');
    // Other fields still pass (3 of the account's 4 are used: 2 passed and 1 refused).
    expect((await server.gql(ME, { token: ops })).errors).toBeUndefined();
    expectRefused(await server.gql(ME, { token: ops }), 'user');
  });

  it('refuses over WebSocket and SSE too, with the code and retryAfterSeconds', async () => {
    const t = await createTestTenant(server);
    const token = t.accounts.user.token;
    const socket = connect(server.wsUrl, token);
    try {
      for (let i = 0; i < 4; i++) expect((await execute(socket.client, ME)).errors).toBeUndefined();
      const refused = await execute(socket.client, ME);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'user' });
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await socket.client.dispose();
    }
    const stream = await openSse(server.url, MY_UPDATES, {}, token);
    try {
      expect(await stream.ended).toEqual(['RATE_LIMITED']);
    } finally {
      stream.close();
    }
  });
});

describe('global, per role and per tenant', () => {
  it('refuses everyone once the global limit is reached', async () => {
    const server = await startTestServer({ env: { AUGUR_RATE_LIMIT_GLOBAL: '3' } });
    try {
      const t = await createTestTenant(server);
      await pass(server, 2, ME, t.accounts.user.token);
      await pass(server, 1, ME, t.accounts.ops.token);
      expectRefused(await server.gql(ME, { token: t.accounts.premium.token }), 'global');
      expectRefused(await server.gql(ANONYMOUS), 'global');
    } finally {
      await server.close();
    }
  });

  it('shares one bucket among the callers of a role, and none with other roles', async () => {
    const server = await startTestServer({ env: { AUGUR_RATE_LIMIT_ROLES: 'user=3' } });
    try {
      const t = await createTestTenant(server);
      await pass(server, 2, ME, t.accounts.user.token);
      await pass(server, 1, ME, t.accounts.premium.token);
      expectRefused(await server.gql(ME, { token: t.accounts.user.token }), 'role');
      await pass(server, 5, ME, t.accounts.tenantAdmin.token);
    } finally {
      await server.close();
    }
  });

  it("counts a tenant's callers together, and another tenant's apart", async () => {
    const server = await startTestServer({ env: { AUGUR_RATE_LIMIT_TENANT: '3' } });
    try {
      const a = await createTestTenant(server);
      const b = await createTestTenant(server);
      const { secret } = await server.app.services.apiKeys.create(a.id, 'tenant a', null);
      await pass(server, 2, ME, a.accounts.user.token);
      await pass(server, 1, API_KEY, secret);
      expectRefused(await server.gql(ME, { token: a.accounts.premium.token }), 'tenant');
      await pass(server, 3, ME, b.accounts.user.token);
    } finally {
      await server.close();
    }
  });
});
