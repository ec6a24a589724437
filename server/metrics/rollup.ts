// Turning raw events into rollup rows (per minute), minute rows into hour rows, hour rows into day rows: pure.
import { LatencySketch } from './latency-sketch.js';
import type { TimedMetricEvent } from './metric-recorder.js';

export type Grain = 'minute' | 'hour' | 'day';
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** The tenant key of the rows that hold every tenant's events together. */
export const ALL_TENANTS = '*';

export interface RollupRow {
  grain: Grain;
  bucket: Date;
  kind: string;
  tenantKey: string;
  dims: Record<string, string>;
  count: number;
  errors: number;
  latencyCount: number;
  latencySum: number;
  sketch: LatencySketch | null;
}

/**
 * The latency sketch of a kind is kept on a row set of its own, projected on these dimensions: a p95 by
 * operation then merges one sketch per operation and bucket, whatever the other dimensions' cardinality.
 */
export const LATENCY_DIMS: Readonly<Record<string, readonly string[]>> = {
  operation: ['operation'],
  chat_reply: ['status'],
  module_run: ['module'],
  propagation: ['stage'],
};

export const latencyKind = (kind: string) => `${kind}:latency`;

/**
 * Coarse row sets the KPIs read instead of the full-dimension rows (operations by role, plan, code and
 * API key are hundreds of rows a bucket; by operation and status a few dozen).
 */
export const COARSE_DIMS: Readonly<Record<string, readonly string[]>> = {
  operation: ['operation', 'status'],
};

export const coarseKind = (kind: string) => `${kind}:coarse`;

export const floorTo = (at: Date | number, step: number) => new Date(Math.floor(+at / step) * step);

export function dimsKey(dims: Record<string, string>): string {
  return JSON.stringify(
    Object.keys(dims)
      .sort()
      .map((k) => [k, dims[k]]),
  );
}

const rowKey = (r: Pick<RollupRow, 'bucket' | 'kind' | 'tenantKey' | 'dims'>) =>
  `${+r.bucket}|${r.kind}|${r.tenantKey}|${dimsKey(r.dims)}`;

function project(dims: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, dims[k] ?? '']));
}

class RowSet {
  readonly rows = new Map<string, RollupRow>();

  constructor(private readonly grain: Grain) {}

  row(
    bucket: Date,
    kind: string,
    tenantKey: string,
    dims: Record<string, string>,
    sketch: boolean,
  ): RollupRow {
    const key = rowKey({ bucket, kind, tenantKey, dims });
    let row = this.rows.get(key);
    if (!row) {
      row = {
        grain: this.grain,
        bucket,
        kind,
        tenantKey,
        dims,
        count: 0,
        errors: 0,
        latencyCount: 0,
        latencySum: 0,
        sketch: sketch ? new LatencySketch() : null,
      };
      this.rows.set(key, row);
    }
    return row;
  }
}

/** Minute rows for these events: per tenant and for all tenants, plus the latency row sets. */
export function rollUpEvents(events: readonly TimedMetricEvent[]): RollupRow[] {
  const set = new RowSet('minute');
  for (const e of events) {
    const bucket = floorTo(e.at, MINUTE_MS);
    const latency = typeof e.latencyMs === 'number' && Number.isFinite(e.latencyMs);
    const latencyKeys = LATENCY_DIMS[e.kind];
    const n = e.count ?? 1;
    for (const tenantKey of e.tenantId ? [e.tenantId, ALL_TENANTS] : [ALL_TENANTS]) {
      const row = set.row(bucket, e.kind, tenantKey, e.dims, false);
      row.count += n;
      if (e.error) row.errors += n;
      if (latency) {
        row.latencyCount += 1;
        row.latencySum += Math.max(0, e.latencyMs ?? 0);
      }
      const coarseKeys = COARSE_DIMS[e.kind];
      if (coarseKeys) {
        const c = set.row(bucket, coarseKind(e.kind), tenantKey, project(e.dims, coarseKeys), false);
        c.count += n;
        if (e.error) c.errors += n;
      }
      if (latency && latencyKeys) {
        const l = set.row(bucket, latencyKind(e.kind), tenantKey, project(e.dims, latencyKeys), true);
        l.count += 1;
        if (e.error) l.errors += 1;
        l.latencyCount += 1;
        l.latencySum += Math.max(0, e.latencyMs ?? 0);
        l.sketch?.add(e.latencyMs ?? 0);
      }
    }
  }
  return [...set.rows.values()];
}

/** Rows of a coarser grain from finer ones (minutes into hours, hours into days); sketches merged. */
export function mergeRows(rows: readonly RollupRow[], grain: Grain, step: number): RollupRow[] {
  const set = new RowSet(grain);
  for (const r of rows) {
    const row = set.row(floorTo(r.bucket, step), r.kind, r.tenantKey, r.dims, r.sketch !== null);
    row.count += r.count;
    row.errors += r.errors;
    row.latencyCount += r.latencyCount;
    row.latencySum += r.latencySum;
    if (r.sketch) row.sketch?.merge(r.sketch);
  }
  return [...set.rows.values()];
}
