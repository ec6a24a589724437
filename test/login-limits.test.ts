// Sign-in limits behind a trusted proxy (127.0.0.1/32): failures count per (account, address) and per address,
// so failures from one address never refuse the right password from another; over HTTP and WebSocket.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { fail, login, loopback, remote } from './helpers/login-requests.js';
import { createTestTenant, startTestServer, TEST_PASSWORD, type TestServer } from './helpers/test-server.js';
import { connect, execute } from './helpers/ws-client.js';

const PER_PAIR = 3;
const PER_ADDRESS = 6;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: { AUGUR_TRUSTED_PROXIES: '127.0.0.1/32' },
    loginLimits: {
      perAccountAddress: PER_PAIR,
      perAddress: PER_ADDRESS,
      windowSeconds: 600,
      perAccount: 1000,
    },
  });
});
afterAll(() => server.close());

/** The proxy (127.0.0.1) forwarding a client at `address`. */
const via = (address: string) => ({ forwardedFor: address });

describe('per (account, address)', () => {
  it('blocks address A after N failures, even with the right password, and never address B', async () => {
    const { email } = (await createTestTenant(server)).accounts.user;
    // B is an IPv6 client: both families go through the same rule.
    const [a, b] = [remote(), '2001:db8::b'];
    expect(await fail(server.url, email, PER_PAIR, via(a))).toEqual(Array(PER_PAIR).fill('UNAUTHENTICATED'));
    const blocked = await login(server.url, email, TEST_PASSWORD, via(a));
    expect(blocked.code).toBe('RATE_LIMITED');
    expect(blocked.retryAfter).toBeGreaterThan(0);
    expect(blocked.retryAfter).toBeLessThanOrEqual(600);
    expect((await login(server.url, email, TEST_PASSWORD, via(b))).code).toBe('OK');
    // B's own failures start from zero.
    expect(await fail(server.url, email, 1, via(b))).toEqual(['UNAUTHENTICATED']);
    expect((await login(server.url, email, TEST_PASSWORD, via(a))).code).toBe('RATE_LIMITED');
  });

  it('clears the count of an address when it signs in', async () => {
    const { email } = (await createTestTenant(server)).accounts.premium;
    const a = remote();
    await fail(server.url, email, PER_PAIR - 1, via(a));
    expect((await login(server.url, email, TEST_PASSWORD, via(a))).code).toBe('OK');
    expect(await fail(server.url, email, PER_PAIR, via(a))).toEqual(Array(PER_PAIR).fill('UNAUTHENTICATED'));
    expect((await login(server.url, email, TEST_PASSWORD, via(a))).code).toBe('RATE_LIMITED');
  });

  it('takes the address from X-Forwarded-For on a WebSocket too', async () => {
    const { email } = (await createTestTenant(server)).accounts.support;
    const [a, b] = [remote(), remote()];
    await fail(server.url, email, PER_PAIR, via(a));
    const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const codeOver = async (address: string) => {
      const Forwarded = class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { 'x-forwarded-for': address } });
        }
      };
      const socket = connect(server.wsUrl, undefined, Forwarded);
      try {
        const result = await execute(socket.client, LOGIN, { e: email, p: TEST_PASSWORD });
        return result.errors?.[0]?.extensions?.code ?? 'OK';
      } finally {
        await socket.client.dispose();
      }
    };
    expect(await codeOver(a)).toBe('RATE_LIMITED');
    expect(await codeOver(b)).toBe('OK');
  });
});

describe('per address', () => {
  it('refuses an address that failed against many accounts, whatever the account', async () => {
    const tenant = await createTestTenant(server);
    const c = remote();
    for (let n = 0; n < PER_ADDRESS; n++) {
      expect(await fail(server.url, `ghost-${n}@${tenant.slug}.test`, 1, via(c))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    expect((await login(server.url, tenant.accounts.ops.email, TEST_PASSWORD, via(c))).code).toBe(
      'RATE_LIMITED',
    );
    expect((await login(server.url, tenant.accounts.ops.email, TEST_PASSWORD, via(remote()))).code).toBe(
      'OK',
    );
  });

  it('counts the addresses of one IPv6 /64 as one', async () => {
    const tenant = await createTestTenant(server);
    for (let n = 1; n <= PER_ADDRESS; n++)
      await fail(server.url, `ghost-${n}@${tenant.slug}.test`, 1, via(`2001:db8:0:1::${n}`));
    const { email } = tenant.accounts.premium;
    expect((await login(server.url, email, TEST_PASSWORD, via('2001:db8:0:1:ffff::1'))).code).toBe(
      'RATE_LIMITED',
    );
    expect((await login(server.url, email, TEST_PASSWORD, via('2001:db8:0:2::1'))).code).toBe('OK');
  });

  it("keeps an address's failures against other accounts when it signs in to its own", async () => {
    const tenant = await createTestTenant(server);
    const d = remote();
    for (let n = 0; n < PER_ADDRESS - 1; n++)
      await fail(server.url, `ghost-${n}@${tenant.slug}.test`, 1, via(d));
    expect((await login(server.url, tenant.accounts.platform.email, TEST_PASSWORD, via(d))).code).toBe('OK');
    expect(await fail(server.url, `ghost-x@${tenant.slug}.test`, 1, via(d))).toEqual(['UNAUTHENTICATED']);
    expect((await login(server.url, tenant.accounts.platform.email, TEST_PASSWORD, via(d))).code).toBe(
      'RATE_LIMITED',
    );
  });

  it('ignores a spoofed X-Forwarded-For from a peer outside the trusted proxies', async () => {
    const tenant = await createTestTenant(server);
    const localAddress = loopback();
    const codes: string[] = [];
    for (let n = 0; n <= PER_ADDRESS; n++) {
      const from = { localAddress, forwardedFor: remote() };
      codes.push((await login(server.url, `ghost-${n}@${tenant.slug}.test`, 'wrong', from)).code);
    }
    expect(codes).toEqual([...Array(PER_ADDRESS).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    // The same header from the trusted proxy names a client of its own.
    const forwardedFor = remote();
    expect(
      (await login(server.url, tenant.accounts.user.email, TEST_PASSWORD, { localAddress, forwardedFor }))
        .code,
    ).toBe('RATE_LIMITED');
    expect((await login(server.url, tenant.accounts.user.email, TEST_PASSWORD, { forwardedFor })).code).toBe(
      'OK',
    );
  });
});
