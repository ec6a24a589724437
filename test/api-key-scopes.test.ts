// API keys by tenant and scope: a tenant admin manages its own tenant's keys only, create and revoke are
// audited with the tenant, and a key without the evaluate scope cannot evaluate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setModuleGates } from './helpers/module-gates.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const CREATE = `mutation ($t: ID!, $scopes: [ApiKeyScope!]) {
  createApiKey(tenantId: $t, name: "partner", scopes: $scopes) { secret apiKey { id scopes createdBy } }
}`;
const REVOKE = 'mutation ($t: ID!, $id: ID!) { revokeApiKey(tenantId: $t, id: $id) { id revokedAt } }';
const LIST = 'query ($t: ID!) { apiKeys(tenantId: $t) { id } }';
type Created = {
  createApiKey: { secret: string; apiKey: { id: string; scopes: string[]; createdBy: string } };
};

let server: TestServer;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  server = await startTestServer();
  [a, b] = await Promise.all([createTestTenant(server), createTestTenant(server)]);
});
afterAll(() => server.close());

describe('a tenant admin', () => {
  it('creates and revokes its own tenant’s keys, audited with the tenant', async () => {
    const admin = a.accounts.tenantAdmin;
    const created = await server.gql<Created>(CREATE, { token: admin.token, variables: { t: a.id } });
    expect(created.errors).toBeUndefined();
    const key = created.data?.createApiKey.apiKey;
    expect(key).toMatchObject({ scopes: ['EVALUATE'], createdBy: admin.id });
    const revoked = await server.gql<{ revokeApiKey: { revokedAt: string | null } }>(REVOKE, {
      token: admin.token,
      variables: { t: a.id, id: key?.id },
    });
    expect(revoked.data?.revokeApiKey.revokedAt).toBeTruthy();
    const events = await server.app.services.audit.list(
      { tenantId: a.id, targetType: 'apiKey' },
      10,
      undefined,
    );
    expect(events.map((e) => [e.action, e.targetKey, e.actor])).toEqual([
      ['apiKey.revoke', key?.id, `user:${admin.id}`],
      ['apiKey.create', key?.id, `user:${admin.id}`],
    ]);
  });

  it("gets NOT_FOUND for another tenant's keys, and changes nothing there", async () => {
    const theirs = await server.app.services.apiKeys.create(b.id, 'theirs', null);
    const token = a.accounts.tenantAdmin.token;
    for (const [query, variables] of [
      [CREATE, { t: b.id }],
      [REVOKE, { t: b.id, id: theirs.apiKey.id }],
      [REVOKE, { t: a.id, id: theirs.apiKey.id }],
      [LIST, { t: b.id }],
    ] as const) {
      const refused = await server.gql(query, { token, variables });
      expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    const keys = await server.app.services.apiKeys.list(b.id);
    expect(keys.map((k) => [k.id, k.revokedAt])).toEqual([[theirs.apiKey.id, null]]);
  });
});

describe('key scopes', () => {
  it('lets only a key with the evaluate scope evaluate flags', async () => {
    const EVALUATE = '{ evaluateFlags(context: { userId: "u1" }) { configRevision } }';
    const make = async (scopes: string[]) => {
      const created = await server.gql<Created>(CREATE, {
        token: a.accounts.platform.token,
        variables: { t: a.id, scopes },
      });
      expect(created.data?.createApiKey.apiKey.scopes).toEqual(scopes);
      return created.data?.createApiKey.secret ?? '';
    };
    const evaluate = await make(['EVALUATE']);
    const modules = await make(['MODULES']);
    expect((await server.gql(EVALUATE, { token: evaluate })).errors).toBeUndefined();
    expect((await server.gql(EVALUATE, { token: modules })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const me = await server.gql<{ currentApiKey: { scopes: string[] } }>('{ currentApiKey { scopes } }', {
      token: modules,
    });
    expect(me.data?.currentApiKey.scopes).toEqual(['MODULES']);
  });

  it("lets a modules key run a module for one of its tenant's users, and no one else's", async () => {
    await setModuleGates(server);
    const created = await server.gql<Created>(CREATE, {
      token: a.accounts.platform.token,
      variables: { t: a.id, scopes: ['MODULES'] },
    });
    const secret = created.data?.createApiKey.secret ?? '';
    const user = a.accounts.user;
    const mine = await server.app.services.chat.createConversation(
      { userId: user.id, tenantId: a.id, role: 'user' },
      'by key',
    );
    const RUN = `mutation ($u: ID!, $c: ID!) {
      executeModuleForUser(userId: $u, module: RUNES, conversationId: $c, spread: "single", question: "Now?") {
        module quotaLeft
      }
    }`;
    const ran = await server.gql<{ executeModuleForUser: { module: string } }>(RUN, {
      token: secret,
      variables: { u: user.id, c: mine.id },
    });
    expect(ran.errors).toBeUndefined();
    expect(ran.data?.executeModuleForUser.module).toBe('RUNES');
    const other = await server.gql(RUN, { token: secret, variables: { u: b.accounts.user.id, c: mine.id } });
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const evaluateOnly = await server.app.services.apiKeys.create(a.id, 'evaluate only', null);
    const refused = await server.gql(RUN, {
      token: evaluateOnly.secret,
      variables: { u: user.id, c: mine.id },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it("limits each key to its tenant's requestsPerMinute, with 429 and Retry-After", async () => {
    const meta = { actor: 'system', reason: 'rate limit test', requestId: 'rate-limit-test' };
    const { revision } = await server.app.services.tenancy.settingsOf(b.id);
    await server.app.services.tenancy.updateSettings(
      b.id,
      revision,
      { 'rateLimit.requestsPerMinute': 2 },
      meta,
    );
    const [first, second] = await Promise.all([
      server.app.services.apiKeys.create(b.id, 'limited', null),
      server.app.services.apiKeys.create(b.id, 'limited too', null),
    ]);
    const call = (secret: string) => server.gql('{ currentApiKey { id } }', { token: secret });
    expect((await call(first.secret)).errors).toBeUndefined();
    expect((await call(first.secret)).errors).toBeUndefined();
    const limited = await call(first.secret);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Counted per key; a tenant without the setting is not limited.
    expect((await call(second.secret)).errors).toBeUndefined();
    const unlimited = await server.app.services.apiKeys.create(a.id, 'unlimited', null);
    for (let i = 0; i < 4; i++) expect((await call(unlimited.secret)).errors).toBeUndefined();
  });
});
