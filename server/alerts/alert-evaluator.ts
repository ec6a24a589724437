// The alert evaluator: every period (15 s), exactly once across instances (an advisory lock and a shared
// slot row, like the rollup job), judges every enabled rule on its window and moves its alert through
// pending, firing and resolved; a webhook delivery row is written with each firing and resolution.
import { createHash } from 'node:crypto';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { Alert } from './alert.js';
import { SERVICE } from './alert.js';
import { type AlertKpiSource, PgAlertKpiSource } from './alert-kpi-source.js';
import type { AlertRule } from './alert-rule.js';
import { PgAlertRuleStore } from './alert-rule-store.js';
import { transition, verdict } from './alert-state.js';
import { PgAlertStore } from './alert-store.js';

export const ALERT_EVALUATOR = 'alerts';

export interface AlertEvaluatorOptions {
  clock: () => Date;
  /** The evaluator's name: its alerts, its slot and its lock (tests on one database give each their own). */
  name: string;
  /** AUGUR_ALERT_EVALUATE_MS: one evaluation per period across instances. */
  periodMs: number;
  /** The rollup job whose progress says how far rollups are complete. */
  rollupJob: string;
  sampleRequestIds: number;
  /** Whether a guard is still open (its alert resolves when it is not). */
  guardOpen: (flagKey: string) => boolean;
  logger?: Logger | undefined;
}

export interface EvaluationRun {
  ran: boolean;
  /** Alerts that fired or resolved in this run (published after commit). */
  changed: Alert[];
  /** Rules judged. */
  rules: number;
}

/** The advisory lock key of an evaluator name: a stable 31-bit number. */
export function lockKeyOf(name: string): number {
  return createHash('sha256').update(`augur-alerts:${name}`).digest().readUInt32BE(0) >>> 1;
}

export class AlertEvaluator {
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;
  private readonly listeners: ((changed: Alert[], deliveries: boolean) => void)[] = [];
  runsHere = 0;
  lastError: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly options: AlertEvaluatorOptions,
    private readonly source: (db: Db) => AlertKpiSource = (trx) =>
      new PgAlertKpiSource(trx, options.rollupJob),
  ) {}

  get name(): string {
    return this.options.name;
  }

  /** Called after each run that changed alerts, with whether it queued webhook deliveries. */
  onChanged(listener: (changed: Alert[], deliveries: boolean) => void): void {
    this.listeners.push(listener);
  }

  async runOnce(): Promise<EvaluationRun> {
    // One run at a time in this process too (PGlite has one session; the lock alone is per transaction).
    if (this.running) return { ran: false, changed: [], rules: 0 };
    this.running = true;
    let deliveries = false;
    try {
      const run = this.db.transaction().execute(async (trx) => {
        const result = await this.evaluate(trx);
        deliveries = result.deliveries;
        return result.run;
      });
      this.current = run;
      const result = await run;
      this.lastError = null;
      if (result.changed.length > 0) for (const l of this.listeners) l(result.changed, deliveries);
      return result;
    } catch (err) {
      this.lastError = safeError(err).message;
      throw err;
    } finally {
      this.running = false;
    }
  }

  private async evaluate(trx: Db): Promise<{ run: EvaluationRun; deliveries: boolean }> {
    const o = this.options;
    const now = o.clock();
    const alerts = new PgAlertStore(trx, o.name);
    const idle = { run: { ran: false, changed: [], rules: 0 }, deliveries: false };
    if (!(await alerts.tryLock(lockKeyOf(o.name)))) return idle;
    if (!(await alerts.claimSlot(Math.floor(+now / o.periodMs), now))) return idle;
    this.runsHere += 1;
    const rules = (await new PgAlertRuleStore(trx).list()).filter((r) => r.enabled);
    const open = new Map((await alerts.open()).map((a) => [a.ruleKey, a]));
    const source = this.source(trx);
    const changed: Alert[] = [];
    let deliveries = false;
    const deliver = async (rule: AlertRule, alert: Alert, event: 'FIRING' | 'RESOLVED') => {
      if (!rule.webhookUrl) return;
      deliveries = true;
      await alerts.addDelivery({
        alertId: alert.id,
        event,
        ruleKey: rule.key,
        url: rule.webhookUrl,
        secretRef: rule.webhookSecretRef,
        payload: webhookPayload(alert, event, rule.description),
        at: now,
      });
    };

    for (const rule of rules) {
      const reading = await source.read(rule, now);
      const current = open.get(rule.key);
      open.delete(rule.key);
      const step = transition(current, verdict(rule, reading), rule.forSeconds, now);
      if (step.kind === 'none') continue;
      if (step.kind === 'drop' && current) {
        await alerts.remove(current.id);
        continue;
      }
      if (step.kind === 'resolve' && current) {
        const resolved = await alerts.update(
          current.id,
          {
            state: 'RESOLVED',
            resolvedAt: now,
            context: { ...current.context, resolvedValue: reading.value },
          },
          now,
        );
        changed.push(resolved);
        await deliver(rule, resolved, 'RESOLVED');
        continue;
      }
      const figures = {
        value: reading.value,
        samples: reading.samples,
        threshold: rule.threshold,
        ruleRevision: rule.revision,
        context: { ...reading.context, from: reading.from.toISOString(), to: reading.to.toISOString() },
        sampleRequestIds: await source.sampleRequestIds(rule, reading.from, reading.to, o.sampleRequestIds),
      };
      if (step.kind === 'open') {
        const alert = await alerts.insert(
          {
            ruleKey: rule.key,
            source: 'rule',
            state: step.state,
            severity: rule.severity,
            kpi: rule.kpi,
            operation: rule.operation,
            tenantId: rule.tenantId,
            comparison: rule.comparison,
            windowSeconds: rule.windowSeconds,
            pendingSince: now,
            firedAt: step.state === 'FIRING' ? now : null,
            resolvedAt: null,
            ...figures,
          },
          now,
        );
        if (alert.state === 'FIRING') {
          changed.push(alert);
          await deliver(rule, alert, 'FIRING');
        }
      } else if (current) {
        const firing = step.kind === 'fire';
        const alert = await alerts.update(
          current.id,
          { ...figures, ...(firing ? { state: 'FIRING', firedAt: now } : {}) },
          now,
        );
        if (firing) {
          changed.push(alert);
          await deliver(rule, alert, 'FIRING');
        }
      }
    }

    // Alerts whose rule went away (archived, disabled) resolve; guard alerts resolve once the guard closes.
    for (const alert of open.values()) {
      if (alert.source === 'guard' && o.guardOpen(alert.ruleKey.replace(/^guard:/, ''))) continue;
      if (alert.state === 'PENDING') {
        await alerts.remove(alert.id);
        continue;
      }
      const reason = alert.source === 'guard' ? 'guard closed' : 'rule archived or disabled';
      changed.push(
        await alerts.update(
          alert.id,
          { state: 'RESOLVED', resolvedAt: now, context: { ...alert.context, reason } },
          now,
        ),
      );
    }
    return { run: { ran: true, changed, rules: rules.length }, deliveries };
  }

  start(): void {
    if (this.timer) return;
    // Every instance offers three times a period; the shared slot lets one run per period.
    this.timer = setInterval(
      () => {
        this.runOnce().catch((err: unknown) =>
          this.options.logger?.warn({ err: safeError(err) }, 'alert evaluation did not run'),
        );
      },
      Math.max(1000, Math.floor(this.options.periodMs / 3)),
    );
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.current?.catch(() => undefined);
  }
}

/** The JSON body a webhook receives (docs/alerts.md). */
export function webhookPayload(alert: Alert, event: 'FIRING' | 'RESOLVED', description: string) {
  return {
    version: 1,
    event,
    alert: {
      id: alert.id,
      rule: alert.ruleKey,
      ruleRevision: alert.ruleRevision,
      description,
      service: SERVICE,
      operation: alert.operation,
      tenantId: alert.tenantId,
      severity: alert.severity,
      kpi: alert.kpi,
      comparison: alert.comparison,
      value: alert.value,
      threshold: alert.threshold,
      windowSeconds: alert.windowSeconds,
      samples: alert.samples,
      sampleRequestIds: alert.sampleRequestIds,
      context: alert.context,
      pendingSince: alert.pendingSince.toISOString(),
      firedAt: alert.firedAt?.toISOString() ?? null,
      resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    },
  };
}
