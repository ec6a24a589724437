// The only Kysely code for alerts: open and past alerts, the evaluator's slot and lock, webhook deliveries
// (claimed with SKIP LOCKED and a lease) and their attempts.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db.js';
import type { AlertsTable } from '../platform/db-types.js';
import type { Alert, AlertDelivery, AlertState, DeliveryAttempt } from './alert.js';
import { SERVICE } from './alert.js';
import type { AlertKpi, Comparison, Severity } from './alert-rule.js';

type Selected<T> = { [K in keyof T]: T[K] extends { __select__: infer S } ? S : T[K] };
type AlertRow = Selected<AlertsTable>;

const toAlert = (r: AlertRow): Alert => ({
  id: r.id,
  ruleKey: r.rule_key,
  ruleRevision: r.rule_revision,
  source: r.source,
  state: r.state,
  severity: r.severity as Severity,
  kpi: r.kpi as AlertKpi | 'GUARD_TRIP',
  service: SERVICE,
  operation: r.operation,
  tenantId: r.tenant_id,
  comparison: r.comparison as Comparison,
  value: r.value,
  threshold: r.threshold,
  windowSeconds: r.window_seconds,
  samples: Number(r.samples),
  sampleRequestIds: r.sample_request_ids,
  context: r.context,
  pendingSince: new Date(r.pending_since),
  firedAt: r.fired_at && new Date(r.fired_at),
  resolvedAt: r.resolved_at && new Date(r.resolved_at),
  updatedAt: new Date(r.updated_at),
});

export type NewAlert = Omit<Alert, 'id' | 'service' | 'updatedAt'>;

export interface AlertQuery {
  state?: AlertState | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  ruleKey?: string | undefined;
  /** Alerts that started strictly before this one (pending_since, id): the next page. */
  after?: { pendingSince: Date; id: string } | undefined;
  first: number;
}

export interface NewDelivery {
  alertId: string;
  event: 'FIRING' | 'RESOLVED';
  ruleKey: string;
  url: string;
  secretRef: string | null;
  payload: Record<string, unknown>;
  at: Date;
}

export interface ClaimedDelivery {
  id: string;
  alertId: string;
  event: 'FIRING' | 'RESOLVED';
  ruleKey: string;
  url: string;
  secretRef: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

export class PgAlertStore {
  constructor(
    private readonly db: Db,
    /** The evaluator name whose alerts this store reads and writes. */
    readonly evaluator: string,
  ) {}

  /** Held until the transaction ends; false when another instance holds it. */
  async tryLock(key: number): Promise<boolean> {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${key}::bigint) as locked`.execute(this.db);
    return rows[0]?.locked === true;
  }

  /** Claims `slot` for this evaluator; false when this slot (or a later one) already ran. */
  async claimSlot(slot: number, now: Date): Promise<boolean> {
    const row = await this.db
      .insertInto('alert_evaluator_state')
      .values({ evaluator: this.evaluator, last_slot: slot, runs: 1, last_run_at: now })
      .onConflict((oc) =>
        oc
          .column('evaluator')
          .doUpdateSet({ last_slot: slot, runs: sql`alert_evaluator_state.runs + 1`, last_run_at: now })
          .where('alert_evaluator_state.last_slot', '<', slot),
      )
      .returning('runs')
      .executeTakeFirst();
    return row !== undefined;
  }

  async open(): Promise<Alert[]> {
    const rows = await this.db
      .selectFrom('alerts')
      .selectAll()
      .where('evaluator', '=', this.evaluator)
      .where('state', '<>', 'RESOLVED')
      .orderBy('pending_since', 'desc')
      .execute();
    return rows.map(toAlert);
  }

  async find(id: string): Promise<Alert | undefined> {
    const row = await this.db
      .selectFrom('alerts')
      .selectAll()
      .where('evaluator', '=', this.evaluator)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toAlert(row);
  }

  async list(q: AlertQuery): Promise<Alert[]> {
    let query = this.db.selectFrom('alerts').selectAll().where('evaluator', '=', this.evaluator);
    if (q.state) query = query.where('state', '=', q.state);
    if (q.ruleKey) query = query.where('rule_key', '=', q.ruleKey);
    if (q.from) query = query.where('pending_since', '>=', q.from);
    if (q.to) query = query.where('pending_since', '<', q.to);
    const after = q.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('pending_since', '<', after.pendingSince),
          eb.and([eb('pending_since', '=', after.pendingSince), eb('id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query.orderBy('pending_since', 'desc').orderBy('id', 'desc').limit(q.first).execute();
    return rows.map(toAlert);
  }

  async insert(alert: NewAlert, now: Date): Promise<Alert> {
    const row = await this.db
      .insertInto('alerts')
      .values({
        id: randomUUID(),
        evaluator: this.evaluator,
        rule_key: alert.ruleKey,
        rule_revision: alert.ruleRevision,
        source: alert.source,
        state: alert.state,
        severity: alert.severity,
        kpi: alert.kpi,
        operation: alert.operation,
        tenant_id: alert.tenantId,
        comparison: alert.comparison,
        value: alert.value,
        threshold: alert.threshold,
        window_seconds: alert.windowSeconds,
        samples: alert.samples,
        sample_request_ids: JSON.stringify(alert.sampleRequestIds),
        context: JSON.stringify(alert.context),
        pending_since: alert.pendingSince,
        fired_at: alert.firedAt,
        resolved_at: alert.resolvedAt,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAlert(row);
  }

  async update(
    id: string,
    patch: Partial<
      Pick<
        Alert,
        | 'state'
        | 'value'
        | 'samples'
        | 'sampleRequestIds'
        | 'context'
        | 'firedAt'
        | 'resolvedAt'
        | 'ruleRevision'
        | 'threshold'
      >
    >,
    now: Date,
  ): Promise<Alert> {
    const row = await this.db
      .updateTable('alerts')
      .set({
        ...(patch.state ? { state: patch.state } : {}),
        ...(patch.value !== undefined ? { value: patch.value } : {}),
        ...(patch.samples !== undefined ? { samples: patch.samples } : {}),
        ...(patch.threshold !== undefined ? { threshold: patch.threshold } : {}),
        ...(patch.ruleRevision !== undefined ? { rule_revision: patch.ruleRevision } : {}),
        ...(patch.sampleRequestIds ? { sample_request_ids: JSON.stringify(patch.sampleRequestIds) } : {}),
        ...(patch.context ? { context: JSON.stringify(patch.context) } : {}),
        ...(patch.firedAt !== undefined ? { fired_at: patch.firedAt } : {}),
        ...(patch.resolvedAt !== undefined ? { resolved_at: patch.resolvedAt } : {}),
        updated_at: now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAlert(row);
  }

  /** A pending alert whose condition cleared before its for-duration never fired: it leaves no history. */
  async remove(id: string): Promise<void> {
    await this.db.deleteFrom('alerts').where('id', '=', id).where('state', '=', 'PENDING').execute();
  }

  async addDelivery(d: NewDelivery): Promise<void> {
    await this.db
      .insertInto('alert_deliveries')
      .values({
        id: randomUUID(),
        alert_id: d.alertId,
        event: d.event,
        rule_key: d.ruleKey,
        url: d.url,
        secret_ref: d.secretRef,
        payload: JSON.stringify(d.payload),
        state: 'PENDING',
        attempts: 0,
        next_attempt_at: d.at,
        created_at: d.at,
      })
      .execute();
  }

  /**
   * Due deliveries, each taken by one instance: rows locked by another claim are skipped, and the claim moves
   * `next_attempt_at` past the lease so no one else takes them while the request is in flight.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    const rows = await this.db
      .selectFrom('alert_deliveries')
      .innerJoin('alerts', 'alerts.id', 'alert_deliveries.alert_id')
      .select([
        'alert_deliveries.id',
        'alert_deliveries.alert_id',
        'alert_deliveries.event',
        'alert_deliveries.rule_key',
        'alert_deliveries.url',
        'alert_deliveries.secret_ref',
        'alert_deliveries.payload',
        'alert_deliveries.attempts',
      ])
      .where('alerts.evaluator', '=', this.evaluator)
      .where('alert_deliveries.state', '=', 'PENDING')
      .where('alert_deliveries.next_attempt_at', '<=', now)
      .orderBy('alert_deliveries.next_attempt_at')
      .limit(limit)
      .forUpdate('alert_deliveries')
      .skipLocked()
      .execute();
    if (rows.length === 0) return [];
    await this.db
      .updateTable('alert_deliveries')
      .set({ next_attempt_at: leaseUntil })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((r) => ({
      id: r.id,
      alertId: r.alert_id,
      event: r.event,
      ruleKey: r.rule_key,
      url: r.url,
      secretRef: r.secret_ref,
      payload: r.payload,
      attempts: r.attempts,
    }));
  }

  async recordAttempt(
    id: string,
    attempt: DeliveryAttempt,
    next: { state: 'PENDING' | 'DELIVERED' | 'FAILED'; nextAttemptAt: Date },
  ): Promise<void> {
    await this.db
      .insertInto('alert_delivery_attempts')
      .values({
        delivery_id: id,
        attempt: attempt.attempt,
        ok: attempt.ok,
        status_code: attempt.statusCode,
        error: attempt.error,
        duration_ms: attempt.durationMs,
        at: attempt.at,
      })
      .execute();
    await this.db
      .updateTable('alert_deliveries')
      .set({ state: next.state, attempts: attempt.attempt, next_attempt_at: next.nextAttemptAt })
      .where('id', '=', id)
      .execute();
  }

  async deliveries(alertIds: readonly string[]): Promise<AlertDelivery[]> {
    if (alertIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('alert_deliveries')
      .selectAll()
      .where('alert_id', 'in', [...alertIds])
      .orderBy('created_at')
      .execute();
    const attempts = rows.length
      ? await this.db
          .selectFrom('alert_delivery_attempts')
          .selectAll()
          .where(
            'delivery_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('attempt')
          .execute()
      : [];
    return rows.map((r) => ({
      id: r.id,
      alertId: r.alert_id,
      event: r.event,
      url: r.url,
      state: r.state,
      nextAttemptAt: new Date(r.next_attempt_at),
      createdAt: new Date(r.created_at),
      attempts: attempts
        .filter((a) => a.delivery_id === r.id)
        .map((a) => ({
          attempt: a.attempt,
          ok: a.ok,
          statusCode: a.status_code,
          error: a.error,
          durationMs: a.duration_ms,
          at: new Date(a.at),
        })),
    }));
  }
}
