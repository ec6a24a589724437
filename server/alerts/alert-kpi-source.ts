// The figures an alert rule is judged on: the metric rollups up to where they are complete plus the raw
// events after that (rolled up in memory the same way), so a rule sees the last seconds too; and a few
// request ids from the raw events behind the breach. A small read model over the metrics slice's tables.
import { sql } from 'kysely';
import { computeKpis, KPI_KINDS, type KpiFigures, rate } from '../metrics/kpi-math.js';
import { readPlan } from '../metrics/kpi-window.js';
import { PgMetricStore, type StoredRollup } from '../metrics/metric-store.js';
import { ALL_TENANTS, floorTo, MINUTE_MS, type RollupRow, rollUpEvents } from '../metrics/rollup.js';
import type { Db } from '../platform/db.js';
import type { AlertRuleContent } from './alert-rule.js';

export interface KpiReading {
  /** Null when the formula has nothing to divide by (no samples). */
  value: number | null;
  samples: number;
  from: Date;
  to: Date;
  context: Record<string, unknown>;
}

export interface AlertKpiSource {
  read(rule: AlertRuleContent, now: Date): Promise<KpiReading>;
  sampleRequestIds(rule: AlertRuleContent, from: Date, to: Date, limit: number): Promise<string[]>;
}

const HOUR_MS = 3_600_000;
const KINDS: readonly string[] = [...KPI_KINDS, 'operation'];

const opMatches = (rule: AlertRuleContent, op: string | undefined) =>
  rule.operation === null || op === rule.operation;

/**
 * One evaluation's reads: built per run, so the rollup state is read once and the raw events after it are
 * read and rolled up once for every rule (each rule then takes the minute rows of its own window and tenant).
 */
export class PgAlertKpiSource implements AlertKpiSource {
  private readonly store: PgMetricStore;
  private rolled: Promise<Date | null> | undefined;
  /** Minute rows of the raw events from `from` to the run's `to`, every tenant key. */
  private tail: { from: Date; to: Date; rows: RollupRow[] } | undefined;

  constructor(
    private readonly db: Db,
    /** The rollup job whose progress says up to where rollups are complete. */
    private readonly rollupJob: string,
  ) {
    this.store = new PgMetricStore(db);
  }

  private rolledThrough(): Promise<Date | null> {
    this.rolled ??= this.store.state(this.rollupJob).then((s) => s?.rolledThrough ?? null);
    return this.rolled;
  }

  /** The raw events' minute rows in [from, now), read once per run and extended backwards when asked. */
  private async tailRows(from: Date, now: Date): Promise<RollupRow[]> {
    if (!this.tail || +this.tail.to !== +now) {
      this.tail = { from, to: now, rows: rollUpEvents(await this.store.eventsBetween(from, now)) };
    } else if (+from < +this.tail.from) {
      const earlier = rollUpEvents(await this.store.eventsBetween(from, this.tail.from));
      this.tail = { from, to: now, rows: [...earlier, ...this.tail.rows] };
    }
    return this.tail.rows;
  }

  /**
   * Rollup rows for [from, rolledThrough) and raw events for [rolledThrough, to), as one set of rows. `from`
   * and `rolledThrough` are minute boundaries, so the raw part is exactly the tail's minute rows between them.
   */
  private async rows(
    tenantKey: string,
    from: Date,
    to: Date,
    rolled: Date | null,
    now: Date,
  ): Promise<StoredRollup[]> {
    const split = new Date(Math.min(Math.max(+(rolled ?? from), +from), +floorTo(to, MINUTE_MS)));
    const rolledRows =
      +split > +from ? await this.store.readTotals(tenantKey, readPlan(from, split), KINDS) : [];
    // Nothing left for the raw events when the rollups cover the whole span (a baseline, long rolled).
    if (+split >= +to) return rolledRows;
    const tail = (await this.tailRows(split, now))
      .filter(
        (r) => +r.bucket >= +split && +r.bucket < +to && r.tenantKey === tenantKey && KINDS.includes(r.kind),
      )
      .map((r) => ({ ...r, sketch: r.sketch ? r.sketch.toBytes() : null }));
    return [...rolledRows, ...tail];
  }

  async read(rule: AlertRuleContent, now: Date): Promise<KpiReading> {
    const to = now;
    const from = floorTo(+now - rule.windowSeconds * 1000, MINUTE_MS);
    const tenantKey = rule.tenantId ?? ALL_TENANTS;
    const rolled = await this.rolledThrough();
    const rows = await this.rows(tenantKey, from, to, rolled, now);
    const f = computeKpis(rows);
    const reading = (value: number | null, samples: number, context: Record<string, unknown> = {}) => ({
      value,
      samples,
      from,
      to,
      context,
    });
    switch (rule.kpi) {
      case 'AVAILABILITY': {
        if (rule.operation === null) return reading(f.availability, f.requests + f.readinessChecks);
        const op = operationOf(f, rule.operation);
        return reading(op ? rate(op.requests - op.errors5xx, op.requests) : null, op?.requests ?? 0);
      }
      case 'ERROR_RATE_5XX': {
        if (rule.operation === null) return reading(f.errorRate5xx, f.requests, { errors5xx: f.errors5xx });
        const op = operationOf(f, rule.operation);
        return reading(op?.errorRate5xx ?? null, op?.requests ?? 0, { errors5xx: op?.errors5xx ?? 0 });
      }
      case 'P95_LATENCY_MS': {
        if (rule.operation === null) return reading(f.requestP95LatencyMs, f.requests);
        const op = operationOf(f, rule.operation);
        return reading(op?.p95LatencyMs ?? null, op?.requests ?? 0, {
          p50LatencyMs: op?.p50LatencyMs ?? null,
        });
      }
      case 'QUOTA_SATURATION': {
        const quota = f.quota.filter((q) => opMatches(rule, q.module));
        const blocked = quota.reduce((n, q) => n + q.blocked, 0);
        const decisions = quota.reduce((n, q) => n + q.blocked + q.consumed, 0);
        return reading(rate(blocked, decisions), decisions, {
          blocked,
          byModuleAndPlan: quota.map((q) => ({ module: q.module, plan: q.plan, saturation: q.saturation })),
        });
      }
      case 'RATE_LIMITED_RATE': {
        let requests = 0;
        let limited = 0;
        for (const r of rows) {
          if (r.kind !== 'operation' || !opMatches(rule, r.dims.operation)) continue;
          requests += r.count;
          if (r.dims.code === 'RATE_LIMITED') limited += r.count;
        }
        return reading(rate(limited, requests), requests, { rateLimited: limited });
      }
      case 'LLM_ERROR_RATE':
        return reading(f.llmErrorRate, f.messagesTotal, { llmErrors: f.llmErrorReplies });
      case 'OUT_OF_SCOPE_DRIFT': {
        // The baseline: the 24 hours before the window.
        const base = computeKpis(
          await this.rows(tenantKey, new Date(+from - 24 * HOUR_MS), from, rolled, now),
        );
        const value =
          f.outOfScopeRate === null || base.outOfScopeRate === null
            ? null
            : f.outOfScopeRate - base.outOfScopeRate;
        return reading(value, f.messagesTotal, {
          outOfScopeRate: f.outOfScopeRate,
          baselineRate: base.outOfScopeRate,
          baselineMessages: base.messagesTotal,
        });
      }
      case 'API_KEY_AUTH_FAILURES':
        return reading(f.apiKeyAuthFailures, f.apiKeyAuthFailures, {
          byTenant: f.apiKeyAuthFailuresByTenant.slice(0, 5),
        });
    }
  }

  /**
   * Recent request ids of the events behind the breach: failing operations, slowest operations, refused
   * quota checks, RATE_LIMITED operations. Chat replies and API-key failures carry no request id, so their
   * rules show the latest sendMessage operations / none.
   */
  async sampleRequestIds(rule: AlertRuleContent, from: Date, to: Date, limit: number): Promise<string[]> {
    let query = this.db
      .selectFrom('metric_events')
      .select('request_id')
      .where('at', '>=', from)
      .where('at', '<', to)
      .where('request_id', 'is not', null);
    if (rule.tenantId) query = query.where('tenant_id', '=', rule.tenantId);
    const op = rule.operation;
    const byOperation = (q: typeof query) => (op ? q.where(sql<string>`dims->>'operation'`, '=', op) : q);
    switch (rule.kpi) {
      case 'AVAILABILITY':
      case 'ERROR_RATE_5XX':
        query = byOperation(query.where('kind', '=', 'operation').where('error', '=', true)).orderBy(
          'at',
          'desc',
        );
        break;
      case 'P95_LATENCY_MS':
        query = byOperation(query.where('kind', '=', 'operation')).orderBy('latency_ms', 'desc');
        break;
      case 'RATE_LIMITED_RATE':
        query = byOperation(query.where('kind', '=', 'operation'))
          .where(sql<string>`dims->>'code'`, '=', 'RATE_LIMITED')
          .orderBy('at', 'desc');
        break;
      case 'QUOTA_SATURATION':
        query = query.where('kind', '=', 'quota').where(sql<string>`dims->>'decision'`, '=', 'blocked');
        if (op) query = query.where(sql<string>`dims->>'module'`, '=', op);
        query = query.orderBy('at', 'desc');
        break;
      case 'LLM_ERROR_RATE':
      case 'OUT_OF_SCOPE_DRIFT':
        query = query
          .where('kind', '=', 'operation')
          .where(sql<string>`dims->>'operation'`, '=', 'sendMessage')
          .orderBy('at', 'desc');
        break;
      case 'API_KEY_AUTH_FAILURES':
        return [];
    }
    const rows = await query.limit(limit).execute();
    return rows.map((r) => r.request_id).filter((id): id is string => id !== null);
  }
}

function operationOf(f: KpiFigures, operation: string) {
  return f.operations.find((o) => o.operation === operation);
}
