// The only file with Kysely code for metrics: raw events, rollup rows, the job's state, flag exposure facts.
import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../platform/db.js';
import type { Database } from '../platform/db-types.js';
import { LatencySketch } from './latency-sketch.js';
import type { MetricKind } from './metric-event.js';
import type { MetricSink, TimedMetricEvent } from './metric-recorder.js';
import { dimsKey, type Grain, type RollupRow } from './rollup.js';

/** A rollup row as read for KPIs: the sketch still in bytes, merged only where a quantile is asked for. */
export interface StoredRollup {
  grain: Grain;
  bucket: Date;
  kind: string;
  dims: Record<string, string>;
  count: number;
  errors: number;
  latencyCount: number;
  latencySum: number;
  sketch: Uint8Array | null;
}

export interface RollupState {
  rolledThrough: Date;
  runs: number;
  lastRunAt: Date | null;
  createdAt: Date;
}

interface Range {
  from: Date;
  to: Date;
}

/** Which rollup rows a window reads: whole days from day rows, whole hours from hour rows, the rest minutes. */
export interface ReadPlan {
  days: Range | null;
  hours: Range[];
  minutes: Range[];
}

const isEmpty = (plan: ReadPlan) => !plan.days && plan.hours.length === 0 && plan.minutes.length === 0;

/** The plan's buckets: each range of each grain. */
function inPlan(plan: ReadPlan) {
  const ranges: [Grain, Range][] = [
    ...(plan.days ? [['day', plan.days] as [Grain, Range]] : []),
    ...plan.hours.map((h) => ['hour', h] as [Grain, Range]),
    ...plan.minutes.map((m) => ['minute', m] as [Grain, Range]),
  ];
  return (eb: ExpressionBuilder<Database, 'metric_rollups'>) =>
    eb.or(
      ranges.map(([grain, r]) =>
        eb.and([eb('grain', '=', grain), eb('bucket', '>=', r.from), eb('bucket', '<', r.to)]),
      ),
    );
}

/**
 * Sketches read as base64 text: PGlite decodes a bytea result byte by byte (several times the cost of the
 * query on a 7-day window's 1,300 sketches); base64 is decoded natively.
 */
const sketchText = sql<string | null>`encode(sketch, 'base64')`.as('sketch64');
const sketchOfText = (text: string | null): Uint8Array | null => {
  if (text === null) return null;
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};
/** The dimensions back from their key (`dimsKey`: sorted [name, value] pairs), so no jsonb is moved. */
const dimsOfKey = (key: string): Record<string, string> =>
  Object.fromEntries(JSON.parse(key) as [string, string][]);

const CHUNK = 1000;
const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export class PgMetricStore implements MetricSink {
  constructor(private readonly db: Db) {}

  async insertEvents(events: TimedMetricEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += CHUNK) {
      await this.db
        .insertInto('metric_events')
        .values(
          events.slice(i, i + CHUNK).map((e) => ({
            tenant_id: e.tenantId,
            kind: e.kind,
            dims: JSON.stringify(e.dims),
            error: e.error === true,
            latency_ms: e.latencyMs ?? null,
            subject: e.subject ?? null,
            request_id: e.requestId ?? null,
            at: e.at,
            count: e.count ?? 1,
          })),
        )
        .execute();
    }
  }

  /** Held until the transaction ends; false when another instance holds it. */
  async tryLock(key: number): Promise<boolean> {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${key}::bigint) as locked`.execute(this.db);
    return rows[0]?.locked === true;
  }

  async state(job: string): Promise<RollupState | undefined> {
    const row = await this.db
      .selectFrom('metric_rollup_state')
      .selectAll()
      .where('job', '=', job)
      .executeTakeFirst();
    return (
      row && {
        rolledThrough: new Date(row.rolled_through),
        runs: Number(row.runs),
        lastRunAt: row.last_run_at && new Date(row.last_run_at),
        createdAt: new Date(row.created_at),
      }
    );
  }

  async createState(job: string, rolledThrough: Date, now: Date): Promise<void> {
    await this.db
      .insertInto('metric_rollup_state')
      .values({ job, rolled_through: rolledThrough, runs: 0, last_run_at: null, created_at: now })
      .onConflict((oc) => oc.column('job').doNothing())
      .execute();
  }

  async advanceState(job: string, rolledThrough: Date, now: Date): Promise<void> {
    await this.db
      .updateTable('metric_rollup_state')
      .set({ rolled_through: rolledThrough, last_run_at: now, runs: sql`runs + 1` })
      .where('job', '=', job)
      .execute();
  }

  async deleteState(job: string): Promise<void> {
    await this.db.deleteFrom('metric_rollup_state').where('job', '=', job).execute();
  }

  /** The time of the first raw event at or after `from`. */
  async nextEventAt(from: Date): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('metric_events')
      .select((eb) => eb.fn.min('at').as('at'))
      .where('at', '>=', from)
      .executeTakeFirst();
    return row?.at ? new Date(row.at) : undefined;
  }

  async eventsBetween(from: Date, to: Date): Promise<TimedMetricEvent[]> {
    const rows = await this.db
      .selectFrom('metric_events')
      .select(['tenant_id', 'kind', 'dims', 'error', 'latency_ms', 'subject', 'at', 'count'])
      .where('at', '>=', from)
      .where('at', '<', to)
      .execute();
    return rows.map((r) => ({
      kind: r.kind as MetricKind,
      tenantId: r.tenant_id,
      dims: r.dims,
      error: r.error,
      latencyMs: r.latency_ms ?? undefined,
      subject: r.subject ?? undefined,
      at: new Date(r.at),
      ...(Number(r.count) === 1 ? {} : { count: Number(r.count) }),
    }));
  }

  /** Replaces every row of `grain` with a bucket in [from, to): running a bucket twice gives the same rows. */
  async replaceRollups(grain: Grain, from: Date, to: Date, rows: readonly RollupRow[]): Promise<void> {
    await this.db
      .deleteFrom('metric_rollups')
      .where('grain', '=', grain)
      .where('bucket', '>=', from)
      .where('bucket', '<', to)
      .execute();
    await this.insertRollups(rows);
  }

  async insertRollups(rows: readonly RollupRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await this.db
        .insertInto('metric_rollups')
        .values(
          rows.slice(i, i + CHUNK).map((r) => ({
            grain: r.grain,
            bucket: r.bucket,
            kind: r.kind,
            tenant_key: r.tenantKey,
            dims_key: dimsKey(r.dims),
            dims: JSON.stringify(r.dims),
            count: r.count,
            errors: r.errors,
            latency_count: r.latencyCount,
            latency_sum: r.latencySum,
            sketch: r.sketch ? toBuffer(r.sketch.toBytes()) : null,
          })),
        )
        .execute();
    }
  }

  /** Every tenant's rows of one grain in [from, to), sketches decoded (the hour rebuild). */
  async rollupsBetween(grain: Grain, from: Date, to: Date): Promise<RollupRow[]> {
    const rows = await this.db
      .selectFrom('metric_rollups')
      .select([
        'grain',
        'bucket',
        'kind',
        'tenant_key',
        'dims',
        'count',
        'errors',
        'latency_count',
        'latency_sum',
        sketchText,
      ])
      .where('grain', '=', grain)
      .where('bucket', '>=', from)
      .where('bucket', '<', to)
      .execute();
    return rows.map((r) => ({
      grain: r.grain,
      bucket: new Date(r.bucket),
      kind: r.kind,
      tenantKey: r.tenant_key,
      dims: r.dims,
      count: Number(r.count),
      errors: Number(r.errors),
      latencyCount: Number(r.latency_count),
      latencySum: Number(r.latency_sum),
      sketch: r.sketch64 === null ? null : LatencySketch.fromBytes(sketchOfText(r.sketch64) as Uint8Array),
    }));
  }

  /**
   * The window's rows summed per kind and dimensions in the database (one row each), plus the latency rows
   * one by one for their sketches: what a KPI needs, without moving every bucket's row.
   */
  async readTotals(tenantKey: string, plan: ReadPlan, kinds: readonly string[]): Promise<StoredRollup[]> {
    if (isEmpty(plan)) return [];
    const [totals, sketches] = await Promise.all([
      this.window(tenantKey, plan)
        .where('kind', 'in', [...kinds])
        .where('sketch', 'is', null)
        .select([
          'kind',
          'dims_key',
          sql<number>`sum(count)`.as('count'),
          sql<number>`sum(errors)`.as('errors'),
          sql<number>`sum(latency_count)`.as('latency_count'),
          sql<number>`sum(latency_sum)`.as('latency_sum'),
        ])
        // Grouped by the key alone (text): sorting jsonb values costs several times more.
        .groupBy(['kind', 'dims_key'])
        .execute(),
      this.window(tenantKey, plan)
        .where('kind', 'in', [...kinds])
        .where('sketch', 'is not', null)
        .select(['kind', 'dims_key', sketchText])
        .execute(),
    ]);
    const bucket = plan.days?.from ?? plan.hours[0]?.from ?? plan.minutes[0]?.from ?? new Date(0);
    const base = { grain: 'hour' as const, bucket, count: 0, errors: 0, latencyCount: 0, latencySum: 0 };
    return [
      ...totals.map((r) => ({
        ...base,
        kind: r.kind,
        dims: dimsOfKey(r.dims_key),
        count: Number(r.count),
        errors: Number(r.errors),
        latencyCount: Number(r.latency_count),
        latencySum: Number(r.latency_sum),
        sketch: null,
      })),
      ...sketches.map((r) => ({
        ...base,
        kind: r.kind,
        dims: dimsOfKey(r.dims_key),
        sketch: sketchOfText(r.sketch64),
      })),
    ];
  }

  private window(tenantKey: string, plan: ReadPlan) {
    return this.db.selectFrom('metric_rollups').where('tenant_key', '=', tenantKey).where(inPlan(plan));
  }

  /** The rows a window reads for one tenant key, optionally only some kinds. */
  async read(tenantKey: string, plan: ReadPlan, kinds?: readonly string[]): Promise<StoredRollup[]> {
    if (isEmpty(plan)) return [];
    let query = this.db
      .selectFrom('metric_rollups')
      .select([
        'grain',
        'bucket',
        'kind',
        'dims',
        'count',
        'errors',
        'latency_count',
        'latency_sum',
        sketchText,
      ])
      .where('tenant_key', '=', tenantKey)
      .where(inPlan(plan));
    if (kinds) query = query.where('kind', 'in', [...kinds]);
    const rows = await query.execute();
    return rows.map((r) => ({
      grain: r.grain,
      bucket: new Date(r.bucket),
      kind: r.kind,
      dims: r.dims,
      count: Number(r.count),
      errors: Number(r.errors),
      latencyCount: Number(r.latency_count),
      latencySum: Number(r.latency_sum),
      sketch: sketchOfText(r.sketch64),
    }));
  }

  async addFlagUsers(rows: readonly { flag: string; day: string; subject: string }[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await this.db
        .insertInto('metric_flag_users')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) => oc.columns(['flag', 'day', 'subject']).doNothing())
        .execute();
    }
  }

  async touchFlagSeen(rows: readonly { flag: string; first: Date; last: Date }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('metric_flag_seen')
      .values(rows.map((r) => ({ flag: r.flag, first_exposure_at: r.first, last_exposure_at: r.last })))
      .onConflict((oc) =>
        oc.column('flag').doUpdateSet({
          first_exposure_at: sql`least(metric_flag_seen.first_exposure_at, excluded.first_exposure_at)`,
          last_exposure_at: sql`greatest(metric_flag_seen.last_exposure_at, excluded.last_exposure_at)`,
        }),
      )
      .execute();
  }

  async flagSeen(): Promise<Map<string, { first: Date; last: Date }>> {
    const rows = await this.db.selectFrom('metric_flag_seen').selectAll().execute();
    return new Map(
      rows.map((r) => [r.flag, { first: new Date(r.first_exposure_at), last: new Date(r.last_exposure_at) }]),
    );
  }

  /** Exposures per flag and served value since `since` (hour rows of all tenants). */
  async exposuresByValue(since: Date): Promise<{ flag: string; value: string; count: number }[]> {
    const rows = await this.db
      .selectFrom('metric_rollups')
      .select([
        sql<string>`dims->>'flag'`.as('flag'),
        sql<string>`dims->>'variant'`.as('value'),
        sql<string>`sum(count)`.as('count'),
      ])
      .where('tenant_key', '=', '*')
      .where('grain', '=', 'hour')
      .where('bucket', '>=', since)
      .where('kind', '=', 'exposure')
      .groupBy([sql`dims->>'flag'`, sql`dims->>'variant'`])
      .execute();
    return rows.map((r) => ({ flag: r.flag, value: r.value, count: Number(r.count) }));
  }

  /** Distinct users exposed to a flag on the UTC days from `fromDay` to `toDay` (inclusive). */
  async uniqueUsers(flag: string, fromDay: string, toDay: string): Promise<number> {
    const row = await this.db
      .selectFrom('metric_flag_users')
      .select(sql<string>`count(distinct subject)`.as('users'))
      .where('flag', '=', flag)
      .where('day', '>=', fromDay)
      .where('day', '<=', toDay)
      .executeTakeFirst();
    return Number(row?.users ?? 0);
  }

  /** Retention: raw events and rollups older than their horizons go. */
  async prune(rawBefore: Date, rollupsBefore: Date, usersBeforeDay: string): Promise<void> {
    await this.db.deleteFrom('metric_events').where('at', '<', rawBefore).execute();
    await this.db.deleteFrom('metric_rollups').where('bucket', '<', rollupsBefore).execute();
    await this.db.deleteFrom('metric_flag_users').where('day', '<', usersBeforeDay).execute();
  }
}
