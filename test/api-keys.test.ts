// API keys: issued by platform, secret shown once and stored hashed, authenticating a third party as scope apiKey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const CREATE = `mutation ($tenantId: ID!, $name: String!) {
  createApiKey(tenantId: $tenantId, name: $name) { secret apiKey { id name prefix revokedAt tenant { slug } } }
}`;
const CURRENT = '{ currentApiKey { id name prefix tenant { id } } }';

interface Created {
  createApiKey: {
    secret: string;
    apiKey: { id: string; name: string; prefix: string; revokedAt: string | null };
  };
}

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
});
afterAll(() => server.close());

describe('API keys', () => {
  it('are created by platform with a one-time secret, stored only as a digest', async () => {
    const { data, errors } = await server.gql<Created>(CREATE, {
      token: tenant.accounts.platform.token,
      variables: { tenantId: tenant.id, name: 'Partner backend' },
    });
    expect(errors).toBeUndefined();
    const created = data?.createApiKey;
    expect(created?.secret).toMatch(/^ak_[a-f0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created?.secret.startsWith(`ak_${created?.apiKey.prefix}_`)).toBe(true);

    const row = await server.app.database.db
      .selectFrom('api_keys')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('id', '=', created?.apiKey.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.secret_hash).not.toContain(created?.secret.slice(16));
    expect(JSON.stringify(row)).not.toContain(created?.secret);

    const list = await server.gql<{ apiKeys: Record<string, unknown>[] }>(
      'query ($t: ID!) { apiKeys(tenantId: $t) { id prefix name } }',
      { token: tenant.accounts.platform.token, variables: { t: tenant.id } },
    );
    expect(list.data?.apiKeys).toEqual([
      { id: created?.apiKey.id, prefix: created?.apiKey.prefix, name: 'Partner backend' },
    ]);
  });

  it('authenticate their bearer as scope apiKey within their tenant, until revoked', async () => {
    const { data } = await server.gql<Created>(CREATE, {
      token: tenant.accounts.platform.token,
      variables: { tenantId: tenant.id, name: 'Revocable' },
    });
    const secret = data?.createApiKey.secret ?? '';
    const id = data?.createApiKey.apiKey.id;

    const who = await server.gql<{ currentApiKey: { id: string; tenant: { id: string } } }>(CURRENT, {
      token: secret,
    });
    expect(who.errors).toBeUndefined();
    expect(who.data?.currentApiKey).toMatchObject({ id, tenant: { id: tenant.id } });

    const me = await server.gql('{ me { id } }', { token: secret });
    expect(me.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const revoked = await server.gql<{ revokeApiKey: { revokedAt: string | null } }>(
      'mutation ($t: ID!, $id: ID!) { revokeApiKey(tenantId: $t, id: $id) { revokedAt } }',
      { token: tenant.accounts.platform.token, variables: { t: tenant.id, id } },
    );
    expect(revoked.data?.revokeApiKey.revokedAt).toBeTruthy();

    const after = await server.gql(CURRENT, { token: secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuse a secret with the right prefix but a wrong body', async () => {
    const { data } = await server.gql<Created>(CREATE, {
      token: tenant.accounts.platform.token,
      variables: { tenantId: tenant.id, name: 'Guessable?' },
    });
    const secret = data?.createApiKey.secret ?? '';
    const forged = `${secret.slice(0, -4)}AAAA`;
    const { errors } = await server.gql(CURRENT, { token: forged });
    expect(errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('cannot be created by ops, and reject bad input with the field path', async () => {
    const forbidden = await server.gql(CREATE, {
      token: tenant.accounts.ops.token,
      variables: { tenantId: tenant.id, name: 'x' },
    });
    expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const badTenant = await server.gql(CREATE, {
      token: tenant.accounts.platform.token,
      variables: { tenantId: 'not-a-uuid', name: 'x' },
    });
    expect(badTenant.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'tenantId' }],
    });

    const emptyName = await server.gql(CREATE, {
      token: tenant.accounts.platform.token,
      variables: { tenantId: tenant.id, name: '   ' },
    });
    expect(emptyName.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'name' }],
    });

    const unknownTenant = await server.gql(CREATE, {
      token: tenant.accounts.platform.token,
      variables: { tenantId: '00000000-0000-4000-8000-000000000000', name: 'x' },
    });
    expect(unknownTenant.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
