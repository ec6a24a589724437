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

describe('what counts: 304 answers and requests refused before they run', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { AUGUR_RATE_LIMIT_API_KEY: '3', AUGUR_RATE_LIMIT_USER: '3', AUGUR_RATE_LIMIT_ANONYMOUS: '2' },
    });
  });
  afterAll(() => server.close());

  const SNAPSHOT = 'query ($c: EvaluationContextInput!) { evaluateFlags(context: $c) { configRevision } }';
  const snapshotGet = async (secret: string, ifNoneMatch?: string) => {
    const params = new URLSearchParams({
      query: SNAPSHOT,
      variables: JSON.stringify({ c: { userId: 'u1' } }),
    });
    const response = await fetch(`${server.url}/graphql?${params}`, {
      headers: {
        accept: 'application/graphql-response+json',
        'x-graphql-yoga-csrf': '1',
        authorization: `Bearer ${secret}`,
        ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}),
      },
    });
    const text = await response.text();
    return { status: response.status, etag: response.headers.get('etag'), text, headers: response.headers };
  };

  it('counts a 304 against the API key, and answers 429 once the key is over its limit', async () => {
    const t = await createTestTenant(server);
    const { secret } = await server.app.services.apiKeys.create(t.id, 'polling', null, ['evaluate']);
    const first = await snapshotGet(secret);
    expect(first.status).toBe(200);
    const statuses = [first.status];
    let tag = first.etag ?? '';
    for (let i = 0; i < 2; i++) {
      const again = await snapshotGet(secret, tag);
      statuses.push(again.status);
      // Another file may change the configuration meanwhile (shared PostgreSQL): a 200 with a newer tag.
      tag = again.etag ?? tag;
    }
    expect(statuses.filter((s) => s === 304).length).toBeGreaterThan(0);
    const refused = await snapshotGet(secret, tag);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    const body = JSON.parse(refused.text) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'apiKey' });
  });

  it("counts parse and validation errors against the caller's account", async () => {
    const t = await createTestTenant(server);
    const token = t.accounts.user.token;
    expect((await server.gql('{ me { id', { token })).errors?.[0]?.extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await server.gql('{ noSuchField }', { token })).errors?.[0]?.extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    await pass(server, 1, ME, token);
    expectRefused(await server.gql(ME, { token }), 'user');
  });

  it('counts requests with an unusable credential against their address', async () => {
    for (let i = 0; i < 2; i++) {
      const refused = await server.gql(ME, {
        token: 'ak_000000000000_notarealsecretnotarealsecretnotarealsecret0',
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expectRefused(await server.gql(ANONYMOUS), 'address');
  });
});
