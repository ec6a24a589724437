// Release plans on two instances sharing one PostgreSQL (and Redis when set): one checker at a time (the
// advisory lock), one rollback revision however many check at once, and exactly one when the instance that
// was rolling back is killed mid-write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgCheckLock } from '../server/rollout/check-lock.js';
import { uniqueKey } from './helpers/flags.js';
import { startMain, waitForUrl } from './helpers/processes.js';
import { CREATE_PLAN, META, outcomesOf, readPlan, twoVariantFlag } from './helpers/rollout.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;

/** The treatment fails half the time, control 2%: a regression the first check finds. */
const regressing = (variant: string, i: number) => (variant === 'new' ? i % 2 === 0 : i % 50 === 0);

if (databaseUrl) {
  describe(`release plans on two instances on PostgreSQL${redisUrl ? ' + Redis' : ''}`, () => {
    let a: TestServer;
    let b: TestServer;
    let tenant: TestTenant;
    let ops: string;

    beforeAll(async () => {
      // The instances' own checkers are slow: the tests run the checks.
      const env = { AUGUR_CONFIG_POLL_MS: '200', AUGUR_ROLLOUT_CHECK_MS: '3600000' };
      a = await startTestServer({ env });
      b = await startTestServer({ instanceOf: a, env });
      tenant = await createTestTenant(a);
      ops = tenant.accounts.ops.token;
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    async function regressingPlan(key: string): Promise<void> {
      await a.app.services.flags.create(key, twoVariantFlag(), META);
      const { errors } = await a.gql(CREATE_PLAN, {
        token: ops,
        variables: {
          key,
          input: {
            treatment: 'new',
            control: 'old',
            steps: [50, 100].map((percent) => ({ percent, minDurationSeconds: 3600, minSamples: 50 })),
          },
        },
      });
      expect(errors).toBeUndefined();
    }

    it('lets one checker run at a time across instances', async () => {
      const pool = a.app.database.pool;
      if (!pool) throw new Error('no pool on PostgreSQL');
      const first = new PgCheckLock(pool, 0x61756773);
      const second = new PgCheckLock(pool, 0x61756773);
      const inner = await first.run(async () => await second.run(async () => 'ran'));
      expect(inner).toBeUndefined();
      expect(await second.run(async () => 'ran')).toBe('ran');
    });

    it('writes one rollback however many instances check at once', async () => {
      const key = uniqueKey('plan_race');
      await regressingPlan(key);
      await waitFor(() => b.app.services.rollouts.find(key) !== undefined, 'instance B to hold the plan');
      await outcomesOf(a, key, tenant.id, 300, regressing, 'a');
      await outcomesOf(b, key, tenant.id, 300, regressing, 'b');
      const progress = (await readPlan(b, ops, key)).progress;
      expect(progress.control.samples + progress.treatment.samples).toBe(600);
      await Promise.all([
        a.app.services.rollouts.checkAll(),
        b.app.services.rollouts.checkAll(),
        a.app.services.rollouts.check(key),
        b.app.services.rollouts.check(key),
      ]);
      for (const server of [a, b])
        await waitFor(
          async () => (await readPlan(server, ops, key)).status === 'ROLLED_BACK',
          'the rollback',
        );
      const history = await a.app.services.rollouts.history(key, 50);
      expect(history.map((r) => `${r.actor} ${r.action}`)).toEqual([
        'system releasePlan.regression',
        `user:${tenant.accounts.ops.id} releasePlan.create`,
      ]);
      const flagHistory = await a.app.services.flags.history(key, 50);
      expect(flagHistory.filter((r) => r.actor === 'system' && r.action === 'flag.update')).toHaveLength(1);
    });

    it('leaves exactly one rollback revision when the instance rolling back is killed mid-write', async () => {
      const key = uniqueKey('plan_killed');
      await regressingPlan(key);
      const main = startMain({
        DATABASE_URL: databaseUrl,
        ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
        AUGUR_JWT_SECRET: a.jwtSecret,
        AUGUR_DEMO: '0',
        PORT: '0',
        LOG_LEVEL: 'info',
        AUGUR_CONFIG_POLL_MS: '200',
        // The child checks all the time: the kill lands before, during or after its rollback.
        AUGUR_ROLLOUT_CHECK_MS: '100',
      });
      const url = await waitForUrl(main);
      await waitFor(
        async () => {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ops}` },
            body: JSON.stringify({
              query: 'query ($key: String!) { releasePlan(flagKey: $key) { status } }',
              variables: { key },
            }),
          });
          const body = (await response.json()) as { data?: { releasePlan: { status: string } | null } };
          return body.data?.releasePlan?.status === 'RUNNING';
        },
        'the child instance to hold the plan',
        10_000,
      );
      await outcomesOf(a, key, tenant.id, 600, regressing);
      main.child.kill('SIGKILL');
      await main.exited;
      // The survivor reads the same counters and the same row: it rolls back only if the child had not.
      await a.app.services.rollouts.checkAll();
      await waitFor(
        async () => (await readPlan(a, ops, key)).status === 'ROLLED_BACK',
        'the rollback',
        10_000,
      );
      await a.app.services.rollouts.checkAll();
      const history = await a.app.services.rollouts.history(key, 50);
      expect(history.filter((r) => r.action === 'releasePlan.regression')).toHaveLength(1);
      const flagHistory = await a.app.services.flags.history(key, 50);
      expect(flagHistory.filter((r) => r.actor === 'system' && r.action === 'flag.update')).toHaveLength(1);
      expect((await a.app.services.flags.find(key))?.fallthrough.rollout?.weights[0]).toEqual({
        variant: 'new',
        weight: 0,
      });
    });
  });
} else {
  describe('release plans on two instances on PostgreSQL', () => {
    it('runs in the PostgreSQL pass (TEST_DATABASE_URL is unset here)', () => {
      expect(databaseUrl).toBeFalsy();
    });
  });
}
