// Rate limits across instances: two servers on one Redis (a private one) or one PostgreSQL share each
// count; with Redis gone, requests are still answered and each instance keeps counting in memory.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrivateRedis, startPrivateRedis } from './helpers/private-redis.js';
import { createTestTenant, startTestServer, type TestServer } from './helpers/test-server.js';

const ME = '{ me { id } }';
const LIMIT = 4;

/** Two instances on one database and one store, counting under one key prefix. */
async function pair(env: Record<string, string>): Promise<[TestServer, TestServer]> {
  const loginLimits = { keyPrefix: `rl_${randomUUID().slice(0, 8)}` };
  const settings = { env: { AUGUR_RATE_LIMIT_USER: String(LIMIT), ...env }, loginLimits };
  const a = await startTestServer(settings);
  const b = await startTestServer({ ...settings, instanceOf: a });
  return [a, b];
}

async function expectSharedCount(a: TestServer, b: TestServer): Promise<void> {
  const { token } = (await createTestTenant(a)).accounts.user;
  for (let i = 0; i < LIMIT; i++) {
    const response = await (i % 2 === 0 ? a : b).gql(ME, { token });
    expect(response.status, `request ${i + 1}`).toBe(200);
  }
  // Each instance has seen only half of the limit: only a shared count refuses the next on both.
  for (const server of [a, b]) {
    const refused = await server.gql(ME, { token });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'user' });
  }
}

describe('on Redis', () => {
  let redis: PrivateRedis;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    redis = await startPrivateRedis();
    [a, b] = await pair({ REDIS_URL: redis.url });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await redis?.close();
  });

  it('two instances share the count', () => expectSharedCount(a, b));

  it('answers every request while Redis is down, counting in memory meanwhile', async () => {
    const { token } = (await createTestTenant(a)).accounts.user;
    await redis.kill();
    for (let i = 0; i < LIMIT; i++) {
      const response = await a.gql(ME, { token });
      expect(response.status, JSON.stringify(response.errors)).toBe(200);
      expect(response.data).toMatchObject({ me: { id: expect.any(String) } });
    }
    const refused = await a.gql(ME, { token });
    expect(refused.status).toBe(429);
    await redis.start();
  });
});

if (process.env.TEST_DATABASE_URL) {
  describe('on PostgreSQL (no Redis)', () => {
    let a: TestServer;
    let b: TestServer;
    beforeAll(async () => {
      [a, b] = await pair({ REDIS_URL: '' });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('two instances share the count', () => expectSharedCount(a, b));
  });
}
