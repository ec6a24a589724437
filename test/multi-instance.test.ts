// Two server processes on one PostgreSQL and one Redis: a change made through instance A reaches a client
// of instance B, and a client whose instance stops reconnects to the other and misses nothing.
// It needs both servers, so it runs in the PostgreSQL + Redis pass (TEST_DATABASE_URL and TEST_REDIS_URL).
import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/auth/password.js';
import { UserStore } from '../server/auth/user-store.js';
import { type DatabaseHandle, openDatabase } from '../server/platform/db.js';
import { TenantStore } from '../server/tenants/tenant-store.js';
import { CREATE_FLAG, type Evaluated, premiumOnly, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { type MainProcess, startMain, waitForUrl } from './helpers/processes.js';
import { connect, subscribe } from './helpers/ws-client.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const MY_UPDATES = `subscription ($keys: [String!], $since: Int) {
  myFlagUpdates(keys: $keys, sinceRevision: $since) { configRevision full flags { key enabled reason revision } }
}`;
type Update = { myFlagUpdates: { configRevision: number; full: boolean; flags: Evaluated[] } };

if (databaseUrl && redisUrl) {
  describe('two instances on PostgreSQL + Redis', () => {
    const secret = randomBytes(32).toString('hex');
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      AUGUR_JWT_SECRET: secret,
      PORT: '0',
      AUGUR_DEMO: '0',
      LOG_LEVEL: 'info',
      // Polling off: a change can only reach the other instance through Redis.
      AUGUR_CONFIG_POLL_MS: '0',
    };
    let a: MainProcess;
    let b: MainProcess;
    let urlA: string;
    let urlB: string;
    let db: DatabaseHandle;
    const password = 'multi-instance password';
    const slug = `mi-${randomUUID().slice(0, 8)}`;

    const gql = async (url: string, query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, { token?: string }>; errors?: unknown[] };
    };
    const login = async (url: string, email: string) =>
      (
        await gql(url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
          e: email,
          p: password,
        })
      ).data?.login?.token ?? '';

    beforeAll(async () => {
      // Failed sign-ins of earlier runs share this machine's address counter in Redis: start clean.
      const redis = new Redis(redisUrl);
      const stale = await redis.keys('login_addr:*');
      if (stale.length > 0) await redis.del(...stale);
      await redis.quit();
      db = await openDatabase({ databaseUrl });
      a = startMain(env);
      urlA = await waitForUrl(a);
      b = startMain(env);
      urlB = await waitForUrl(b);
      const tenants = new TenantStore(db.db);
      const tenant = await tenants.ensure(slug, slug);
      // Staff accounts live in the operator tenant.
      const operator = await tenants.ensureOperator('operator', 'Operator');
      const users = new UserStore(db.db);
      const passwordHash = await hashPassword(password);
      await users.ensure({
        tenantId: operator.id,
        email: `ops@${slug}.test`,
        role: 'ops',
        plan: 'free',
        passwordHash,
      });
      await users.ensure({
        tenantId: tenant.id,
        email: `premium@${slug}.test`,
        role: 'user',
        plan: 'premium',
        passwordHash,
      });
    });

    afterAll(async () => {
      for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill('SIGTERM');
      await Promise.all([a?.exited, b?.exited]);
      await db?.close();
    });

    it('delivers a change made on A to a client of B, and a client of a stopped instance catches up on the other', async () => {
      const ops = await login(urlA, `ops@${slug}.test`);
      const user = await login(urlB, `premium@${slug}.test`);
      const key = uniqueKey('multi');
      expect((await gql(urlA, CREATE_FLAG, { key, input: premiumOnly() }, ops)).errors).toBeUndefined();

      const onB = connect(`${urlB.replace('http', 'ws')}/graphql`, user);
      const updates = subscribe<Update>(onB.client, MY_UPDATES, { keys: [key] });
      const first = (await updates.next(10_000)).myFlagUpdates;
      expect(first.flags[0]).toMatchObject({ key, enabled: true });

      await gql(urlA, SET_ENABLED, { key, enabled: false, reason: 'from A' }, ops);
      const killed = (await updates.next(1000)).myFlagUpdates;
      expect(killed.flags).toEqual([{ key, enabled: false, reason: 'DISABLED', revision: 2 }]);

      // B stops: its client is told to go elsewhere (1001), and misses a change made meanwhile.
      b.child.kill('SIGTERM');
      expect(await onB.closed).toBe(1001);
      expect(await b.exited).toBe(0);
      await gql(urlA, SET_ENABLED, { key, enabled: true, reason: 'while B is down' }, ops);

      const onA = connect(`${urlA.replace('http', 'ws')}/graphql`, user);
      const resumed = subscribe<Update>(onA.client, MY_UPDATES, {
        keys: [key],
        since: killed.configRevision,
      });
      const catchUp = (await resumed.next(5000)).myFlagUpdates;
      expect(catchUp.full).toBe(false);
      expect(catchUp.flags).toEqual([{ key, enabled: true, reason: 'TARGETING_MATCH', revision: 3 }]);
      resumed.close();
      await onA.client.dispose();
      await onB.client.dispose();
    });
  });
} else {
  describe('two instances on PostgreSQL + Redis', () => {
    it('runs in the PostgreSQL + Redis pass of .ci/run (TEST_DATABASE_URL and TEST_REDIS_URL are unset here)', () => {
      expect(databaseUrl && redisUrl).toBeFalsy();
    });
  });
}
