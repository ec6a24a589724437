// The per-address failed-login limit without trusted proxies: failures with many emails from one socket
// address end in RATE_LIMITED, and X-Forwarded-For is ignored.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fail, login, loopback, remote } from './helpers/login-requests.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startTestServer({
    loginLimits: { perAccountAddress: 100, perAddress: 3, windowSeconds: 600 },
  });
  tenant = await createTestTenant(server);
});
afterAll(() => server.close());

it('refuses a fourth failed sign-in from one address even with a new email each time', async () => {
  const from = { localAddress: loopback() };
  for (const n of [1, 2, 3]) {
    expect(await fail(server.url, `nobody-${n}@example.test`, 1, from)).toEqual(['UNAUTHENTICATED']);
  }
  const blocked = await login(server.url, 'nobody-4@example.test', 'wrong', from);
  expect(blocked.code).toBe('RATE_LIMITED');
  expect(blocked.retryAfter).toBeGreaterThan(0);
  // The right password from that address waits too: the address has used up its failures.
  expect((await login(server.url, tenant.accounts.user.email, undefined, from)).code).toBe('RATE_LIMITED');
  // Another address is not affected.
  expect(await fail(server.url, 'nobody-5@example.test', 1, { localAddress: loopback() })).toEqual([
    'UNAUTHENTICATED',
  ]);
});

it('ignores X-Forwarded-For without AUGUR_TRUSTED_PROXIES: a new header value each time does not help', async () => {
  const localAddress = loopback();
  const codes = [];
  for (const n of [1, 2, 3, 4]) {
    codes.push(
      (await login(server.url, `spoof-${n}@example.test`, 'wrong', { localAddress, forwardedFor: remote() }))
        .code,
    );
  }
  expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  // Nor does naming an address that has not failed.
  const other = loopback();
  expect(
    (await login(server.url, tenant.accounts.ops.email, undefined, { localAddress, forwardedFor: other }))
      .code,
  ).toBe('RATE_LIMITED');
});
