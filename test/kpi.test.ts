// KPIs end to end: real traffic through GraphQL, the recorder's batches, the rollup job on a moved clock,
// then kpis/kpiSeries/flagMetrics/staleness as ops; window boundaries, partial windows, the tenant filter,
// RBAC, a second instance on the same database, and a database fault that drops events but no request.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanFlag } from '../server/flags/test-flags.js';
import { chatReplyEvent, exposureEvent, moduleRunEvent } from '../server/metrics/metric-event.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
// A future epoch of this run's own and a job name of its own: other test files on a shared PostgreSQL
// run their own rollups on the real clock.
const T0 = Date.UTC(2031, 0, 1 + Math.floor(Math.random() * 1000), 10, 0, 30);
let now = new Date(T0);
const JOB = `kpi-test-${randomUUID().slice(0, 8)}`;
const metricsOverrides = {
  clock: () => now,
  rollupJob: JOB,
  rollupTickMs: 3_600_000,
  // The moved clock must not prune the real-clock rows of other test files.
  rawRetentionHours: 24 * 365 * 20,
  rollupRetentionDays: 365 * 20,
  kpiUpdatesMs: 100,
};
const responder = {
  respond: async (input: { text: string }) => {
    if (input.text.startsWith('fail')) throw new Error('responder down');
    return { text: `echo ${input.text}`, outOfScope: input.text.startsWith('oos') };
  },
};

const KPIS = `query ($window: KpiWindow, $from: DateTime, $to: DateTime, $tenantId: ID) {
  kpis(window: $window, from: $from, to: $to, tenantId: $tenantId) {
    from to rolledThrough messagesTotal outOfScopeRate llmErrorRate p50LatencyMs p95LatencyMs
    requests errorRate5xx availability apiKeyAuthFailures signInFailures
    apiKeyAuthFailuresByTenant { tenantId count } operations { operation requests errors4xx errors5xx }
  }
}`;
interface KpiAnswer {
  kpis: {
    rolledThrough: string | null;
    messagesTotal: number;
    outOfScopeRate: number | null;
    llmErrorRate: number | null;
    p50LatencyMs: number | null;
    p95LatencyMs: number | null;
    requests: number;
    availability: number | null;
    apiKeyAuthFailures: number;
    signInFailures: number;
    apiKeyAuthFailuresByTenant: { tenantId: string | null; count: number }[];
    operations: { operation: string; requests: number; errors4xx: number }[];
  };
}

let server: TestServer;
let a: TestTenant;
let b: TestTenant;
let c: TestTenant;
let ops: string;

const iso = (ms: number) => new Date(ms).toISOString();
const send = async (token: string, text: string) => {
  const conv = await server.gql<{ createConversation: { id: string } }>(
    'mutation { createConversation(title: "kpi") { id } }',
    { token },
  );
  const id = conv.data?.createConversation.id;
  const sent = await server.gql(
    'mutation ($id: ID!, $t: String!) { sendMessage(conversationId: $id, text: $t) { reply { status } } }',
    {
      token,
      variables: { id, t: text },
    },
  );
  expect(sent.errors).toBeUndefined();
};
const kpis = async (variables: Record<string, unknown>, token = ops) => {
  const answer = await server.gql<KpiAnswer>(KPIS, { token, variables });
  expect(answer.errors).toBeUndefined();
  return answer.data?.kpis as KpiAnswer['kpis'];
};
/** Writes what the recorder holds, moves the clock, and rolls up until caught up (as its ticks would). */
const rollTo = async (ms: number) => {
  await server.app.services.metrics.flush();
  now = new Date(ms);
  const first = await server.app.services.rollups.runOnce();
  for (let i = 0; i < 20 && (await server.app.services.rollups.runOnce()).ran; i++);
  return first;
};

beforeAll(async () => {
  server = await startTestServer({ services: { metrics: metricsOverrides, chat: { responder } } });
  [a, b, c] = [
    await createTestTenant(server),
    await createTestTenant(server),
    await createTestTenant(server),
  ];
  ops = a.accounts.ops.token;
  await send(a.accounts.user.token, 'hello');
  await send(a.accounts.user.token, 'oos: the stock market');
  await send(a.accounts.user.token, 'fail please');
  await send(b.accounts.user.token, 'hello');
  // An API key of tenant A presented with a wrong secret, and a key that names no one.
  const key = await server.app.services.apiKeys.create(a.id, `kpi-${randomUUID()}`, null);
  const wrong = `${key.secret.slice(0, -4)}AAAA`;
  expect((await server.gql('{ __typename }', { token: wrong })).status).toBe(401);
  expect((await server.gql('{ __typename }', { token: 'ak_nothing' })).status).toBe(401);
  const login = await server.gql('mutation { login(email: "nobody@kpi.test", password: "wrong") { token } }');
  expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  // Tenant C: two replies either side of the 10:01 boundary.
  const recorder = server.app.services.metrics;
  const minute = Math.floor(T0 / MINUTE) * MINUTE;
  recorder.record({
    ...chatReplyEvent({ tenantId: c.id, status: 'ok', latencyMs: 5 }),
    at: new Date(minute + MINUTE - 1),
  });
  recorder.record({
    ...chatReplyEvent({ tenantId: c.id, status: 'out_of_scope', latencyMs: 5 }),
    at: new Date(minute + MINUTE),
  });
  expect(await rollTo(T0 + 2 * MINUTE)).toMatchObject({ ran: true });
});
afterAll(() => server?.close());

describe('kpis', () => {
  it('counts the replies, their rates and latency, and the auth failures over the last hour', async () => {
    const k = await kpis({ window: 'H1' });
    expect(k.messagesTotal).toBe(6);
    expect(k.outOfScopeRate).toBeCloseTo(2 / 6, 10);
    expect(k.llmErrorRate).toBeCloseTo(1 / 6, 10);
    expect(k.p95LatencyMs).not.toBeNull();
    expect(k.operations.find((o) => o.operation === 'sendMessage')).toMatchObject({
      requests: 4,
      errors4xx: 0,
    });
    expect(k.availability).toBe(1);
    expect(k.apiKeyAuthFailures).toBe(2);
    expect(k.apiKeyAuthFailuresByTenant).toEqual(
      expect.arrayContaining([
        { tenantId: a.id, count: 1 },
        { tenantId: null, count: 1 },
      ]),
    );
    expect(k.signInFailures).toBe(1);
  });

  it('filters by tenant', async () => {
    expect(await kpis({ window: 'H1', tenantId: a.id })).toMatchObject({
      messagesTotal: 3,
      llmErrorRate: 1 / 3,
    });
    expect(await kpis({ window: 'H1', tenantId: b.id })).toMatchObject({ messagesTotal: 1, llmErrorRate: 0 });
  });

  it('puts an event at the boundary in the window that starts there, never in both', async () => {
    const minute = Math.floor(T0 / MINUTE) * MINUTE;
    const before = await kpis({ from: iso(minute), to: iso(minute + MINUTE), tenantId: c.id });
    const after = await kpis({ from: iso(minute + MINUTE), to: iso(minute + 2 * MINUTE), tenantId: c.id });
    expect(before).toMatchObject({ messagesTotal: 1, outOfScopeRate: 0 });
    expect(after).toMatchObject({ messagesTotal: 1, outOfScopeRate: 1 });
  });

  it('gives zeros and nulls, not NaN, for a window without data', async () => {
    const k = await kpis({ from: iso(T0 - 10 * DAY), to: iso(T0 - 9 * DAY) });
    expect(k).toMatchObject({
      messagesTotal: 0,
      requests: 0,
      outOfScopeRate: null,
      p95LatencyMs: null,
      availability: null,
    });
  });

  it('leaves the minute not yet rolled out of a partial window and says how far it is rolled', async () => {
    const recorder = server.app.services.metrics;
    recorder.record({
      ...chatReplyEvent({ tenantId: c.id, status: 'ok', latencyMs: 5 }),
      at: new Date(T0 + 2 * MINUTE),
    });
    await recorder.flush();
    now = new Date(T0 + 3 * MINUTE);
    const partial = await kpis({ window: 'H1', tenantId: c.id });
    expect(partial.messagesTotal).toBe(2);
    expect(partial.rolledThrough).toBe(iso(Math.floor(T0 / MINUTE) * MINUTE + 2 * MINUTE));
    await rollTo(T0 + 3 * MINUTE);
    expect((await kpis({ window: 'H1', tenantId: c.id })).messagesTotal).toBe(3);
  });

  it('does not double-count when minutes are rolled again', async () => {
    const first = await kpis({ window: 'H1' });
    expect(await server.app.services.rollups.runOnce()).toMatchObject({ ran: false });
    await rollTo(T0 + 4 * MINUTE);
    await rollTo(T0 + 5 * MINUTE);
    const again = await kpis({ window: 'H1' });
    expect(again.messagesTotal).toBe(first.messagesTotal);
    expect(again.apiKeyAuthFailures).toBe(first.apiKeyAuthFailures);
  });

  it('refuses a half-given window with VALIDATION_FAILED', async () => {
    const answer = await server.gql(KPIS, { token: ops, variables: { from: iso(T0) } });
    expect(answer.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });

  it('draws a series with one point per minute whose sum is the total', async () => {
    const answer = await server.gql<{
      kpiSeries: { stepSeconds: number; points: { value: number | null }[] };
    }>('{ kpiSeries(window: H1, metric: MESSAGES) { stepSeconds points { at value } } }', { token: ops });
    const series = answer.data?.kpiSeries;
    expect(series?.stepSeconds).toBe(60);
    expect(series?.points).toHaveLength(60);
    const total = (series?.points ?? []).reduce((sum, p) => sum + (p.value ?? 0), 0);
    expect(total).toBe((await kpis({ window: 'H1' })).messagesTotal);
  });
});

describe('RBAC', () => {
  const fields = [
    '{ kpis { messagesTotal } }',
    '{ metricPipeline { dropped } }',
    '{ kpiSeries(metric: MESSAGES) { metric } }',
    '{ flagMetrics(key: "x") { exposures } }',
  ];
  it.each(fields)(
    '%s: anonymous UNAUTHENTICATED, user/support/tenant admin FORBIDDEN, ops/platform allowed',
    async (query) => {
      expect((await server.gql(query)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      for (const who of ['user', 'support', 'tenantAdmin'] as const) {
        expect((await server.gql(query, { token: a.accounts[who].token })).errors?.[0]?.extensions.code).toBe(
          'FORBIDDEN',
        );
      }
      for (const who of ['ops', 'platform'] as const) {
        const answer = await server.gql(query, { token: a.accounts[who].token });
        expect(answer.errors).toBeUndefined();
      }
    },
  );
});

describe('flag metrics and staleness', () => {
  it('counts exposures by variant, reason and rule, gated errors and unique users', async () => {
    const key = `kpi_flag_${randomUUID().slice(0, 8)}`;
    const recorder = server.app.services.metrics;
    const at = new Date(T0 + 5 * MINUTE + 10_000);
    for (const [userId, enabled] of [
      ['u1', true],
      ['u1', true],
      ['u2', true],
      ['u3', false],
    ] as const) {
      recorder.record({
        ...exposureEvent({
          tenantId: a.id,
          flag: key,
          variant: null,
          enabled,
          reason: enabled ? 'TARGETING_MATCH' : 'DEFAULT',
          ruleId: enabled ? 'r1' : null,
          userId,
        }),
        at,
      });
    }
    for (const outcome of ['ok', 'ok', 'ok', 'error', 'blocked'] as const) {
      recorder.record({
        ...moduleRunEvent({
          tenantId: a.id,
          module: 'tarot',
          plan: 'free',
          flag: key,
          outcome,
          requestId: 'r',
        }),
        at,
      });
    }
    await rollTo(T0 + 7 * MINUTE);
    const answer = await server.gql<{ flagMetrics: Record<string, unknown> }>(
      `{ flagMetrics(key: "${key}", window: H1) { exposures byVariant { value count } byRule { value count } gatedRuns gatedErrorRate uniqueUsers } }`,
      { token: ops },
    );
    expect(answer.data?.flagMetrics).toEqual({
      exposures: 4,
      byVariant: [
        { value: 'true', count: 3 },
        { value: 'false', count: 1 },
      ],
      byRule: [
        { value: 'r1', count: 3 },
        { value: '', count: 1 },
      ],
      gatedRuns: 4,
      gatedErrorRate: 0.25,
      uniqueUsers: 3,
    });
  });

  it('marks a flag serving one value for 14 days, and one never exposed for 30, as possibly stale', async () => {
    const META = { actor: 'system', reason: 'kpi tests', requestId: 'kpi-tests' };
    const single = `kpi_single_${randomUUID().slice(0, 8)}`;
    const silent = `kpi_silent_${randomUUID().slice(0, 8)}`;
    await server.app.services.flags.create(single, booleanFlag({ description: 'kpi' }), META);
    await server.app.services.flags.create(silent, booleanFlag({ description: 'kpi' }), META);
    const expose = (ms: number) =>
      server.app.services.metrics.record({
        ...exposureEvent({
          tenantId: a.id,
          flag: single,
          variant: 'on',
          enabled: true,
          reason: 'DEFAULT',
          ruleId: null,
          userId: 'u1',
        }),
        at: new Date(ms),
      });
    expose(T0 + 8 * MINUTE);
    await rollTo(T0 + 10 * MINUTE);
    const stale = async (key: string) =>
      (
        await server.gql<{
          flag: { staleness: { possiblyStale: boolean; reason: string | null; evidence: string } };
        }>(`{ flag(key: "${key}") { staleness { possiblyStale reason servedValue evidence } } }`, {
          token: ops,
        })
      ).data?.flag.staleness;
    expect(await stale(single)).toMatchObject({ possiblyStale: false });
    expose(T0 + 15 * DAY);
    await rollTo(T0 + 15 * DAY + 2 * MINUTE);
    expect(await stale(single)).toMatchObject({
      possiblyStale: true,
      reason: 'SINGLE_VARIANT',
      servedValue: 'on',
    });
    expect(await stale(silent)).toMatchObject({ possiblyStale: false });
    await rollTo(T0 + 31 * DAY);
    expect(await stale(silent)).toMatchObject({ possiblyStale: true, reason: 'NO_EXPOSURE' });
  });
});

describe('two instances on one database', () => {
  it('run each minute once between them and count each event once', async () => {
    const second = await startTestServer({
      instanceOf: server,
      services: { metrics: metricsOverrides, chat: { responder } },
    });
    try {
      const jobs = [server.app.services.rollups, second.app.services.rollups];
      const state = () =>
        server.app.database.db
          .selectFrom('metric_rollup_state')
          .select('runs')
          .where('job', '=', JOB)
          .executeTakeFirstOrThrow();
      await rollTo(+now + 2 * MINUTE);
      const before = Number((await state()).runs);
      const baseline = (await kpis({ window: 'H1', tenantId: b.id })).messagesTotal;
      const start = +now;
      for (let i = 1; i <= 3; i++) {
        await send(b.accounts.user.token, `hello ${i}`);
        await second.app.services.metrics.flush();
        await server.app.services.metrics.flush();
        now = new Date(start + i * MINUTE);
        // Both instances try, at the same moment and again: one run per minute between them.
        await Promise.all([jobs[0]?.runOnce(), jobs[1]?.runOnce(), jobs[0]?.runOnce(), jobs[1]?.runOnce()]);
        await Promise.all(jobs.map((j) => j?.runOnce()));
      }
      expect(Number((await state()).runs) - before).toBe(3);
      expect((await kpis({ window: 'H1', tenantId: b.id })).messagesTotal).toBe(baseline + 3);
    } finally {
      await second.close();
    }
  });
});

describe('a database fault', () => {
  it('drops the batch into the counter and fails no request', async () => {
    const db = server.app.database.db;
    const fn = `augur_test_metrics_down_${randomUUID().replaceAll('-', '')}`;
    await sql
      .raw(
        `CREATE FUNCTION ${fn}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'metric store down'; END $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER ${fn} BEFORE INSERT ON metric_events FOR EACH ROW EXECUTE FUNCTION ${fn}()`)
      .execute(db);
    try {
      await server.app.services.metrics.flush();
      const before = server.app.services.metrics.stats().dropped;
      await send(a.accounts.user.token, 'hello while metrics are down');
      await server.app.services.metrics.flush();
      expect(server.app.services.metrics.stats().dropped).toBeGreaterThan(before);
      const pipeline = await server.gql<{ metricPipeline: { dropped: number } }>(
        '{ metricPipeline { dropped } }',
        { token: ops },
      );
      expect(pipeline.data?.metricPipeline.dropped).toBeGreaterThan(before);
    } finally {
      await sql.raw(`DROP TRIGGER ${fn} ON metric_events`).execute(db);
      await sql.raw(`DROP FUNCTION ${fn}()`).execute(db);
    }
  });
});
