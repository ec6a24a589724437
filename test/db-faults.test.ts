// PostgreSQL faults under a running server (its own private cluster): backends terminated, a crash and a
// restart, a hung server. The process stays up, calls answer fast with a code, it recovers by itself, and a
// subscriber gets the changes made after recovery; no log line carries the connection string or password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../server/platform/errors.js';
import {
  type Answer,
  gql,
  type Instance,
  logged,
  loggedCount,
  login,
  PASSWORD,
  ready,
  seedAccounts,
  startInstance,
  stopInstance,
  type Update,
  unwatch,
  watchNewFlag,
} from './helpers/fault-cluster.js';
import { MY_FLAGS, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { waitFor } from './helpers/free-port.js';
import { type PrivatePostgres, startPrivatePostgres } from './helpers/private-postgres.js';
import type { Subscription, WsHandle } from './helpers/ws-client.js';

/** The longest any call may take while the database is down or hung (the deadlines default to 1.5 s). */
const FAST_MS = 2000;

/** What needs the database fails in time with UNAVAILABLE, 503 and Retry-After: never a hang or INTERNAL. */
function expectUnavailable(answer: Answer) {
  expect(answer.status, 'no answer in time').not.toBe(0);
  expect(answer.ms).toBeLessThan(FAST_MS);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
  expect(ERROR_CODES).toContain('UNAVAILABLE');
  expect(answer.status).toBe(503);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
}

/** What memory can answer keeps answering, in time, with data. */
function expectServedFromMemory(answer: Answer, key: string, enabled: boolean) {
  expect(answer.ms).toBeLessThan(FAST_MS);
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data?.myFlags).toMatchObject({ flags: [{ key, enabled }] });
}

describe('PostgreSQL faults under a running server', () => {
  let pg: PrivatePostgres;
  let augur: Instance;
  let ops: string;
  let user: string;
  let premiumEmail: string;
  let socket: WsHandle;
  let updates: Subscription<Update>;
  const key = uniqueKey('db_fault');

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    augur = await startInstance({ DATABASE_URL: pg.url, AUGUR_CONFIG_POLL_MS: '200' });
    const accounts = await seedAccounts(pg.adminUrl);
    ops = await login(augur, accounts.ops);
    user = await login(augur, accounts.premium);
    premiumEmail = accounts.premium;
    ({ socket, updates } = await watchNewFlag(key, augur, ops, augur, user));
  });

  afterAll(async () => {
    await unwatch(socket && updates ? { socket, updates } : undefined);
    await stopInstance(augur);
    await pg?.close();
  });

  const toggle = (enabled: boolean) => gql(augur, SET_ENABLED, { key, enabled, reason: 'fault test' }, ops);
  const myFlags = () => gql(augur, MY_FLAGS, { keys: [key] }, user);
  const isReady = async () => (await ready(augur)).status === 200;
  const signIn = () =>
    gql(augur, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: premiumEmail,
      p: PASSWORD,
    });

  /** A change committed now reaches the subscriber that was open all along. */
  async function expectChangeDelivered(enabled: boolean) {
    const written = await toggle(enabled);
    expect(written.body.errors).toBeUndefined();
    const update = (await updates.next(5000)).myFlagUpdates;
    expect(update.flags).toEqual([expect.objectContaining({ key, enabled })]);
  }

  it('survives the termination of every Augur backend and serves the next requests', async () => {
    expect(await pg.terminateBackends()).toBeGreaterThan(0);
    await waitFor('the loss to be noticed', () => logged(augur, 'database connection lost'));
    // The poller opens a fresh connection on its next round.
    await waitFor('a new connection', () => logged(augur, 'database connection restored'));
    expect(augur.main.child.exitCode).toBeNull();
    const flags = await myFlags();
    expect(flags.body.errors).toBeUndefined();
    expect(flags.body.data?.myFlags).toMatchObject({ flags: [{ key, enabled: true }] });
    expect((await ready(augur)).status).toBe(200);
    await expectChangeDelivered(false);
  });

  it('a crash (immediate stop): stays up, /ready says database, calls fail fast; recovers after a start', async () => {
    const failuresBefore = loggedCount(augur, 'config poll failing');
    await pg.stop('immediate');
    await waitFor('/ready to fail', async () => !(await isReady()));
    const readiness = await ready(augur);
    expect(readiness).toMatchObject({ status: 503, body: { reason: 'database' } });
    expect(readiness.ms).toBeLessThan(FAST_MS);
    expectServedFromMemory(await myFlags(), key, false);
    const modules = await gql(augur, '{ moduleAvailability { module state quotaLeft } }', {}, user);
    expect(modules.body.errors).toBeUndefined();
    expect(modules.body.data?.moduleAvailability).toEqual(
      expect.arrayContaining([expect.objectContaining({ module: 'TAROT', quotaLeft: null })]),
    );
    expectUnavailable(await toggle(true));
    expectUnavailable(await signIn());
    expect(augur.main.child.exitCode).toBeNull();

    await waitFor('the poll to notice', () => loggedCount(augur, 'config poll failing') > failuresBefore);
    await pg.start();
    await waitFor('/ready to recover', isReady);
    await expectChangeDelivered(true);
    // One line for the whole outage, however many polls failed.
    expect(loggedCount(augur, 'config poll failing')).toBe(failuresBefore + 1);
    await waitFor('the poll recovery line', () => logged(augur, 'config poll: database answers again'));
  });

  it('a hung server (SIGSTOP): calls answer within seconds, not hang; SIGCONT: recovers', async () => {
    pg.pause();
    try {
      const readiness = await ready(augur);
      expect(readiness).toMatchObject({ status: 503, body: { reason: 'database' } });
      expect(readiness.ms).toBeLessThan(FAST_MS);
      const [flags, write, signedIn] = await Promise.all([myFlags(), toggle(false), signIn()]);
      expectServedFromMemory(flags, key, true);
      expectUnavailable(write);
      expectUnavailable(signedIn);
    } finally {
      pg.resume();
    }
    await waitFor('/ready to recover', isReady);
    expect(augur.main.child.exitCode).toBeNull();
    // The write that timed out was not committed later behind the client's back.
    const flags = await myFlags();
    expect(flags.body.data?.myFlags).toMatchObject({ flags: [{ key, enabled: true }] });
    expect(await updates.quiet(300)).toBe(true);
    await expectChangeDelivered(false);
  });

  it('never writes the connection string or its password to stdout or stderr', () => {
    const { stdout, stderr } = augur.main.output();
    for (const secret of [pg.password, pg.url, 'postgres://']) {
      expect(stdout).not.toContain(secret);
      expect(stderr).not.toContain(secret);
    }
  });
});
