// bench:kpi's data: 7 days of rollup rows standing for 10 million events over realistic dimensions (12
// operations by status, role and plan; chat replies; quota; 20 flags' exposures), for all tenants and five.
import { LatencySketch } from '../server/metrics/latency-sketch.js';
import type { PgMetricStore } from '../server/metrics/metric-store.js';
import {
  ALL_TENANTS,
  coarseKind,
  DAY_MS,
  HOUR_MS,
  latencyKind,
  MINUTE_MS,
  mergeRows,
  type RollupRow,
} from '../server/metrics/rollup.js';

export const EVENTS = 10_000_000;
export const HOURS = 168;

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
export function bucketRows(
  grain: 'hour' | 'minute',
  bucket: Date,
  tenantKey: string,
  events: number,
): RollupRow[] {
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

/**
 * Inserts the rows the rollup job would have made for 7 days ending at `end` (a minute boundary): hour rows
 * for every tenant key, day rows merged from them, and minute rows for the hour at either end of the window.
 */
export async function seedRollups(store: PgMetricStore, end: Date): Promise<number> {
  const perHour = EVENTS / HOURS;
  const lastHour = Math.floor(+end / HOUR_MS) * HOUR_MS;
  let rows = 0;
  let day: { start: number; rows: RollupRow[] } | undefined;
  const flushDay = async () => {
    if (!day) return;
    const merged = mergeRows(day.rows, 'day', DAY_MS);
    await store.insertRollups(merged);
    rows += merged.length;
  };
  for (let h = HOURS; h >= 0; h--) {
    const bucket = new Date(lastHour - h * HOUR_MS);
    const batch = [ALL_TENANTS, ...TENANTS].flatMap((t) =>
      bucketRows('hour', bucket, t, t === ALL_TENANTS ? perHour : perHour / 5),
    );
    await store.insertRollups(batch);
    rows += batch.length;
    const start = Math.floor(+bucket / DAY_MS) * DAY_MS;
    if (day?.start !== start) {
      await flushDay();
      day = { start, rows: [] };
    }
    day.rows.push(...batch);
  }
  await flushDay();
  const from = +end - HOURS * HOUR_MS;
  for (let m = 0; m < 60; m++) {
    for (const at of [from + m * MINUTE_MS, lastHour + m * MINUTE_MS]) {
      if (at >= +end) continue;
      const batch = bucketRows('minute', new Date(at), ALL_TENANTS, perHour / 60);
      await store.insertRollups(batch);
      rows += batch.length;
    }
  }
  return rows;
}
