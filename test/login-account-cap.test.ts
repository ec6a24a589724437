// The per-account cap on failures over all addresses: past it only addresses that signed in to the account
// before may still try, and refused attempts count toward nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fail, login, remote } from './helpers/login-requests.js';
import { createTestTenant, startTestServer, TEST_PASSWORD, type TestServer } from './helpers/test-server.js';

const PER_PAIR = 2;
const PER_ACCOUNT = 4;
const ACCOUNT_WINDOW = 3600;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: { AUGUR_TRUSTED_PROXIES: '127.0.0.1/32' },
    loginLimits: {
      perAccountAddress: PER_PAIR,
      perAddress: 100,
      windowSeconds: 600,
      perAccount: PER_ACCOUNT,
      accountWindowSeconds: ACCOUNT_WINDOW,
    },
  });
});
afterAll(() => server.close());

const via = (address: string) => ({ forwardedFor: address });

it('refuses new addresses once the account has had its failures, and lets a known address in', async () => {
  const { email } = (await createTestTenant(server)).accounts.user;
  const known = remote();
  expect((await login(server.url, email, TEST_PASSWORD, via(known))).code).toBe('OK');
  // A distributed guesser: PER_PAIR failures from each of several addresses.
  for (let n = 0; n < PER_ACCOUNT / PER_PAIR; n++) {
    expect(await fail(server.url, email, PER_PAIR, via(remote()))).toEqual(
      Array(PER_PAIR).fill('UNAUTHENTICATED'),
    );
  }
  const wrong = await login(server.url, email, 'another guess', via(remote()));
  expect(wrong.code).toBe('RATE_LIMITED');
  const right = await login(server.url, email, TEST_PASSWORD, via(remote()));
  expect(right.code).toBe('RATE_LIMITED');
  expect(right.retryAfter).toBeGreaterThan(0);
  expect(right.retryAfter).toBeLessThanOrEqual(ACCOUNT_WINDOW);
  // The address that signed in before still can, and its failures still count against its own pair only.
  expect((await login(server.url, email, TEST_PASSWORD, via(known))).code).toBe('OK');
  expect(await fail(server.url, email, 1, via(known))).toEqual(['UNAUTHENTICATED']);
  expect((await login(server.url, email, TEST_PASSWORD, via(known))).code).toBe('OK');
});

it('counts only checked passwords: an address hammering past its own limit does not use up the account', async () => {
  const { email } = (await createTestTenant(server)).accounts.premium;
  const attacker = remote();
  expect(await fail(server.url, email, PER_PAIR, via(attacker))).toEqual(
    Array(PER_PAIR).fill('UNAUTHENTICATED'),
  );
  expect(await fail(server.url, email, 20, via(attacker))).toEqual(Array(20).fill('RATE_LIMITED'));
  // PER_PAIR of PER_ACCOUNT failures used: a new address still gets its own tries and the right password.
  expect(await fail(server.url, email, 1, via(remote()))).toEqual(['UNAUTHENTICATED']);
  expect((await login(server.url, email, TEST_PASSWORD, via(remote()))).code).toBe('OK');
});

it('keeps other accounts out of it', async () => {
  const tenant = await createTestTenant(server);
  for (let n = 0; n < PER_ACCOUNT / PER_PAIR; n++)
    await fail(server.url, tenant.accounts.ops.email, PER_PAIR, via(remote()));
  expect((await login(server.url, tenant.accounts.ops.email, TEST_PASSWORD, via(remote()))).code).toBe(
    'RATE_LIMITED',
  );
  expect((await login(server.url, tenant.accounts.support.email, TEST_PASSWORD, via(remote()))).code).toBe(
    'OK',
  );
});
