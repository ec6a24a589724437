// Two server instances on one PostgreSQL (and Redis when set) share the guard's counters and trip it once:
// outcomes reported to either count together, and the race to trip leaves one revision and one notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuardTripped } from '../server/guard/guard-notifier.js';
import { uniqueKey } from './helpers/flags.js';
import { CREATE_GUARD, GUARD_REVISIONS, onFlag, readGuard, report } from './helpers/guard.js';
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
        'query ($key: String!) { auditEvents(action: "guard.trip", targetKey: $key) { items { actor } } }',
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
  });
} else {
  describe('two instances on PostgreSQL', () => {
    it('runs in the PostgreSQL pass (TEST_DATABASE_URL is unset here)', () => {
      expect(databaseUrl).toBeFalsy();
    });
  });
}
