// Sign-in, the signed-in account, bearer tokens and the failed-login limit, through the real HTTP endpoint.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const LOGIN = `mutation ($email: String!, $password: String!, $tenant: String) {
  login(email: $email, password: $password, tenant: $tenant) { token expiresInSeconds user { id email role plan tenant { slug } } }
}`;
const ME = '{ me { id email role plan tenant { id slug name } } }';

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startTestServer({
    loginLimits: { perAccountAddress: 3, perAddress: 1000, windowSeconds: 60 },
  });
  tenant = await createTestTenant(server);
});
afterAll(() => server.close());

describe('login', () => {
  it('returns a token and the account', async () => {
    const { data, errors } = await server.gql<{
      login: { token: string; user: { email: string; role: string; plan: string; tenant: { slug: string } } };
    }>(LOGIN, { variables: { email: tenant.accounts.premium.email, password: TEST_PASSWORD } });
    expect(errors).toBeUndefined();
    expect(data?.login.token).toMatch(/^ey/);
    expect(data?.login.user).toMatchObject({
      email: tenant.accounts.premium.email,
      role: 'USER',
      plan: 'PREMIUM',
      tenant: { slug: tenant.slug },
    });
  });

  it('accepts the email in any case and with the tenant slug', async () => {
    const { errors } = await server.gql(LOGIN, {
      variables: {
        email: tenant.accounts.user.email.toUpperCase(),
        password: TEST_PASSWORD,
        tenant: tenant.slug,
      },
    });
    expect(errors).toBeUndefined();
  });

  it('gives the same UNAUTHENTICATED answer for a wrong password and an unknown email', async () => {
    const wrong = await server.gql(LOGIN, {
      variables: { email: tenant.accounts.support.email, password: 'nope' },
    });
    const unknown = await server.gql(LOGIN, {
      variables: { email: `ghost@${tenant.slug}.test`, password: 'nope' },
    });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('rate-limits repeated failures for one email from one address, even with the right password, with retryAfterSeconds', async () => {
    const email = tenant.accounts.user.email;
    for (let i = 0; i < 3; i++) {
      const { errors } = await server.gql(LOGIN, { variables: { email, password: `wrong-${i}` } });
      expect(errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await server.gql(LOGIN, { variables: { email, password: TEST_PASSWORD } });
    expect(blocked.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBe(
      blocked.errors?.[0]?.extensions.retryAfterSeconds,
    );
    expect(blocked.errors?.[0]?.extensions.http).toBeUndefined();
    expect(blocked.errors?.[0]?.extensions.requestId).toBe(blocked.headers.get('x-request-id'));
    // Another email from the same address is unaffected (the per-address limit here is high).
    const other = await server.gql(LOGIN, {
      variables: { email: tenant.accounts.ops.email, password: TEST_PASSWORD },
    });
    expect(other.errors).toBeUndefined();
  });

  it('rejects an empty email with VALIDATION_FAILED naming the argument', async () => {
    const { errors } = await server.gql(LOGIN, { variables: { email: '', password: 'x' } });
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ path: 'email' })]);
  });
});

describe('me', () => {
  it('returns the signed-in account with role, plan and tenant', async () => {
    const { data, errors } = await server.gql<{ me: Record<string, unknown> }>(ME, {
      token: tenant.accounts.ops.token,
    });
    expect(errors).toBeUndefined();
    expect(data?.me).toMatchObject({
      id: tenant.accounts.ops.id,
      email: tenant.accounts.ops.email,
      role: 'OPS',
      plan: 'FREE',
      tenant: { id: tenant.operatorId },
    });
  });

  it('gives UNAUTHENTICATED to an anonymous caller', async () => {
    const { data, errors } = await server.gql(ME);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: expect.any(String) });
  });

  it.each([
    ['a malformed token', 'not-a-jwt'],
    ['a token signed with another secret', 'forged'],
    ['an expired token', 'expired'],
  ])('gives UNAUTHENTICATED with HTTP 401 for %s', async (_name, kind) => {
    let token = kind;
    if (kind === 'forged' || kind === 'expired') {
      const key = new TextEncoder().encode(kind === 'forged' ? 'x'.repeat(40) : 'y'.repeat(40));
      const now = Math.floor(Date.now() / 1000);
      token = await new SignJWT({ tid: tenant.id })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(tenant.accounts.ops.id)
        .setIssuer('augur')
        .setIssuedAt(now - 7200)
        .setExpirationTime(kind === 'expired' ? now - 3600 : now + 3600)
        .sign(key);
    }
    const response = await server.gql(ME, { token });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a genuine token once it has expired', async () => {
    const signer = (
      server.app.services.auth as unknown as {
        tokens: { sign(u: string, t: string, now: number): Promise<string> };
      }
    ).tokens;
    const old = await signer.sign(
      tenant.accounts.ops.id,
      tenant.id,
      Math.floor(Date.now() / 1000) - 13 * 3600,
    );
    const response = await server.gql(ME, { token: old });
    expect(response.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
