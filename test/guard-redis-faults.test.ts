// The guard's counters when Redis is killed mid-window under two running servers (private Redis and
// PostgreSQL): outcomes keep being counted (in PostgreSQL), the breach still trips the guard, and it trips once.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gql,
  type Instance,
  login,
  seedAccounts,
  startInstance,
  stopInstance,
} from './helpers/fault-cluster.js';
import { CREATE_FLAG, premiumOnly, uniqueKey } from './helpers/flags.js';
import { CREATE_GUARD, GUARD, GUARD_REVISIONS, TRACK } from './helpers/guard.js';
import { type PrivatePostgres, startPrivatePostgres } from './helpers/private-postgres.js';
import { type PrivateRedis, startPrivateRedis } from './helpers/private-redis.js';
import { waitFor } from './helpers/wait.js';

describe('guard counters with Redis killed mid-window', () => {
  let pg: PrivatePostgres;
  let redis: PrivateRedis;
  let a: Instance;
  let b: Instance;
  let ops: string;
  let user: string;

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
    // One signing secret, so each token works on both; the poll carries changes while Redis is away.
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      AUGUR_CONFIG_POLL_MS: '200',
      AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
    };
    a = await startInstance(env);
    b = await startInstance(env);
    const accounts = await seedAccounts(pg.adminUrl);
    ops = await login(a, accounts.ops);
    user = await login(a, accounts.premium);
  });

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await redis?.close();
    await pg?.close();
  });

  const status = async (instance: Instance, key: string) =>
    ((await gql(instance, GUARD, { key }, ops)).body.data?.guard as { status: string } | null)?.status;

  const report = async (instance: Instance, key: string, errors: number) => {
    const outcomes = Array.from({ length: errors }, () => ({ flagKey: key, outcome: 'ERROR', latencyMs: 5 }));
    const answer = await gql(instance, TRACK, { outcomes }, user);
    expect(answer.status).toBe(200);
    return (answer.body.data?.trackFlagOutcomes as { counted: number } | undefined)?.counted;
  };

  it('counts in PostgreSQL from the kill on, trips on the breach, and trips once', async () => {
    const key = uniqueKey('guard_redis');
    expect((await gql(a, CREATE_FLAG, { key, input: premiumOnly() }, ops)).body.errors).toBeUndefined();
    const created = await gql(a, CREATE_GUARD, { key, input: { threshold: 0.5, minSamples: 10 } }, ops);
    expect(created.body.errors).toBeUndefined();
    await waitFor(async () => (await status(b, key)) === 'CLOSED', 'instance B to hold the guard', 10_000);
    expect(await report(a, key, 4)).toBe(4);
    expect(await status(a, key)).toBe('CLOSED');

    await redis.kill();
    // Both instances keep counting (in PostgreSQL now); together they pass the minimum at once.
    const counted = await Promise.all([report(a, key, 6), report(b, key, 6)]);
    expect(counted).toEqual([6, 6]);
    for (const instance of [a, b])
      await waitFor(async () => (await status(instance, key)) === 'OPEN', 'the trip on both', 15_000);

    const revisions = await gql(a, GUARD_REVISIONS, { key }, ops);
    const actions = ((revisions.body.data?.guardRevisions ?? []) as { action: string }[]).map(
      (r) => r.action,
    );
    expect(actions).toEqual(['guard.trip', 'guard.create']);
    const guard = (
      await gql(
        b,
        `query ($key: String!) { guard(flagKey: $key) { lastTrip { figures { samples errors } } } }`,
        { key },
        ops,
      )
    ).body.data?.guard as { lastTrip: { figures: { samples: number; errors: number } } };
    // Judged on what the database holds: the outcomes counted since the kill, not the four Redis took with it.
    expect(guard.lastTrip.figures.samples).toBeGreaterThanOrEqual(10);
    expect(guard.lastTrip.figures.samples).toBeLessThanOrEqual(12);
  });
});
