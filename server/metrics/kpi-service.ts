// KPIs over rollups for GraphQL and for server code (an alert evaluator calls kpis() directly).

import { validationFailed } from '../platform/errors.js';
import { isUuid } from '../platform/text.js';
import { computeKpis, KPI_KINDS, type KpiFigures, rate } from './kpi-math.js';
import { type KpiQuery, type ResolvedWindow, readPlan, resolveWindow } from './kpi-window.js';
import type { PgMetricStore, ReadPlan, StoredRollup } from './metric-store.js';
import { ALL_TENANTS, coarseKind, floorTo, latencyKind } from './rollup.js';
import { ROLLUP_JOB } from './rollup-job.js';

export interface Kpis extends KpiFigures {
  from: Date;
  to: Date;
  tenantId: string | null;
  /** Rollups cover events up to here; the rest of the window (at most a minute or two) is not in yet. */
  rolledThrough: Date | null;
}

export const KPI_SERIES_METRICS = [
  'MESSAGES',
  'OUT_OF_SCOPE_RATE',
  'LLM_ERROR_RATE',
  'P50_LATENCY_MS',
  'P95_LATENCY_MS',
  'REQUESTS',
  'ERROR_RATE_4XX',
  'ERROR_RATE_5XX',
  'REQUEST_P50_LATENCY_MS',
  'REQUEST_P95_LATENCY_MS',
  'AVAILABILITY',
] as const;
export type KpiSeriesMetric = (typeof KPI_SERIES_METRICS)[number];

const SERIES_FIELD: Record<KpiSeriesMetric, keyof KpiFigures> = {
  MESSAGES: 'messagesTotal',
  OUT_OF_SCOPE_RATE: 'outOfScopeRate',
  LLM_ERROR_RATE: 'llmErrorRate',
  P50_LATENCY_MS: 'p50LatencyMs',
  P95_LATENCY_MS: 'p95LatencyMs',
  REQUESTS: 'requests',
  ERROR_RATE_4XX: 'errorRate4xx',
  ERROR_RATE_5XX: 'errorRate5xx',
  REQUEST_P50_LATENCY_MS: 'requestP50LatencyMs',
  REQUEST_P95_LATENCY_MS: 'requestP95LatencyMs',
  AVAILABILITY: 'availability',
};

const CHAT = ['chat_reply', latencyKind('chat_reply')];
const OPS = [coarseKind('operation'), latencyKind('operation')];
const SERIES_KINDS: Record<KpiSeriesMetric, readonly string[]> = {
  MESSAGES: CHAT,
  OUT_OF_SCOPE_RATE: CHAT,
  LLM_ERROR_RATE: CHAT,
  P50_LATENCY_MS: CHAT,
  P95_LATENCY_MS: CHAT,
  REQUESTS: OPS,
  ERROR_RATE_4XX: OPS,
  ERROR_RATE_5XX: OPS,
  REQUEST_P50_LATENCY_MS: OPS,
  REQUEST_P95_LATENCY_MS: OPS,
  AVAILABILITY: [coarseKind('operation'), 'readiness'],
};

export interface KpiPoint {
  at: Date;
  /** Null where the formula has nothing to divide by or no latency sample (see docs/monitoring.md). */
  value: number | null;
}

export interface KpiSeries {
  metric: KpiSeriesMetric;
  from: Date;
  to: Date;
  stepSeconds: number;
  points: KpiPoint[];
}

export interface CountBy {
  value: string;
  count: number;
}

export interface FlagMetrics {
  key: string;
  from: Date;
  to: Date;
  exposures: number;
  byVariant: CountBy[];
  byReason: CountBy[];
  byRule: CountBy[];
  /** Module runs the flag let through, and those that failed. */
  gatedRuns: number;
  gatedErrors: number;
  gatedErrorRate: number | null;
  /** Exact distinct users over the UTC days the window touches (day granularity). */
  uniqueUsers: number;
}

export class KpiService {
  constructor(
    private readonly store: PgMetricStore,
    private readonly clock: () => Date = () => new Date(),
    /** The rollup job whose progress `rolledThrough` reports. */
    private readonly job: string = ROLLUP_JOB,
  ) {}

  private tenantKey(tenantId: string | null | undefined): string {
    if (tenantId == null) return ALL_TENANTS;
    if (!isUuid(tenantId)) throw validationFailed([{ path: 'tenantId', message: 'must be a tenant id' }]);
    return tenantId;
  }

  private async rows(
    w: ResolvedWindow,
    tenantKey: string,
    kinds?: readonly string[],
  ): Promise<StoredRollup[]> {
    return this.store.read(tenantKey, readPlan(w.from, w.to), kinds);
  }

  /** Totals read day rows for the days the job has rolled to their end (none before its first run). */
  private plan(w: ResolvedWindow, rolledThrough: Date | undefined): ReadPlan {
    return readPlan(w.from, w.to, { days: rolledThrough !== undefined, daysBefore: rolledThrough });
  }

  now(): Date {
    return this.clock();
  }

  window(query: KpiQuery): ResolvedWindow {
    return resolveWindow(query, this.clock());
  }

  async kpis(query: KpiQuery): Promise<Kpis> {
    const w = this.window(query);
    const key = this.tenantKey(query.tenantId);
    const state = await this.store.state(this.job);
    const rows = await this.store.readTotals(key, this.plan(w, state?.rolledThrough), KPI_KINDS);
    return {
      ...computeKpis(rows),
      from: w.from,
      to: w.to,
      tenantId: query.tenantId ?? null,
      rolledThrough: state?.rolledThrough ?? null,
    };
  }

  async kpiSeries(query: KpiQuery & { metric: KpiSeriesMetric }): Promise<KpiSeries> {
    const w = this.window(query);
    const rows = await this.rows(w, this.tenantKey(query.tenantId), SERIES_KINDS[query.metric]);
    const byPoint = new Map<number, StoredRollup[]>();
    for (const r of rows) {
      const at = +floorTo(r.bucket, w.stepMs);
      const list = byPoint.get(at);
      if (list) list.push(r);
      else byPoint.set(at, [r]);
    }
    const field = SERIES_FIELD[query.metric];
    const points: KpiPoint[] = [];
    for (let at = +w.from; at < +w.to; at += w.stepMs) {
      const figures = computeKpis(byPoint.get(at) ?? []);
      points.push({ at: new Date(at), value: figures[field] as number | null });
    }
    return { metric: query.metric, from: w.from, to: w.to, stepSeconds: w.stepMs / 1000, points };
  }

  async flagMetrics(key: string, query: KpiQuery): Promise<FlagMetrics> {
    const w = this.window(query);
    const tenantKey = this.tenantKey(query.tenantId);
    const state = await this.store.state(this.job);
    const rows = await this.store.read(tenantKey, this.plan(w, state?.rolledThrough), [
      'exposure',
      'module_run',
    ]);
    const variant = new Map<string, number>();
    const reason = new Map<string, number>();
    const rule = new Map<string, number>();
    let exposures = 0;
    let runs = 0;
    let errors = 0;
    for (const r of rows) {
      if (r.dims.flag !== key) continue;
      if (r.kind === 'exposure') {
        exposures += r.count;
        add(variant, r.dims.variant ?? '', r.count);
        add(reason, r.dims.reason ?? '', r.count);
        add(rule, r.dims.rule ?? '', r.count);
      } else if (r.dims.outcome === 'ok' || r.dims.outcome === 'error') {
        runs += r.count;
        errors += r.errors;
      }
    }
    const lastDay = new Date(+w.to - 1).toISOString().slice(0, 10);
    const uniqueUsers = await this.store.uniqueUsers(key, w.from.toISOString().slice(0, 10), lastDay);
    return {
      key,
      from: w.from,
      to: w.to,
      exposures,
      byVariant: counts(variant),
      byReason: counts(reason),
      byRule: counts(rule),
      gatedRuns: runs,
      gatedErrors: errors,
      gatedErrorRate: rate(errors, runs),
      uniqueUsers,
    };
  }
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function counts(map: Map<string, number>): CountBy[] {
  return [...map.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
