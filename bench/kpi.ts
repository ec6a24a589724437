// `npm run bench:kpi`: kpis(D7) over 7 days of rollups standing for 10 million events (the rows the rollup job
// would leave, inserted directly), p50/p95 of 30 reads, where a read's time goes (database, sketch merges) and
// how many buckets it reads per dimension set. JSON last line. (The recorder's overhead: bench:overhead.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app/app.js';
import { computeKpis, KPI_KINDS } from '../server/metrics/kpi-math.js';
import { KpiService } from '../server/metrics/kpi-service.js';
import { readPlan } from '../server/metrics/kpi-window.js';
import { PgMetricStore } from '../server/metrics/metric-store.js';
import { ALL_TENANTS, DAY_MS, HOUR_MS, MINUTE_MS } from '../server/metrics/rollup.js';
import { ROLLUP_JOB } from '../server/metrics/rollup-job.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';
import { EVENTS, seedRollups } from './kpi-data.js';

const READS = 30;
const failures: string[] = [];

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
const store = new PgMetricStore(app.database.db);

// 7 days of rollups as the job leaves them (hour, day and edge minute rows), ending at 12:30 UTC yesterday so
// every run reads the same plan: 6 days, 11 + 12 edge hours, 30 + 30 edge minutes. The job itself is stopped;
// its state says it rolled through the end (day rows are read for the days it has rolled past).
await app.services.rollups.stop();
const end = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - 11.5 * HOUR_MS);
await store.createState(ROLLUP_JOB, end, end);
await store.advanceState(ROLLUP_JOB, end, end);
const insertStarted = performance.now();
const rows = await seedRollups(store, end);
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
const plan = readPlan(new Date(+end - 7 * 24 * HOUR_MS), end, { days: true, daysBefore: end });
const dbStarted = performance.now();
const totals = await store.readTotals(ALL_TENANTS, plan, KPI_KINDS);
const readMs = performance.now() - dbStarted;
const mergeStarted = performance.now();
computeKpis(totals);
const mergeMs = performance.now() - mergeStarted;
const buckets =
  (plan.days ? (+plan.days.to - +plan.days.from) / DAY_MS : 0) +
  plan.hours.reduce((n, h) => n + (+h.to - +h.from) / HOUR_MS, 0) +
  plan.minutes.reduce((n, m) => n + (+m.to - +m.from) / MINUTE_MS, 0);
if (events < EVENTS * 0.5) failures.push(`kpis(D7) saw only ${events} events`);

await app.close();
await rm(dataDir, { recursive: true, force: true });

const p95 = percentile(reads, 0.95);
if (p95 >= 50) failures.push(`kpis(D7) p95 ${p95.toFixed(1)} ms >= 50 ms`);
process.stdout.write(
  `${JSON.stringify({
    bench: 'kpi',
    database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    events: EVENTS,
    rollupRows: rows,
    insertMs: Math.round(insertMs),
    kpisD7: {
      bucketsPerDimensionSet: buckets,
      rowsReturned: totals.length,
      sketchRows: totals.filter((t) => t.sketch).length,
      databaseMs: Math.round(readMs),
      computeMs: Math.round(mergeMs),
      reads: READS,
      p50Ms: Math.round(percentile(reads, 0.5) * 10) / 10,
      p95Ms: Math.round(p95 * 10) / 10,
    },
    note: 'shared 2-core machine (several engineers)',
    failures,
  })}\n`,
);
process.exit(failures.length > 0 ? 1 : 0);
