// Chaos tests of the guard through the real server: a module forced to fail at a chosen rate trips its guard
// after the minimum samples, open WebSocket clients see GUARD_OPEN, refused calls leave quota untouched;
// below the threshold nothing trips; half-open recovery; ROLLBACK restores the armed revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanFlag } from '../server/flags/test-flags.js';
import type { GuardTripped } from '../server/guard/guard-notifier.js';
import { loadConfig } from '../server/platform/config.js';
import { uniqueKey } from './helpers/flags.js';
import {
  CREATE_GUARD,
  GUARD_REVISIONS,
  type GuardView,
  META,
  onFlag,
  REENABLE,
  readGuard,
  report,
  TRACK,
} from './helpers/guard.js';
import { setModuleGates } from './helpers/module-gates.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, subscribe } from './helpers/ws-client.js';

const EXECUTE = `mutation ($c: ID!) {
  executeModule(module: RUNES, conversationId: $c, spread: "single", question: "will it hold?") { id quotaLeft }
}`;
const AVAILABILITY = '{ moduleAvailability { module state reason quotaLeft } }';
const MY_UPDATES = `subscription ($keys: [String!]) {
  myFlagUpdates(keys: $keys) { configRevision full flags { key enabled reason revision } }
}`;
type Update = { myFlagUpdates: { flags: { key: string; enabled: boolean; reason: string }[] } };
const EXPLAIN = `query ($key: String!, $email: String!, $tenant: ID!) {
  explain(flagKey: $key, context: {}, userEmail: $email, tenantId: $tenant) {
    result { enabled reason }
    trace { step outcome }
    guard { status lastTrip { at figures { samples errors errorRate threshold } } }
  }
}`;

let server: TestServer;
let tenant: TestTenant;
let ops: string;
const trips: GuardTripped[] = [];

beforeAll(async () => {
  server = await startTestServer({
    env: { AUGUR_TEST_FAULTS: '1', AUGUR_MODULE_QUOTA: 'free=100,premium=100' },
  });
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
  await setModuleGates(server);
  server.app.services.bus.subscribe('guard.tripped', (event) => trips.push(event));
  // The module gates are shared by the whole database: a guard left by an earlier run is removed first.
  if (server.app.services.guards.find('runes_enabled'))
    await server.app.services.guards.archive('runes_enabled', undefined, META);
});
afterAll(async () => {
  if (server.app.services.guards.find('runes_enabled'))
    await server.app.services.guards.archive('runes_enabled', undefined, META);
  await server.close();
});

describe('the test-only fault switch', () => {
  it('is refused at start-up outside NODE_ENV=test', () => {
    for (const NODE_ENV of ['production', 'development']) {
      expect(() =>
        loadConfig({ NODE_ENV, AUGUR_TEST_FAULTS: '1', AUGUR_JWT_SECRET: 'x'.repeat(40), AUGUR_DEMO: '0' }),
      ).toThrow(/AUGUR_TEST_FAULTS: the fault switch is for tests only/);
    }
    expect(loadConfig({ NODE_ENV: 'test', AUGUR_TEST_FAULTS: '1' }).testFaults).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).testFaults).toBe(false);
  });
});

describe('a failing module trips its guard', () => {
  it('trips after the minimum samples, holds the flag off for open clients, and spends no quota on refusals', async () => {
    const faults = server.app.services.moduleFaults;
    if (!faults) throw new Error('the test server was started without AUGUR_TEST_FAULTS');
    const user = tenant.accounts.user.token;
    const created = await server.gql<{ createGuard: GuardView }>(CREATE_GUARD, {
      token: ops,
      variables: {
        key: 'runes_enabled',
        input: { threshold: 0.5, windowSeconds: 60, minSamples: 10, action: 'OFF', halfOpen: 'MANUAL' },
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createGuard).toMatchObject({ status: 'CLOSED', lastTrip: null });

    const socket = connect(server.wsUrl, user);
    const updates = subscribe<Update>(socket.client, MY_UPDATES, { keys: ['runes_enabled'] });
    expect((await updates.next()).myFlagUpdates.flags[0]).toMatchObject({ enabled: true });

    const conv = await server.gql<{ createConversation: { id: string } }>(
      'mutation { createConversation(title: "chaos") { id } }',
      { token: user },
    );
    const c = conv.data?.createConversation.id;
    faults.set('runes', 0.8);
    const codes: string[] = [];
    for (let i = 0; i < 9; i++) {
      const run = await server.gql(EXECUTE, { token: user, variables: { c } });
      codes.push(run.errors?.[0]?.extensions.code ?? 'OK');
    }
    // Nine samples are under the minimum of ten: still closed, whatever the error rate.
    await server.app.services.guards.check('runes_enabled');
    expect((await readGuard(server, ops, 'runes_enabled')).status).toBe('CLOSED');
    const tenth = await server.gql(EXECUTE, { token: user, variables: { c } });
    codes.push(tenth.errors?.[0]?.extensions.code ?? 'OK');
    expect(codes.filter((code) => code === 'INTERNAL')).toHaveLength(8);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(2);

    await waitFor(async () => (await readGuard(server, ops, 'runes_enabled')).status === 'OPEN', 'the trip');
    const guard = await readGuard(server, ops, 'runes_enabled');
    expect(guard.lastTrip?.figures).toMatchObject({ samples: 10, errors: 8, errorRate: 0.8, threshold: 0.5 });

    // The open client hears the flag go off with GUARD_OPEN.
    const off = await updates.next();
    expect(off.myFlagUpdates.flags[0]).toMatchObject({
      key: 'runes_enabled',
      enabled: false,
      reason: 'GUARD_OPEN',
    });

    // A refused call leaves the quota as it was.
    faults.set('runes', 0);
    const before = await server.gql<{
      moduleAvailability: { module: string; state: string; reason: string; quotaLeft: number }[];
    }>(AVAILABILITY, { token: user });
    const runesBefore = before.data?.moduleAvailability.find((m) => m.module === 'RUNES');
    expect(runesBefore).toMatchObject({ state: 'LOCKED', reason: 'GUARD_OPEN', quotaLeft: 98 });
    const refused = await server.gql(EXECUTE, { token: user, variables: { c } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'MODULE_DISABLED', reason: 'GUARD_OPEN' });
    const after = await server.gql<{ moduleAvailability: { module: string; quotaLeft: number }[] }>(
      AVAILABILITY,
      {
        token: user,
      },
    );
    expect(after.data?.moduleAvailability.find((m) => m.module === 'RUNES')?.quotaLeft).toBe(98);

    // One system revision with the figures, one audit event, one notification.
    const revisions = await server.gql<{
      guardRevisions: { revision: number; action: string; actor: string; reason: string }[];
    }>(GUARD_REVISIONS, { token: ops, variables: { key: 'runes_enabled' } });
    // Only this run's: the module gates (and their guard's history) outlive a run on PostgreSQL.
    const createdRevision = created.data?.createGuard.revision ?? 0;
    const tripRevisions =
      revisions.data?.guardRevisions.filter(
        (r) => r.action === 'guard.trip' && r.revision > createdRevision,
      ) ?? [];
    expect(tripRevisions).toHaveLength(1);
    expect(tripRevisions[0]?.actor).toBe('system');
    expect(tripRevisions[0]?.reason).toContain('error rate 0.800 (8 of 10)');
    const audit = await server.gql<{ auditEvents: { items: { actor: string; status: string }[] } }>(
      'query ($since: DateTime!) { auditEvents(action: GUARD_TRIP, targetKey: "runes_enabled", since: $since) { items { actor status } } }',
      { token: ops, variables: { since: created.data?.createGuard.since } },
    );
    expect(audit.data?.auditEvents.items).toEqual([{ actor: 'system', status: 'success' }]);
    await waitFor(() => trips.some((t) => t.flagKey === 'runes_enabled'), 'the trip notice');
    expect(trips.filter((t) => t.flagKey === 'runes_enabled')).toHaveLength(1);

    // Explain names the guard with its figures and the time it tripped.
    const explained = await server.gql<{
      explain: {
        result: { reason: string };
        guard: { lastTrip: { at: string; figures: { errors: number } } };
      };
    }>(EXPLAIN, {
      token: ops,
      variables: { key: 'runes_enabled', email: `user@${tenant.slug}.test`, tenant: tenant.id },
    });
    expect(explained.errors).toBeUndefined();
    expect(explained.data?.explain.result.reason).toBe('GUARD_OPEN');
    expect(explained.data?.explain.guard.lastTrip).toMatchObject({
      at: guard.lastTrip?.at,
      figures: { errors: 8 },
    });

    // Re-enabled by hand with a reason: the flag is back for the open client, the window starts afresh.
    const reenabled = await server.gql<{ reenableGuard: GuardView }>(REENABLE, {
      token: ops,
      variables: { key: 'runes_enabled', reason: 'fault fixed' },
    });
    expect(reenabled.data?.reenableGuard).toMatchObject({ status: 'CLOSED', window: { samples: 0 } });
    expect((await updates.next()).myFlagUpdates.flags[0]).toMatchObject({ enabled: true });
    const ran = await server.gql(EXECUTE, { token: user, variables: { c } });
    expect(ran.errors).toBeUndefined();
    updates.close();
    await socket.client.dispose();
  });
});

describe('outcomes from trackFlagOutcome', () => {
  it('below the threshold nothing trips', async () => {
    const key = uniqueKey('guard_calm');
    await onFlag(server, key);
    await server.gql(CREATE_GUARD, {
      token: ops,
      variables: { key, input: { threshold: 0.5, windowSeconds: 60, minSamples: 10 } },
    });
    expect(await report(server, tenant.accounts.user.token, key, 4, 16)).toEqual({
      accepted: 20,
      counted: 20,
    });
    await server.app.services.guards.check(key);
    const guard = await readGuard(server, ops, key);
    expect(guard).toMatchObject({
      status: 'CLOSED',
      lastTrip: null,
      window: { samples: 20, errors: 4, errorRate: 0.2 },
    });
  });

  it('counts an outcome only while the flag is on for that context', async () => {
    const key = uniqueKey('guard_unguarded');
    await onFlag(server, key);
    // No guard: nothing is kept.
    expect(await report(server, tenant.accounts.user.token, key, 1, 0)).toEqual({ accepted: 1, counted: 0 });
    await server.gql(CREATE_GUARD, { token: ops, variables: { key, input: { threshold: 0.5 } } });
    await server.app.services.flags.setEnabled(key, false, META);
    expect(await report(server, tenant.accounts.user.token, key, 1, 0)).toEqual({ accepted: 1, counted: 0 });
  });

  it('refuses a bad batch with VALIDATION_FAILED and an anonymous caller with UNAUTHENTICATED', async () => {
    const empty = await server.gql(TRACK, { variables: { outcomes: [] }, token: tenant.accounts.user.token });
    expect(empty.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const negative = await server.gql(TRACK, {
      variables: { outcomes: [{ flagKey: 'x', outcome: 'ERROR', latencyMs: -1 }] },
      token: tenant.accounts.user.token,
    });
    expect(negative.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const anonymous = await server.gql(TRACK, {
      variables: { outcomes: [{ flagKey: 'x', outcome: 'ERROR' }] },
    });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('half-open: after the cool-down a probe decides, and healthy outcomes close the breaker', async () => {
    const key = uniqueKey('guard_probe');
    await onFlag(server, key);
    await server.gql(CREATE_GUARD, {
      token: ops,
      variables: {
        key,
        input: {
          threshold: 0.2,
          windowSeconds: 60,
          minSamples: 5,
          coolDownSeconds: 0,
          halfOpen: 'AUTO',
          probeShare: 1,
        },
      },
    });
    const user = tenant.accounts.user.token;
    await report(server, user, key, 5, 0);
    await waitFor(async () => (await readGuard(server, ops, key)).status !== 'CLOSED', 'the trip');
    // The sweep moves it to HALF_OPEN once the (zero) cool-down is over.
    await waitFor(async () => (await readGuard(server, ops, key)).status === 'HALF_OPEN', 'half-open', 5000);
    // Probing tenants get the flag again; healthy outcomes after the probe began close it.
    await waitFor(
      async () => {
        await report(server, user, key, 0, 5);
        return (await readGuard(server, ops, key)).status === 'CLOSED';
      },
      'the probe closing the breaker',
      5000,
    );
    const revisions = await server.gql<{ guardRevisions: { action: string; reason: string }[] }>(
      GUARD_REVISIONS,
      {
        token: ops,
        variables: { key },
      },
    );
    expect(revisions.data?.guardRevisions.map((r) => r.action)).toEqual([
      'guard.close',
      'guard.halfOpen',
      'guard.trip',
      'guard.create',
    ]);
    expect(revisions.data?.guardRevisions[0]?.reason).toMatch(/^probe healthy: error rate 0\.000/);
  });

  it('half-open: errors during the probe re-open the breaker', async () => {
    const key = uniqueKey('guard_reopen');
    await onFlag(server, key);
    await server.gql(CREATE_GUARD, {
      token: ops,
      variables: {
        key,
        input: {
          threshold: 0.2,
          windowSeconds: 60,
          minSamples: 5,
          coolDownSeconds: 0,
          halfOpen: 'AUTO',
          probeShare: 1,
        },
      },
    });
    const user = tenant.accounts.user.token;
    await report(server, user, key, 5, 0);
    await waitFor(async () => (await readGuard(server, ops, key)).status === 'HALF_OPEN', 'half-open', 5000);
    await waitFor(
      async () => {
        await report(server, user, key, 5, 0);
        const revisions = await server.gql<{ guardRevisions: { action: string }[] }>(GUARD_REVISIONS, {
          token: ops,
          variables: { key },
        });
        return (revisions.data?.guardRevisions.filter((r) => r.action === 'guard.trip').length ?? 0) >= 2;
      },
      'the probe re-opening the breaker',
      5000,
    );
    await waitFor(() => trips.filter((t) => t.flagKey === key).length >= 2, 'the second trip notice');
    expect(
      trips
        .filter((t) => t.flagKey === key)
        .map((t) => t.reopened)
        .slice(0, 2),
    ).toEqual([false, true]);
  });

  it('ROLLBACK restores the revision in force when the guard was armed, as a system revision', async () => {
    const key = uniqueKey('guard_rollback');
    await onFlag(server, key);
    await server.gql(CREATE_GUARD, {
      token: ops,
      variables: { key, input: { threshold: 0.5, windowSeconds: 60, minSamples: 4, action: 'ROLLBACK' } },
    });
    const flags = server.app.services.flags;
    const changed = await flags.update(key, 1, booleanFlag({ description: 'the risky change' }), META);
    expect(changed.revision).toBe(2);
    await report(server, tenant.accounts.user.token, key, 4, 0);
    await waitFor(async () => (await readGuard(server, ops, key)).status === 'OPEN', 'the trip');
    const guard = await readGuard(server, ops, key);
    expect(guard.lastTrip).toMatchObject({ flagRevision: 2, rolledBackTo: 1 });
    const flag = await flags.find(key);
    expect(flag).toMatchObject({ revision: 3, description: 'guard test flag', enabled: true });
    const history = await flags.history(key, 1);
    expect(history[0]).toMatchObject({ actor: 'system', action: 'flag.rollback' });
    expect(history[0]?.reason).toContain('error rate 1.000 (4 of 4)');
    // The rolled-back flag serves again (no GUARD_OPEN): the guard answered with the rollback.
    const evaluated = server.app.services.evaluator.evaluate(key, { tenantId: tenant.id, userId: 'u1' });
    expect(evaluated).toMatchObject({ enabled: true, revision: 3 });
  });
});
