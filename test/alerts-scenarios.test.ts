// One simulated scenario per default alert rule: metric events written through the recorder on a moved
// clock, the evaluator run by hand; each rule goes pending (when it has a for-duration), fires with its
// context (service, operation, severity, value, threshold, window, sample request ids) and resolves.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_RULES } from '../migrations/2026-12-07T0100_alerts.js';
import { type AlertRuleContent, alertRuleIssues } from '../server/alerts/alert-rule.js';
import type { MetricEvent } from '../server/metrics/metric-event.js';
import {
  ACTIVE_ALERTS,
  type AlertView,
  apiKeyFailures,
  chatReplies,
  MovedClock,
  operations,
  ownEpoch,
  quotaDecisions,
  readAlerts,
  recordAt,
} from './helpers/alerts.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const clock = new MovedClock(ownEpoch());
let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer({
    services: {
      metrics: {
        clock: clock.now,
        rollupJob: `alerts-scenarios-${randomUUID().slice(0, 8)}`,
        rollupTickMs: 3_600_000,
        rawRetentionHours: 24 * 365 * 30,
        rollupRetentionDays: 365 * 30,
      },
      alerts: { clock: clock.now, evaluator: `scenarios-${randomUUID().slice(0, 8)}`, timers: false },
    },
  });
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(() => server?.close());

interface Scenario {
  rule: string;
  /** Events that breach the rule, written a few seconds before each evaluation while it should breach. */
  bad(tenantId: string): { events: MetricEvent[]; ids?: string[] };
  /** Events that clear it, once the window has moved past the breach. */
  good(tenantId: string): MetricEvent[];
  /** Written once, an hour and a half before the breach (the drift's baseline). */
  before?(tenantId: string): MetricEvent[];
  value: number;
  operation: string | null;
  /** Whether the sample request ids are the breaching requests' ones. */
  idsFromEvents: boolean;
}

const latency = (operation: string): Scenario => ({
  rule: `p95_${operation.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
  bad: (t) => operations(t, operation, 60, { latencyMs: 800 }),
  good: (t) => operations(t, operation, 60, { latencyMs: 20 }).events,
  value: 800,
  operation,
  idsFromEvents: false,
});

const SCENARIOS: Scenario[] = [
  {
    rule: 'availability_low',
    bad: (t) => {
      const o = operations(t, 'evaluateFlags', 200, { failing: 10 });
      return { events: o.events, ids: o.failingIds };
    },
    good: (t) => operations(t, 'evaluateFlags', 200).events,
    value: 0.95,
    operation: null,
    idsFromEvents: true,
  },
  {
    rule: 'server_error_rate',
    bad: (t) => {
      const o = operations(t, 'sendMessage', 100, { failing: 10, code: 'UNAVAILABLE' });
      return { events: o.events, ids: o.failingIds };
    },
    good: (t) => operations(t, 'sendMessage', 100).events,
    value: 0.1,
    operation: null,
    idsFromEvents: true,
  },
  latency('evaluateFlags'),
  latency('executeModule'),
  latency('sendMessage'),
  {
    rule: 'quota_saturation',
    bad: (t) => {
      const q = quotaDecisions(t, 'tarot', 20, 10);
      return { events: q.events, ids: q.blockedIds };
    },
    good: (t) => quotaDecisions(t, 'tarot', 30, 0).events,
    value: 10 / 30,
    operation: null,
    idsFromEvents: true,
  },
  {
    rule: 'rate_limit_anomaly',
    bad: (t) => {
      const o = operations(t, 'evaluateFlags', 100, { failing: 10, code: 'RATE_LIMITED' });
      return { events: o.events, ids: o.failingIds };
    },
    good: (t) => operations(t, 'evaluateFlags', 100).events,
    value: 0.1,
    operation: null,
    idsFromEvents: true,
  },
  {
    rule: 'llm_error_rate',
    bad: (t) => ({ events: chatReplies(t, 30, { llmErrors: 6 }) }),
    good: (t) => chatReplies(t, 30),
    value: 0.2,
    operation: null,
    idsFromEvents: false,
  },
  {
    rule: 'out_of_scope_drift',
    before: (t) => chatReplies(t, 100, { outOfScope: 5 }),
    bad: (t) => ({ events: chatReplies(t, 40, { outOfScope: 20 }) }),
    good: (t) => chatReplies(t, 40),
    value: 0.5 - 0.05,
    operation: null,
    idsFromEvents: false,
  },
  {
    rule: 'api_key_auth_failures',
    bad: (t) => ({ events: apiKeyFailures(t, 310) }),
    good: () => [],
    // One batch or both, as the 10-minute window (from a minute boundary) falls.
    value: 465,
    operation: null,
    idsFromEvents: false,
  },
];

const rules = DEFAULT_ALERT_RULES as unknown as Record<string, AlertRuleContent>;

describe('the default rules', () => {
  it('are all installed, valid, and each has a scenario here', async () => {
    // Other test files on a shared database add rules of their own: only the defaults are checked.
    const installed = (await server.app.services.alerts.listRules()).filter((r) => r.key in rules);
    expect(installed.map((r) => r.key).sort()).toEqual(Object.keys(rules).sort());
    for (const rule of installed) {
      expect(alertRuleIssues(rule), rule.key).toEqual([]);
      expect(rule.revision).toBe(1);
    }
    expect(SCENARIOS.map((s) => s.rule).sort()).toEqual(Object.keys(rules).sort());
  });
});

describe.each(SCENARIOS)('scenario $rule', (s) => {
  const evaluate = async () => {
    clock.advance(15);
    const run = await server.app.services.alerts.evaluator.runOnce();
    expect(run.ran).toBe(true);
    return (await readAlerts(server, ops, s.rule))[0];
  };
  const breach = async () => {
    const bad = s.bad(tenant.id);
    await recordAt(server, new Date(+clock.at - 5000), bad.events);
    return bad.ids ?? [];
  };

  it('fires with its context after its for-duration and resolves when the condition clears', async () => {
    const rule = rules[s.rule];
    if (!rule) throw new Error(`no rule ${s.rule}`);
    // Two days after the last scenario: no window (nor the drift's 24-hour baseline) reaches back to it.
    clock.advance(2 * 86_400);
    if (s.before) await recordAt(server, new Date(+clock.at - 90 * 60_000), s.before(tenant.id));
    let ids = await breach();
    let alert: AlertView | undefined = await evaluate();
    if (rule.forSeconds > 0) {
      expect(alert?.state).toBe('PENDING');
      expect(
        (
          await server.gql<{ activeAlerts: AlertView[] }>(ACTIVE_ALERTS, { token: ops })
        ).data?.activeAlerts.map((a) => a.rule),
      ).not.toContain(s.rule);
      clock.advance(rule.forSeconds - 15);
      ids = [...ids, ...(await breach())];
      alert = await evaluate();
    }
    expect(alert).toMatchObject({
      state: 'FIRING',
      rule: s.rule,
      service: 'augur',
      severity: rule.severity,
      kind: rule.kpi,
      operation: rule.operation ?? s.operation,
      comparison: rule.comparison,
      threshold: rule.threshold,
      windowSeconds: rule.windowSeconds,
    });
    // The test's own GraphQL calls are operations too (at the moved time): rates are read to 0.05.
    expect(alert?.value).toBeCloseTo(
      s.value,
      s.rule.startsWith('p95') ? -1 : s.rule.startsWith('api') ? -3 : 1,
    );
    if (rule.comparison === 'ABOVE') expect(alert?.value).toBeGreaterThan(rule.threshold);
    else expect(alert?.value).toBeLessThan(rule.threshold);
    expect(alert?.samples).toBeGreaterThanOrEqual(rule.minSamples);
    if (s.idsFromEvents) {
      expect(alert?.sampleRequestIds.length).toBeGreaterThan(0);
      for (const id of alert?.sampleRequestIds ?? []) expect(ids).toContain(id);
    }
    if (s.rule.startsWith('p95')) expect(alert?.sampleRequestIds.length).toBeGreaterThan(0);
    const active = await server.gql<{ activeAlerts: AlertView[] }>(ACTIVE_ALERTS, { token: ops });
    expect(active.data?.activeAlerts.map((a) => a.id)).toContain(alert?.id);

    // The window moves past the breach; healthy traffic (or none, for a count) clears it.
    clock.advance(rule.windowSeconds + 120);
    await recordAt(server, new Date(+clock.at - 5000), s.good(tenant.id));
    const resolved = await evaluate();
    expect(resolved).toMatchObject({ id: alert?.id, state: 'RESOLVED' });
    expect(resolved?.resolvedAt).not.toBeNull();
    const after = await server.gql<{ activeAlerts: AlertView[] }>(ACTIVE_ALERTS, { token: ops });
    expect(after.data?.activeAlerts.map((a) => a.id)).not.toContain(alert?.id);
  });
});
