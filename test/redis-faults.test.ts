// Redis killed and started again under two running servers (private Redis and PostgreSQL): both stay up,
// /ready says redis meanwhile, evaluation, sign-in and writes keep working, and once Redis is back a change
// made on one instance reaches a subscriber of the other through Redis again (polling is off).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gql,
  type Instance,
  login,
  ready,
  seedAccounts,
  startInstance,
  stopInstance,
  type Update,
  unwatch,
  watchNewFlag,
} from './helpers/fault-cluster.js';
import { CREATE_FLAG, MY_FLAGS, premiumOnly, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { waitFor } from './helpers/free-port.js';
import { type PrivatePostgres, startPrivatePostgres } from './helpers/private-postgres.js';
import { type PrivateRedis, startPrivateRedis } from './helpers/private-redis.js';
import type { Subscription, WsHandle } from './helpers/ws-client.js';

describe('Redis faults under two running servers', () => {
  let pg: PrivatePostgres;
  let redis: PrivateRedis;
  let a: Instance;
  let b: Instance;
  let accounts: { ops: string; premium: string };
  let ops: string;
  let user: string;
  let socket: WsHandle;
  let updates: Subscription<Update>;
  const key = uniqueKey('redis_fault');

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url, AUGUR_CONFIG_POLL_MS: '0' };
    a = await startInstance(env);
    b = await startInstance(env);
    accounts = await seedAccounts(pg.adminUrl);
    ops = await login(a, accounts.ops);
    user = await login(b, accounts.premium);
    ({ socket, updates } = await watchNewFlag(key, a, ops, b, user));
  });

  afterAll(async () => {
    await unwatch(socket && updates ? { socket, updates } : undefined);
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await redis?.close();
    await pg?.close();
  });

  /** Set on A, seen by the subscriber on B: only Redis carries it there. */
  async function expectDeliveredAcross(enabled: boolean) {
    const written = await gql(a, SET_ENABLED, { key, enabled, reason: 'redis fault test' }, ops);
    expect(written.body.errors).toBeUndefined();
    expect((await updates.next(5000)).myFlagUpdates.flags).toEqual([
      expect.objectContaining({ key, enabled }),
    ]);
  }

  it('delivers across instances through Redis before the fault', async () => {
    await expectDeliveredAcross(false);
  });

  it('Redis killed: both stay up, /ready says redis, evaluation, sign-in and writes keep working', async () => {
    await redis.kill();
    await waitFor('/ready to name redis', async () => (await ready(b)).body.reason === 'redis');
    const flags = await gql(b, MY_FLAGS, { keys: [key] }, user);
    expect(flags.body.errors).toBeUndefined();
    expect(flags.body.data?.myFlags).toMatchObject({ flags: [{ key, enabled: false }] });
    const signIn = await gql(
      b,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: accounts.premium, p: 'fault test password' },
    );
    expect(signIn.body.errors).toBeUndefined();
    expect(signIn.ms).toBeLessThan(4000);
    // A write of another flag commits; its event cannot cross until Redis is back.
    const other = await gql(a, CREATE_FLAG, { key: uniqueKey('during_outage'), input: premiumOnly() }, ops);
    expect(other.body.errors).toBeUndefined();
    expect(a.main.child.exitCode).toBeNull();
    expect(b.main.child.exitCode).toBeNull();
  });

  it('Redis started again: both report ready by themselves and changes cross again', async () => {
    await redis.start();
    await waitFor(
      'both instances ready',
      async () => (await ready(a)).status === 200 && (await ready(b)).status === 200,
    );
    await waitFor('the bus to resubscribe', () =>
      b.main.output().stdout.includes('bus: redis available again'),
    );
    await expectDeliveredAcross(true);
    const { stdout } = b.main.output();
    // One line per Redis client of the bus for the whole outage, not one per retry.
    expect(stdout.split('\n').filter((line) => line.includes('bus: redis error')).length).toBeLessThanOrEqual(
      2,
    );
  });
});
