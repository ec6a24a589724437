// Alert rules and alerts through the real GraphQL endpoint: the versioned writes (reason, CONFLICT, archive,
// rollback), stable codes for bad input, the secret never returned, webhook delivery with its HMAC signature,
// retries with backoff and a timeout against a local receiver, the live subscription, guard trips as alerts,
// and who may call each field (401/403/200).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, verifySignature } from '../server/alerts/webhook-secret.js';
import type { GuardTripped } from '../server/guard/guard-notifier.js';
import {
  ACTIVE_ALERTS,
  ALERT_FIELDS,
  type AlertView,
  CREATE_RULE,
  MovedClock,
  operations,
  ownEpoch,
  readAlerts,
  recordAt,
  startReceiver,
  UPDATE_RULE,
} from './helpers/alerts.js';
import { uniqueKey } from './helpers/flags.js';
import { CREATE_GUARD, onFlag, REENABLE, report } from './helpers/guard.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, execute, subscribe } from './helpers/ws-client.js';

const clock = new MovedClock(ownEpoch());
let server: TestServer;
let tenant: TestTenant;
let ops: string;
const trips: GuardTripped[] = [];

beforeAll(async () => {
  server = await startTestServer({
    services: {
      metrics: {
        clock: clock.now,
        rollupJob: `alerts-${randomUUID().slice(0, 8)}`,
        rollupTickMs: 3_600_000,
        rawRetentionHours: 24 * 365 * 30,
        rollupRetentionDays: 365 * 30,
      },
      alerts: {
        clock: clock.now,
        evaluator: `alerts-${randomUUID().slice(0, 8)}`,
        timers: false,
        webhook: { timeoutMs: 300, maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 },
      },
    },
  });
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
  server.app.services.bus.subscribe('guard.tripped', (e) => trips.push(e));
});
afterAll(() => server?.close());

/** A rule on this test's tenant only: 5xx share above 10% over 5 minutes, at least 10 operations. */
const ruleInput = (extra: Record<string, unknown> = {}) => ({
  kpi: 'ERROR_RATE_5XX',
  comparison: 'ABOVE',
  threshold: 0.1,
  windowSeconds: 300,
  minSamples: 10,
  forSeconds: 0,
  severity: 'CRITICAL',
  tenantId: tenant.id,
  ...extra,
});

const evaluate = async () => {
  clock.advance(15);
  return server.app.services.alerts.evaluator.runOnce();
};

async function breach(operation = 'executeModule') {
  const o = operations(tenant.id, operation, 20, { failing: 10 });
  await recordAt(server, new Date(+clock.at - 2000), o.events);
  return o.failingIds;
}

async function clear() {
  clock.advance(600);
  await recordAt(server, new Date(+clock.at - 2000), operations(tenant.id, 'executeModule', 20).events);
}

describe('alert rules are versioned configuration', () => {
  it('creates, updates with the revision read, archives and rolls back, each with a reason', async () => {
    const key = uniqueKey('rule');
    const created = await server.gql<{ createAlertRule: { revision: number; kpi: string } }>(CREATE_RULE, {
      token: ops,
      variables: { key, input: ruleInput() },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createAlertRule).toMatchObject({ revision: 1, kpi: 'ERROR_RATE_5XX' });

    const stale = await server.gql(UPDATE_RULE, {
      token: ops,
      variables: { key, rev: 0, input: ruleInput({ threshold: 0.2 }) },
    });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const noReason = await server.gql(UPDATE_RULE, {
      token: ops,
      variables: { key, rev: 1, input: ruleInput({ threshold: 0.2 }), reason: ' ' },
    });
    expect(noReason.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const updated = await server.gql<{ updateAlertRule: { revision: number; threshold: number } }>(
      UPDATE_RULE,
      {
        token: ops,
        variables: { key, rev: 1, input: ruleInput({ threshold: 0.2 }) },
      },
    );
    expect(updated.data?.updateAlertRule).toMatchObject({ revision: 2, threshold: 0.2 });

    const rolled = await server.gql<{
      rollbackAlertRule: { changed: boolean; alertRule: { revision: number; threshold: number } };
    }>(
      `mutation ($key: String!) { rollbackAlertRule(key: $key, toRevision: 1, reason: "back") { changed alertRule { revision threshold } } }`,
      { token: ops, variables: { key } },
    );
    expect(rolled.data?.rollbackAlertRule).toEqual({
      changed: true,
      alertRule: { revision: 3, threshold: 0.1 },
    });
    const archived = await server.gql<{ archiveAlertRule: { archivedAt: string | null } }>(
      `mutation ($key: String!) { archiveAlertRule(key: $key, expectedRevision: 3, reason: "done") { archivedAt } }`,
      { token: ops, variables: { key } },
    );
    expect(archived.data?.archiveAlertRule.archivedAt).not.toBeNull();
    const listed = await server.gql<{ alertRules: { key: string }[] }>(`{ alertRules { key } }`, {
      token: ops,
    });
    expect(listed.data?.alertRules.map((r) => r.key)).not.toContain(key);

    const history = await server.gql<{
      alertRuleRevisions: { revision: number; action: string; reason: string }[];
    }>(`query ($key: String!) { alertRuleRevisions(key: $key) { revision action reason } }`, {
      token: ops,
      variables: { key },
    });
    expect(history.data?.alertRuleRevisions.map((r) => r.action)).toEqual([
      'alertRule.archive',
      'alertRule.rollback',
      'alertRule.update',
      'alertRule.create',
    ]);
    const audit = await server.gql<{ auditEvents: { items: { action: string; status: string }[] } }>(
      `query ($key: String!) { auditEvents(targetType: ALERT_RULE, targetKey: $key) { items { action status } } }`,
      { token: ops, variables: { key } },
    );
    expect(audit.data?.auditEvents.items.filter((e) => e.status === 'success')).toHaveLength(4);
  });

  it.each([
    ['a share above 1', { threshold: 1.5 }, 'input.threshold'],
    ['a negative latency', { kpi: 'P95_LATENCY_MS', threshold: -3 }, 'input.threshold'],
    ['a fractional count', { kpi: 'API_KEY_AUTH_FAILURES', threshold: 2.5 }, 'input.threshold'],
    ['a window under a minute', { windowSeconds: 10 }, 'input.windowSeconds'],
    ['an ftp webhook', { webhookUrl: 'ftp://example.test/hook' }, 'input.webhookUrl'],
    ['a webhook that is no URL', { webhookUrl: 'not a url' }, 'input.webhookUrl'],
    ['credentials in the webhook URL', { webhookUrl: 'https://u:p@example.test/' }, 'input.webhookUrl'],
    [
      'a short webhook secret',
      { webhookUrl: 'https://example.test/', webhookSecret: 'short' },
      'input.webhookSecret',
    ],
    ['an operation on a chat KPI', { kpi: 'LLM_ERROR_RATE', operation: 'sendMessage' }, 'input.operation'],
  ])('refuses %s with VALIDATION_FAILED at its path', async (_name, extra, path) => {
    const { errors } = await server.gql(CREATE_RULE, {
      token: ops,
      variables: { key: uniqueKey('bad_rule'), input: ruleInput(extra) },
    });
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const fields = (errors?.[0]?.extensions.fields ?? []) as { path: string }[];
    expect(fields.map((f) => f.path)).toContain(path);
  });

  it('refuses an unknown KPI with a stable code', async () => {
    const { errors } = await server.gql(CREATE_RULE, {
      token: ops,
      variables: { key: uniqueKey('bad_rule'), input: ruleInput({ kpi: 'CPU_TEMPERATURE' }) },
    });
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('webhooks', () => {
  it('delivers a signed POST, retries failures with backoff, and records every attempt', async () => {
    // Two refusals, then success.
    const receiver = await startReceiver((n) => (n <= 2 ? 500 : 200));
    const secret = `whsec-${randomUUID()}`;
    const key = uniqueKey('hook');
    try {
      const created = await server.gql<{
        createAlertRule: { hasWebhookSecret: boolean; webhookUrl: string };
      }>(CREATE_RULE, {
        token: ops,
        variables: { key, input: ruleInput({ webhookUrl: receiver.url, webhookSecret: secret }) },
      });
      expect(created.data?.createAlertRule).toEqual(
        expect.objectContaining({ hasWebhookSecret: true, webhookUrl: receiver.url }),
      );
      // The secret is never returned: not on the rule, not in its revisions, not in the audit log.
      const history = await server.gql(
        `query ($key: String!) { alertRuleRevisions(key: $key) { content diff { path } } }`,
        {
          token: ops,
          variables: { key },
        },
      );
      const audit = await server.gql(
        `query ($key: String!) { auditEvents(targetKey: $key) { items { details } } }`,
        {
          token: ops,
          variables: { key },
        },
      );
      expect(JSON.stringify([history, audit, created])).not.toContain(secret);

      const failing = await breach();
      expect((await evaluate()).ran).toBe(true);
      await waitFor(async () => receiver.received.length === 1, 'the first delivery attempt', 15_000);
      await waitFor(
        async () => (await readAlerts(server, ops, key))[0]?.deliveries[0]?.attempts.length === 1,
        'the first attempt recorded',
        15_000,
      );
      let [alert] = await readAlerts(server, ops, key);
      expect(alert?.deliveries[0]).toMatchObject({ event: 'FIRING', state: 'PENDING' });
      expect(alert?.deliveries[0]?.attempts[0]).toMatchObject({
        attempt: 1,
        ok: false,
        statusCode: 500,
        error: 'HTTP 500',
      });
      // Not due yet: nothing is sent before the backoff has passed.
      expect(await server.app.services.alerts.deliverer.kick()).toBe(0);
      clock.advance(1);
      expect(await server.app.services.alerts.deliverer.kick()).toBe(1);
      clock.advance(1);
      expect(await server.app.services.alerts.deliverer.kick()).toBe(0);
      clock.advance(1);
      expect(await server.app.services.alerts.deliverer.kick()).toBe(1);
      [alert] = await readAlerts(server, ops, key);
      expect(alert?.deliveries[0]?.state).toBe('DELIVERED');
      expect(alert?.deliveries[0]?.attempts.map((a) => a.statusCode)).toEqual([500, 500, 200]);
      expect(receiver.received).toHaveLength(3);

      const last = receiver.received[2];
      if (!last) throw new Error('no delivery');
      const header = String(last.headers[SIGNATURE_HEADER]);
      expect(verifySignature(secret, header, last.body)).toBe(true);
      expect(verifySignature('another secret entirely', header, last.body)).toBe(false);
      expect(verifySignature(secret, header, last.body.replace('FIRING', 'RESOLVED'))).toBe(false);
      const body = JSON.parse(last.body) as {
        event: string;
        attempt: number;
        deliveryId: string;
        alert: Record<string, unknown>;
      };
      expect(body).toMatchObject({ event: 'FIRING', attempt: 3, deliveryId: alert?.deliveries[0]?.id });
      expect(body.alert).toMatchObject({
        rule: key,
        service: 'augur',
        severity: 'CRITICAL',
        threshold: 0.1,
        windowSeconds: 300,
      });
      expect(failing).toEqual(expect.arrayContaining(body.alert.sampleRequestIds as string[]));
      expect(last.headers['x-augur-delivery']).toBe(body.deliveryId);

      // Resolving sends its own notice.
      await clear();
      await evaluate();
      await waitFor(() => receiver.received.length === 4, 'the resolution notice', 15_000);
      expect(JSON.parse(receiver.received[3]?.body ?? '{}')).toMatchObject({ event: 'RESOLVED' });
    } finally {
      await server.app.services.alerts.deliverer.kick();
      await receiver.close();
    }
  });

  it('gives up after the bounded attempts on a receiver that never answers, without holding the evaluator', async () => {
    const receiver = await startReceiver(() => 'hang');
    const key = uniqueKey('hang');
    try {
      await server.gql(CREATE_RULE, {
        token: ops,
        variables: { key, input: ruleInput({ webhookUrl: receiver.url }) },
      });
      await breach();
      expect((await evaluate()).ran).toBe(true);
      // The evaluator committed before any delivery answered; the next run is not held up either.
      expect((await evaluate()).ran).toBe(true);
      await waitFor(
        async () => (await readAlerts(server, ops, key))[0]?.deliveries[0]?.attempts.length === 1,
        'the first attempt to time out',
        15_000,
      );
      for (const wait of [1, 2]) {
        clock.advance(wait);
        await server.app.services.alerts.deliverer.kick();
      }
      const [alert] = await readAlerts(server, ops, key);
      expect(alert?.deliveries[0]?.state).toBe('FAILED');
      expect(alert?.deliveries[0]?.attempts.map((a) => a.error)).toEqual([
        'no answer within 300 ms',
        'no answer within 300 ms',
        'no answer within 300 ms',
      ]);
      // The receiver saw at most those three (an attempt can time out before its body has arrived).
      expect(receiver.received.length).toBeLessThanOrEqual(3);
      clock.advance(3600);
      expect(await server.app.services.alerts.deliverer.kick()).toBe(0);
    } finally {
      await server.gql(`mutation ($key: String!) { archiveAlertRule(key: $key, reason: "done") { key } }`, {
        token: ops,
        variables: { key },
      });
      await evaluate();
      await receiver.close();
    }
  });
});

describe('the alerts subscription and guard trips', () => {
  it('pushes an alert to an ops subscriber as it fires and as it resolves', async () => {
    const key = uniqueKey('live');
    await server.gql(CREATE_RULE, { token: ops, variables: { key, input: ruleInput() } });
    const socket = connect(server.wsUrl, ops);
    const live = subscribe<{ alerts: AlertView }>(
      socket.client,
      `subscription { alerts { ${ALERT_FIELDS} } }`,
    );
    try {
      // graphql-ws handles a socket's messages in order: once a later query answers, the subscription is live.
      await execute(socket.client, '{ __typename }');
      void live.errors.then((errors) => {
        throw new Error(JSON.stringify(errors));
      });
      await breach();
      await evaluate();
      let message = await live.next();
      while (message.alerts.rule !== key) message = await live.next();
      expect(message.alerts).toMatchObject({ state: 'FIRING', service: 'augur', severity: 'CRITICAL' });
      await clear();
      await evaluate();
      message = await live.next();
      while (message.alerts.rule !== key) message = await live.next();
      expect(message.alerts.state).toBe('RESOLVED');
    } finally {
      live.close();
      socket.client.dispose();
      await server.gql(`mutation ($key: String!) { archiveAlertRule(key: $key, reason: "done") { key } }`, {
        token: ops,
        variables: { key },
      });
    }
  });

  it('turns a guard trip into a CRITICAL alert with its figures, still publishing guard.tripped', async () => {
    const flag = uniqueKey('guarded');
    await onFlag(server, flag);
    await server.gql(CREATE_GUARD, {
      token: ops,
      variables: { key: flag, input: { threshold: 0.5, minSamples: 10 } },
    });
    await report(server, tenant.accounts.user.token, flag, 8, 2);
    await waitFor(() => trips.some((t) => t.flagKey === flag), 'the guard to trip');
    await waitFor(
      async () => (await readAlerts(server, ops, `guard:${flag}`)).length === 1,
      'the guard alert',
    );
    const [alert] = await readAlerts(server, ops, `guard:${flag}`);
    expect(alert).toMatchObject({
      state: 'FIRING',
      severity: 'CRITICAL',
      kind: 'GUARD_TRIP',
      service: 'augur',
      threshold: 0.5,
      samples: 10,
    });
    expect(alert?.value).toBeCloseTo(0.8);
    expect(alert?.context).toMatchObject({
      flagKey: flag,
      action: 'OFF',
      figures: { errors: 8, samples: 10 },
    });
    const active = await server.gql<{ activeAlerts: AlertView[] }>(ACTIVE_ALERTS, { token: ops });
    expect(active.data?.activeAlerts.map((a) => a.id)).toContain(alert?.id);

    // Re-enabled: the next evaluation resolves it.
    await evaluate();
    expect((await readAlerts(server, ops, `guard:${flag}`))[0]?.state).toBe('FIRING');
    await server.gql(REENABLE, { token: ops, variables: { key: flag, reason: 'fixed' } });
    await evaluate();
    expect((await readAlerts(server, ops, `guard:${flag}`))[0]?.state).toBe('RESOLVED');
  });
});

describe('who may call', () => {
  const READS = [
    ['alertRules', '{ alertRules { key } }'],
    ['alertRule', '{ alertRule(key: "availability_low") { key } }'],
    ['alertRuleRevisions', '{ alertRuleRevisions(key: "availability_low") { revision } }'],
    ['alerts', '{ alerts { items { id } nextCursor } }'],
    ['activeAlerts', '{ activeAlerts { id } }'],
    [
      'createAlertRule',
      'mutation { createAlertRule(key: "rbac_probe", input: { kpi: AVAILABILITY, comparison: BELOW, threshold: 2 }, reason: "x") { key } }',
    ],
    [
      'updateAlertRule',
      'mutation { updateAlertRule(key: "rbac_probe", expectedRevision: 1, input: { kpi: AVAILABILITY, comparison: BELOW, threshold: 2 }, reason: "x") { key } }',
    ],
    ['archiveAlertRule', 'mutation { archiveAlertRule(key: "rbac_probe_missing", reason: "x") { key } }'],
    [
      'rollbackAlertRule',
      'mutation { rollbackAlertRule(key: "rbac_probe_missing", toRevision: 1, reason: "x") { changed } }',
    ],
  ] as const;

  it.each(READS)(
    '%s: anonymous UNAUTHENTICATED, user/tenant admin/support/platform FORBIDDEN, ops answered',
    async (field, query) => {
      const anonymous = await server.gql(query);
      expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      for (const name of ['user', 'tenantAdmin', 'support', 'platform'] as const) {
        const refused = await server.gql(query, { token: tenant.accounts[name].token });
        expect(refused.errors?.[0]?.extensions.code, `${field} as ${name}`).toBe('FORBIDDEN');
      }
      const answered = await server.gql(query, { token: ops });
      // Ops passes the scope: what remains is the field's own answer (data, or a coded refusal of the input).
      const code = answered.errors?.[0]?.extensions.code;
      expect(code === undefined || ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'].includes(code)).toBe(true);
    },
  );

  it('the alerts subscription: anonymous and support are refused (ops: above)', async () => {
    const socket = connect(server.wsUrl, tenant.accounts.support.token);
    const refused = subscribe(socket.client, 'subscription { alerts { id } }');
    expect((await refused.errors)?.[0]?.extensions?.code).toBe('FORBIDDEN');
    socket.client.dispose();
    const anonymous = connect(server.wsUrl);
    const noOne = subscribe(anonymous.client, 'subscription { alerts { id } }');
    expect((await noOne.errors)?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    anonymous.client.dispose();
  });
});
