// Two server processes on one PostgreSQL and a private Redis that dies: changes committed on B while Redis is
// down still reach an ops subscriber of A (the config poller notices, the history fills in), in order and
// once; after Redis comes back, nothing arrives twice. Runs in the PostgreSQL + Redis pass, as
// multi-instance.test.ts does (that pass has redis-server).
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/auth/password.js';
import { UserStore } from '../server/auth/user-store.js';
import { type DatabaseHandle, openDatabase } from '../server/platform/db.js';
import { PgConfigStateStore } from '../server/revisions/config-state-store.js';
import { TenantStore } from '../server/tenants/tenant-store.js';
import { CREATE_FLAG, premiumOnly, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { type Change, expectGapless, FLAG_CHANGES, readUntil } from './helpers/ops-feed.js';
import { type PrivateRedis, startPrivateRedis } from './helpers/private-redis.js';
import { type MainProcess, startMain, waitForUrl } from './helpers/processes.js';
import { connect, subscribe } from './helpers/ws-client.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

if (databaseUrl && redisUrl) {
  describe('the ops feed across instances while Redis is down', () => {
    const password = 'ops feed password';
    const slug = `of-${randomUUID().slice(0, 8)}`;
    let redis: PrivateRedis;
    let a: MainProcess;
    let b: MainProcess;
    let urlA: string;
    let urlB: string;
    let db: DatabaseHandle;

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

    beforeAll(async () => {
      redis = await startPrivateRedis();
      db = await openDatabase({ databaseUrl });
      const env = {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
        PORT: '0',
        AUGUR_DEMO: '0',
        LOG_LEVEL: 'info',
        // The poller is what notices a revision the bus never brought.
        AUGUR_CONFIG_POLL_MS: '200',
      };
      a = startMain(env);
      b = startMain(env);
      [urlA, urlB] = await Promise.all([waitForUrl(a), waitForUrl(b)]);
      // Staff accounts live in the operator tenant.
      const tenant = await new TenantStore(db.db).ensureOperator('operator', 'Operator');
      await new UserStore(db.db).ensure({
        tenantId: tenant.id,
        email: `ops@${slug}.test`,
        role: 'ops',
        plan: 'free',
        passwordHash: await hashPassword(password),
      });
    });

    afterAll(async () => {
      for (const p of [a, b]) if (p && p.child.exitCode === null) p.child.kill('SIGTERM');
      await Promise.all([a?.exited, b?.exited]);
      await redis?.close();
      await db?.close();
    });

    it('delivers every change committed on B to a subscriber of A, Redis or not, in order and once', async () => {
      const login = await gql(
        urlB,
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        {
          e: `ops@${slug}.test`,
          p: password,
        },
      );
      const ops = login.data?.login?.token ?? '';
      expect(ops).not.toBe('');
      const key = uniqueKey('opsfeed');
      const write = async (query: string, variables: Record<string, unknown>) =>
        expect((await gql(urlB, query, variables, ops)).errors).toBeUndefined();
      const toggle = (enabled: boolean, reason: string) => write(SET_ENABLED, { key, enabled, reason });
      const mine = (seen: Change[]) => seen.filter((c) => c.key === key);

      // Subscribed from a revision read from the database, so nothing committed meanwhile can slip past.
      const since = await new PgConfigStateStore(db.db).current();
      const { client } = connect(`${urlA.replace('http', 'ws')}/graphql`, ops);
      const feed = subscribe<{ flagChanges: Change }>(client, FLAG_CHANGES, { since });

      await write(CREATE_FLAG, { key, input: premiumOnly() });
      await toggle(false, 'redis up');
      const seen = await readUntil(feed, (s) => mine(s).length === 2);

      await redis.kill();
      for (let i = 0; i < 6; i++) await toggle(i % 2 === 0, `redis down ${i}`);
      await readUntil(feed, (s) => mine(s).length === 8, seen, 15_000);

      await redis.start();
      for (let i = 0; i < 2; i++) await toggle(i % 2 === 0, `redis back ${i}`);
      await readUntil(feed, (s) => mine(s).length === 10, seen, 15_000);

      // Whatever Redis replays late, or a change both the poller and the bus bring, would show up before this.
      await toggle(true, 'last');
      await readUntil(feed, (s) => mine(s).length >= 11, seen, 15_000);
      expect(mine(seen).map((c) => c.revision)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(
        mine(seen)
          .slice(2, 8)
          .every((c) => c.action === (c.revision % 2 === 1 ? 'flag.enable' : 'flag.disable')),
      ).toBe(true);
      expectGapless(seen, since);
      feed.close();
      await client.dispose();
    });
  });
} else {
  describe('the ops feed across instances while Redis is down', () => {
    it('runs in the PostgreSQL + Redis pass of .ci/run (TEST_DATABASE_URL and TEST_REDIS_URL are unset here)', () => {
      expect(databaseUrl && redisUrl).toBeFalsy();
    });
  });
}
