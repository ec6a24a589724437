// `npm run bench:kpi`: kpis(D7) over 7 days of rollups standing for 10 million events (rows inserted
// directly), p50/p95 of 30 reads; and the recorder's CPU overhead on evaluateFlags and sendMessage (the
// server's CPU per request with recording on and off, alternating rounds in the same run). JSON last line.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createApp } from '../server/app/app.js';
import { hashPassword } from '../server/auth/password.js';
import { booleanFlag } from '../server/flags/test-flags.js';
import { computeKpis, KPI_KINDS } from '../server/metrics/kpi-math.js';
import { KpiService } from '../server/metrics/kpi-service.js';
import { readPlan } from '../server/metrics/kpi-window.js';
import { LatencySketch } from '../server/metrics/latency-sketch.js';
import { PgMetricStore } from '../server/metrics/metric-store.js';
import {
  ALL_TENANTS,
  coarseKind,
  HOUR_MS,
  latencyKind,
  MINUTE_MS,
  type RollupRow,
} from '../server/metrics/rollup.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';

const run = promisify(execFile);
const EVENTS = 10_000_000;
const HOURS = 168;
const READS = 30;
const ROUNDS = 3;
const REQUESTS = 400;
const failures: string[] = [];

const OPERATIONS = [
  'evaluateFlags',
  'myFlags',
  'sendMessage',
  'executeModule',
  'moduleAvailability',
  'conversations',
  'messages',
  'login',
  'flags',
  'updateFlag',
  'kpis',
  'auditEvents',
];
const STATUSES = [
  ['2xx', ''],
  ['4xx', 'FORBIDDEN'],
  ['4xx', 'VALIDATION_FAILED'],
  ['5xx', 'UNAVAILABLE'],
] as const;
const ROLES = [
  ['user', 'free'],
  ['user', 'premium'],
  ['apiKey', ''],
  ['ops', 'free'],
] as const;
const TENANTS = Array.from({ length: 5 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(7);
const sketch = (medianMs: number) => {
  const s = new LatencySketch();
  for (let i = 0; i < 200; i++) s.add(medianMs * Math.exp((random() - 0.5) * 3));
  return s;
};

/** One bucket's rows for a tenant key: operations by every dimension, chat, quota, exposures. */
function bucketRows(grain: 'hour' | 'minute', bucket: Date, tenantKey: string, events: number): RollupRow[] {
  const rows: RollupRow[] = [];
  const row = (
    kind: string,
    dims: Record<string, string>,
    count: number,
    errors: number,
    s: LatencySketch | null,
  ) =>
    rows.push({
      grain,
      bucket,
      kind,
      tenantKey,
      dims,
      count,
      errors,
      latencyCount: s ? count : 0,
      latencySum: s ? count * 20 : 0,
      sketch: s,
    });
  const perOp = Math.round((events * 0.8) / (OPERATIONS.length * STATUSES.length * ROLES.length));
  for (const operation of OPERATIONS) {
    for (const [status, code] of STATUSES) {
      for (const [role, plan] of ROLES) {
        row(
          'operation',
          { operation, type: 'query', status, code, role, plan, apiKey: role === 'apiKey' ? '1' : '0' },
          perOp,
          status === '5xx' ? perOp : 0,
          null,
        );
      }
    }
    for (const status of ['2xx', '4xx', '5xx']) {
      const n = perOp * ROLES.length * (status === '4xx' ? 2 : 1);
      row(coarseKind('operation'), { operation, status }, n, status === '5xx' ? n : 0, null);
    }
    row(latencyKind('operation'), { operation }, perOp * 16, 0, sketch(8 + operation.length));
  }
  const chat = Math.round(events * 0.1);
  for (const [status, share] of [
    ['ok', 0.9],
    ['out_of_scope', 0.08],
    ['llm_error', 0.02],
  ] as const) {
    row(
      'chat_reply',
      { status },
      Math.round(chat * share),
      status === 'llm_error' ? Math.round(chat * share) : 0,
      null,
    );
    row(latencyKind('chat_reply'), { status }, Math.round(chat * share), 0, sketch(400));
  }
  for (const module of ['tarot', 'runes']) {
    for (const plan of ['free', 'premium']) {
      row('quota', { module, plan, decision: 'consumed' }, Math.round(events * 0.01), 0, null);
      row('quota', { module, plan, decision: 'blocked' }, Math.round(events * 0.002), 0, null);
    }
  }
  for (let f = 0; f < 20; f++) {
    for (const variant of ['true', 'false']) {
      row(
        'exposure',
        { flag: `flag_${f}`, variant, reason: 'TARGETING_MATCH', rule: 'r1' },
        Math.round(events * 0.002),
        0,
        null,
      );
    }
  }
  return rows;
}

async function cpuPerRequest(url: string, token: string, body: string): Promise<number> {
  const before = process.cpuUsage();
  const { stdout } = await run(process.execPath, [
    '--import',
    'tsx',
    'bench/kpi-load.ts',
    url,
    token,
    body,
    String(REQUESTS),
    '8',
  ]);
  const used = process.cpuUsage(before);
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { failed?: number };
  if (result.failed) failures.push(`${result.failed} failed requests`);
  return (used.user + used.system) / REQUESTS;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
};

const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-bench-kpi-'));
const config = loadConfig({
  PORT: '0',
  NODE_ENV: 'test',
  AUGUR_DEMO: '0',
  AUGUR_DATA_DIR: dataDir,
  AUGUR_JWT_SECRET: 'bench-kpi-secret-bench-kpi-secret-0123',
  LOG_LEVEL: 'silent',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});
const app = await createApp({ config, logger: createLogger('silent') });
const url = await app.listen();
const { services } = app;
const store = new PgMetricStore(app.database.db);

// 7 days of hour rows plus the minute rows of the two ragged hours, for all tenants and five tenants.
const end = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS + 30 * MINUTE_MS);
const perHour = EVENTS / HOURS;
const insertStarted = performance.now();
let rows = 0;
for (let h = 0; h <= HOURS; h++) {
  const bucket = new Date(+end - (HOURS - h + 1) * HOUR_MS + 30 * MINUTE_MS - (+end % HOUR_MS));
  const batch = [ALL_TENANTS, ...TENANTS].flatMap((t) =>
    bucketRows('hour', bucket, t, t === ALL_TENANTS ? perHour : perHour / 5),
  );
  await store.insertRollups(batch);
  rows += batch.length;
}
for (let m = 0; m < 120; m++) {
  const batch = bucketRows('minute', new Date(+end - (m + 1) * MINUTE_MS), ALL_TENANTS, perHour / 60);
  await store.insertRollups(batch);
  rows += batch.length;
}
const insertMs = performance.now() - insertStarted;

const kpis = new KpiService(store, () => end);
const reads: number[] = [];
let events = 0;
for (let i = 0; i < READS; i++) {
  const started = performance.now();
  const k = await kpis.kpis({ window: 'D7' });
  reads.push(performance.now() - started);
  events = k.requests + k.messagesTotal;
}
// Where a read's time goes: the database (sums and latency rows) or the sketch merges in this process.
const plan = readPlan(new Date(+end - 7 * 24 * HOUR_MS), new Date(Math.floor(+end / MINUTE_MS) * MINUTE_MS));
const dbStarted = performance.now();
const totals = await store.readTotals(ALL_TENANTS, plan, KPI_KINDS);
const readMs = performance.now() - dbStarted;
const mergeStarted = performance.now();
computeKpis(totals);
const mergeMs = performance.now() - mergeStarted;
if (events < EVENTS * 0.5) failures.push(`kpis(D7) saw only ${events} events`);

// Overhead: a user and an ops account, flags to evaluate, a conversation to write into.
const tenant = await services.tenants.ensure('bench-kpi', 'Bench KPI');
const operatorId = services.operator.id ?? '';
const passwordHash = await hashPassword('bench kpi password');
const account = async (tenantId: string, email: string, role: 'user' | 'ops') => {
  const user = await services.users.ensure({ tenantId, email, passwordHash, role, plan: 'free' });
  const { token } = await services.auth.login({ email, password: 'bench kpi password', address: 'bench' });
  return { id: user.id, token };
};
const user = await account(tenant.id, 'user@bench-kpi.test', 'user');
const opsToken = (await account(operatorId, 'ops@bench-kpi.test', 'ops')).token;
const userToken = user.token;
const meta = { actor: 'system', reason: 'bench', requestId: 'bench' };
for (let i = 0; i < 50; i++)
  await services.flags.create(`bench_flag_${i}`, booleanFlag({ description: 'bench' }), meta);
const conversation = await services.chat.createConversation(
  { userId: user.id, tenantId: tenant.id, role: 'user' },
  'bench',
);
const evaluate = JSON.stringify({
  query:
    '{ evaluateFlags(context: { userId: "u1", plan: "free" }) { configRevision flags { key enabled } } }',
});
const message = JSON.stringify({
  query: `mutation { sendMessage(conversationId: "${conversation.id}", text: "What do the stars say about love?") { reply { status } } }`,
});
const overhead: Record<string, { offUs: number; onUs: number; overheadPct: number }> = {};
for (const [name, token, body] of [
  ['evaluateFlags', opsToken, evaluate],
  ['sendMessage', userToken, message],
] as const) {
  await cpuPerRequest(url, token, body); // warm-up
  const off: number[] = [];
  const on: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    services.metrics.enabled = false;
    off.push(await cpuPerRequest(url, token, body));
    services.metrics.enabled = true;
    on.push(await cpuPerRequest(url, token, body));
  }
  const offUs = median(off);
  const onUs = median(on);
  overhead[name] = {
    offUs: Math.round(offUs),
    onUs: Math.round(onUs),
    overheadPct: Math.round(((onUs - offUs) / offUs) * 1000) / 10,
  };
}
await app.close();
await rm(dataDir, { recursive: true, force: true });

const p95 = percentile(reads, 0.95);
if (p95 >= 50) failures.push(`kpis(D7) p95 ${p95.toFixed(1)} ms >= 50 ms`);
for (const [name, o] of Object.entries(overhead))
  if (o.overheadPct >= 5) failures.push(`${name} overhead ${o.overheadPct}% >= 5%`);
process.stdout.write(
  `${JSON.stringify({
    bench: 'kpi',
    database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    events: EVENTS,
    rollupRows: rows,
    insertMs: Math.round(insertMs),
    kpisD7: {
      rowsReturned: totals.length,
      databaseMs: Math.round(readMs),
      computeMs: Math.round(mergeMs),
      reads: READS,
      p50Ms: Math.round(percentile(reads, 0.5) * 10) / 10,
      p95Ms: Math.round(p95 * 10) / 10,
    },
    overhead: { requestsPerRound: REQUESTS, rounds: ROUNDS, ...overhead },
    note: 'shared 2-core machine (7 engineers); server CPU per request from process.cpuUsage, load from a child process',
    failures,
  })}\n`,
);
process.exit(failures.length > 0 ? 1 : 0);
