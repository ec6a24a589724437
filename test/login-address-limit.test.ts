// The per-address failed-login limit: failures with different emails from one address end in RATE_LIMITED.

import { randomInt } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csrfHeaders, startTestServer, type TestServer } from './helpers/test-server.js';

const LOGIN = `mutation ($email: String!) { login(email: $email, password: "wrong password") { token } }`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ loginLimits: { perEmail: 100, perAddress: 3, windowSeconds: 600 } });
});
afterAll(() => server.close());

/** A random loopback address other than 127.0.0.1, which the other test files sign in from. */
const loopback = () => `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;

/** Sends a login from `address`, a loopback address of its own so no other test shares its counter. */
function loginFrom(address: string, email: string): Promise<{ code: unknown; retryAfter: unknown }> {
  const body = JSON.stringify({ query: LOGIN, variables: { email } });
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/graphql`,
      {
        method: 'POST',
        localAddress: address,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...csrfHeaders,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => {
          const extensions = JSON.parse(text).errors?.[0]?.extensions ?? {};
          resolve({ code: extensions.code, retryAfter: extensions.retryAfterSeconds });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

it('refuses a fourth failed sign-in from one address even with a new email each time', async () => {
  const address = loopback();
  for (const n of [1, 2, 3]) {
    expect((await loginFrom(address, `nobody-${n}@example.test`)).code).toBe('UNAUTHENTICATED');
  }
  const blocked = await loginFrom(address, 'nobody-4@example.test');
  expect(blocked.code).toBe('RATE_LIMITED');
  expect(blocked.retryAfter).toBeGreaterThan(0);
  // Another address is not affected.
  expect((await loginFrom(loopback(), 'nobody-5@example.test')).code).toBe('UNAUTHENTICATED');
});
