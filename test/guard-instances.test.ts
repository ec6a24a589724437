// Two server instances on one PostgreSQL (and Redis when set) share the guard's counters and trip it once:
// outcomes reported to either count together, and the race to trip leaves one revision and one notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanFlag } from '../server/flags/test-flags.js';
import type { GuardTripped } from '../server/guard/guard-notifier.js';
import { uniqueKey } from './helpers/flags.js';
import { CREATE_GUARD, GUARD_REVISIONS, META, onFlag, readGuard, report } from './helpers/guard.js';
import { startMain, waitForUrl } from './helpers/processes.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

if (databaseUrl) {
  describe(`two instances on PostgreSQL${redisUrl ? ' + Redis' : ''}`, () => {
    let a: TestServer;
    let b: TestServer;
    let tenant: TestTenant;
    const trips: GuardTripped[] = [];

    beforeAll(async () => {
      a = await startTestServer({ env: { AUGUR_CONFIG_POLL_MS: '200' } });
      b = await startTestServer({ instanceOf: a, env: { AUGUR_CONFIG_POLL_MS: '200' } });
      tenant = await createTestTenant(a);
      for (const server of [a, b]) server.app.services.bus.subscribe('guard.tripped', (e) => trips.push(e));
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('count outcomes reported to either instance in one window', async () => {
      const key = uniqueKey('guard_shared');
      await onFlag(a, key);
      const ops = tenant.accounts.ops.token;
      await a.gql(CREATE_GUARD, {
        token: ops,
        variables: { key, input: { threshold: 0.5, minSamples: 10 } },
      });
      await waitFor(() => b.app.services.guards.find(key) !== undefined, 'instance B to hold the guard');
      await report(a, tenant.accounts.user.token, key, 1, 2);
      await report(b, tenant.accounts.user.token, key, 0, 3);
      for (const server of [a, b]) {
        expect((await readGuard(server, ops, key)).window).toMatchObject({ samples: 6, errors: 1 });
      }
    });

    it('trip once when both instances see the breach at the same time', async () => {
      const key = uniqueKey('guard_race');
      await onFlag(a, key);
      const ops = tenant.accounts.ops.token;
      await a.gql(CREATE_GUARD, {
        token: ops,
        variables: { key, input: { threshold: 0.5, minSamples: 10 } },
      });
      await waitFor(() => b.app.services.guards.find(key) !== undefined, 'instance B to hold the guard');
      const user = tenant.accounts.user.token;
      // Neither instance alone reaches the minimum of 10; together they pass it many times over, at once.
      await Promise.all(Array.from({ length: 16 }, (_, i) => report(i % 2 === 0 ? a : b, user, key, 1, 0)));
      for (const server of [a, b]) {
        await waitFor(async () => (await readGuard(server, ops, key)).status === 'OPEN', 'the trip on both');
      }
      // Both instances' checks have run (the breach was judged again after the trip, and left alone).
      await a.app.services.guards.check(key);
      await b.app.services.guards.check(key);
      const revisions = await a.gql<{ guardRevisions: { action: string; actor: string }[] }>(
        GUARD_REVISIONS,
        {
          token: ops,
          variables: { key },
        },
      );
      expect(revisions.data?.guardRevisions.map((r) => r.action)).toEqual(['guard.trip', 'guard.create']);
      const audit = await a.gql<{ auditEvents: { items: { actor: string }[] } }>(
        'query ($key: String!) { auditEvents(action: GUARD_TRIP, targetKey: $key) { items { actor } } }',
        { token: ops, variables: { key } },
      );
      expect(audit.data?.auditEvents.items).toEqual([{ actor: 'system' }]);
      // One notice: heard by both instances through Redis, by the tripping one alone without it.
      await waitFor(
        () => trips.filter((t) => t.flagKey === key).length === (redisUrl ? 2 : 1),
        'the trip notice',
      );
      expect(new Set(trips.filter((t) => t.flagKey === key).map((t) => t.revision)).size).toBe(1);
      const evaluated = b.app.services.evaluator.evaluate(key, { tenantId: tenant.id, userId: 'someone' });
      expect(evaluated).toMatchObject({ enabled: false, reason: 'GUARD_OPEN' });
    });

    it('leave exactly one trip revision when the instance that tripped is killed mid-trip', async () => {
      const key = uniqueKey('guard_killed');
      await onFlag(a, key);
      const ops = tenant.accounts.ops.token;
      await a.gql(CREATE_GUARD, {
        token: ops,
        variables: { key, input: { threshold: 0.5, minSamples: 10, action: 'ROLLBACK' } },
      });
      // A flag change after arming, so the trip is two writes (guard and flag rollback) in one transaction.
      await a.app.services.flags.update(key, 1, { ...booleanFlag(), description: 'risky' }, META);
      const main = startMain({
        DATABASE_URL: databaseUrl,
        ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
        AUGUR_JWT_SECRET: a.jwtSecret,
        AUGUR_DEMO: '0',
        PORT: '0',
        LOG_LEVEL: 'info',
        AUGUR_CONFIG_POLL_MS: '200',
      });
      const url = await waitForUrl(main);
      const gqlOn = (query: string, variables: Record<string, unknown>) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${tenant.accounts.user.token}`,
          },
          body: JSON.stringify({ query, variables }),
        });
      await waitFor(
        async () => {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ops}` },
            body: JSON.stringify({
              query: 'query ($key: String!) { guard(flagKey: $key) { status } }',
              variables: { key },
            }),
          });
          const body = (await response.json()) as { data?: { guard: { status: string } | null } };
          return body.data?.guard?.status === 'CLOSED';
        },
        'the child instance to hold the guard',
        10_000,
      );
      // The breach lands on the child, which is killed as soon as it answers: its trip may be in flight.
      const outcomes = Array.from({ length: 10 }, () => ({ flagKey: key, outcome: 'ERROR' }));
      await gqlOn('mutation ($o: [FlagOutcomeInput!]!) { trackFlagOutcomes(outcomes: $o) { counted } }', {
        o: outcomes,
      });
      main.child.kill('SIGKILL');
      await main.exited;
      // The surviving instance sees the same counters: one more outcome makes it judge the window.
      await report(a, tenant.accounts.user.token, key, 1, 0);
      await waitFor(async () => (await readGuard(a, ops, key)).status === 'OPEN', 'the trip', 10_000);
      await a.app.services.guards.check(key);
      const revisions = await a.app.services.guards.history(key, 50);
      expect(revisions.filter((r) => r.action === 'guard.trip')).toHaveLength(1);
      const flagHistory = await a.app.services.flags.history(key, 50);
      expect(flagHistory.filter((r) => r.action === 'flag.rollback')).toHaveLength(1);
      expect(await a.app.services.flags.find(key)).toMatchObject({ description: 'guard test flag' });
    });
  });
} else {
  describe('two instances on PostgreSQL', () => {
    it('runs in the PostgreSQL pass (TEST_DATABASE_URL is unset here)', () => {
      expect(databaseUrl).toBeFalsy();
    });
  });
}
