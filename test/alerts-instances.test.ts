// Two instances on one database (PostgreSQL when TEST_DATABASE_URL is set, else one embedded database
// shared in process) evaluate each alert once and deliver each webhook once, however their runs interleave.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceOverrides } from '../server/app/services.js';
import {
  CREATE_RULE,
  MovedClock,
  operations,
  ownEpoch,
  readAlerts,
  recordAt,
  startReceiver,
} from './helpers/alerts.js';
import { uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';

const clock = new MovedClock(ownEpoch());
const services: ServiceOverrides = {
  metrics: {
    clock: clock.now,
    rollupJob: `alerts-instances-${randomUUID().slice(0, 8)}`,
    rollupTickMs: 3_600_000,
    rawRetentionHours: 24 * 365 * 30,
    rollupRetentionDays: 365 * 30,
  },
  // The same evaluator name on both: they share its alerts, its slot and its lock.
  alerts: { clock: clock.now, evaluator: `instances-${randomUUID().slice(0, 8)}`, timers: false },
};

describe(`two instances${process.env.TEST_DATABASE_URL ? ' on PostgreSQL' : ''}`, () => {
  let a: TestServer;
  let b: TestServer;
  let tenant: TestTenant;

  beforeAll(async () => {
    a = await startTestServer({ services });
    b = await startTestServer({ instanceOf: a, services });
    tenant = await createTestTenant(a);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('evaluate each period once and fire, deliver and resolve each alert once', async () => {
    const receiver = await startReceiver(() => 204);
    const key = uniqueKey('twice');
    const ops = tenant.accounts.ops.token;
    try {
      const created = await a.gql(CREATE_RULE, {
        token: ops,
        variables: {
          key,
          input: {
            kpi: 'ERROR_RATE_5XX',
            comparison: 'ABOVE',
            threshold: 0.1,
            minSamples: 10,
            forSeconds: 30,
            tenantId: tenant.id,
            webhookUrl: receiver.url,
          },
        },
      });
      expect(created.errors).toBeUndefined();
      const evaluators = [a, b].map((s) => s.app.services.alerts.evaluator);
      let ran = 0;
      // Six periods, both instances offering at once each time: pending, firing, still firing, then resolved.
      for (let period = 0; period < 6; period += 1) {
        clock.advance(15);
        const healthy = period >= 4;
        const o = operations(tenant.id, 'executeModule', 20, { failing: healthy ? 0 : 10 });
        await recordAt(period % 2 === 0 ? a : b, new Date(+clock.at - 1000), o.events);
        if (period === 4) clock.advance(600);
        const runs = await Promise.all(evaluators.map((e) => e.runOnce()));
        expect(runs.filter((r) => r.ran)).toHaveLength(1);
        ran += 1;
        // Both deliverers look for due deliveries at once (the one that fired has started already); each
        // delivery is taken by one. Settled before the clock moves on: the claim's lease is in clock time.
        await Promise.all([a, b].map((s) => s.app.services.alerts.deliverer.kick()));
      }
      expect(ran).toBe(6);
      await waitFor(() => receiver.received.length >= 2, 'the firing and resolved notices');
      for (const server of [a, b]) {
        const alerts = await readAlerts(server, ops, key);
        expect(alerts).toHaveLength(1);
        expect(alerts[0]?.state).toBe('RESOLVED');
        expect(alerts[0]?.deliveries.map((d) => [d.event, d.state, d.attempts.length])).toEqual([
          ['FIRING', 'DELIVERED', 1],
          ['RESOLVED', 'DELIVERED', 1],
        ]);
      }
      expect(receiver.received.map((r) => JSON.parse(r.body).event)).toEqual(['FIRING', 'RESOLVED']);
    } finally {
      await a.gql(`mutation ($key: String!) { archiveAlertRule(key: $key, reason: "done") { key } }`, {
        token: ops,
        variables: { key },
      });
      await receiver.close();
    }
  });
});
