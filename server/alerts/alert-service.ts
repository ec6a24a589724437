// Alert rules (reads and writes over the one writer, webhook secrets kept encrypted beside them), alerts and
// their deliveries, the live stream, guard trips as alerts, and the evaluator and deliverer's lifecycle.
import { Repeater } from '@graphql-yoga/subscription';
import type { GuardTripped } from '../guard/guard-notifier.js';
import type { Bus } from '../platform/bus.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { ChangeMeta, EntityWriter } from '../revisions/entity-writer.js';
import type { Revision } from '../revisions/revision.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import { ALERT_CHANGED, type Alert, type AlertDelivery, type AlertTopics } from './alert.js';
import type { AlertEvaluator } from './alert-evaluator.js';
import type { AlertRule, AlertRuleContent } from './alert-rule.js';
import { type AlertRuleTx, alertRuleDefinition } from './alert-rule-definition.js';
import type { AlertRuleRows, WebhookSecretStore } from './alert-rule-store.js';
import { type AlertQuery, PgAlertStore } from './alert-store.js';
import type { WebhookDeliverer } from './webhook-deliverer.js';
import type { WebhookSecrets } from './webhook-secret.js';

/** A rule as written through the API: the secret in clear (absent: keep the current one; '': none). */
export type AlertRuleWrite = Omit<AlertRuleContent, 'webhookSecretRef'> & { webhookSecret?: string | null };

export interface AlertServiceDeps {
  db: Db;
  rules: AlertRuleRows & WebhookSecretStore;
  revisions: RevisionStore;
  writer: EntityWriter<AlertRuleTx>;
  evaluator: AlertEvaluator;
  deliverer: WebhookDeliverer;
  secrets: WebhookSecrets;
  bus: Bus<AlertTopics>;
  clock: () => Date;
  logger: Logger;
  /** False: start() leaves the evaluator and deliverer to be run by hand (tests on a moved clock). */
  timers: boolean;
}

export class AlertService {
  private readonly alerts: PgAlertStore;

  constructor(private readonly deps: AlertServiceDeps) {
    this.alerts = new PgAlertStore(deps.db, deps.evaluator.name);
    // Fired or resolved here: announce it to every instance, and send its webhooks from this one.
    deps.evaluator.onChanged((changed, deliveries) => {
      for (const alert of changed) deps.bus.publish(ALERT_CHANGED, alert);
      if (deliveries) this.deliverSoon();
    });
  }

  get evaluator(): AlertEvaluator {
    return this.deps.evaluator;
  }

  get deliverer(): WebhookDeliverer {
    return this.deps.deliverer;
  }

  private deliverSoon(): void {
    this.deps.deliverer
      .kick()
      .catch((err: unknown) =>
        this.deps.logger.warn({ err: safeError(err) }, 'webhook deliveries did not run'),
      );
  }

  listRules(includeArchived = false): Promise<AlertRule[]> {
    return this.deps.rules.list(includeArchived);
  }

  findRule(key: string): Promise<AlertRule | undefined> {
    return this.deps.rules.find(key);
  }

  history(key: string, limit: number): Promise<Revision[]> {
    return this.deps.revisions.list('alertRule', key, limit);
  }

  /** Stores a new secret (encrypted) and returns its fingerprint; null for none; undefined to keep. */
  private async secretRef(
    key: string,
    secret: string | null | undefined,
  ): Promise<string | null | undefined> {
    if (secret === undefined || secret === null) return undefined;
    if (secret === '') return null;
    const fingerprint = this.deps.secrets.fingerprint(secret);
    await this.deps.rules.put(key, fingerprint, this.deps.secrets.encrypt(secret));
    return fingerprint;
  }

  async create(key: string, write: AlertRuleWrite, meta: ChangeMeta): Promise<AlertRule> {
    const { webhookSecret, ...rest } = write;
    const ref = (await this.secretRef(key, webhookSecret)) ?? null;
    const content: AlertRuleContent = { ...rest, webhookSecretRef: ref };
    return (await this.deps.writer.write(alertRuleDefinition, { kind: 'create', key, content }, meta)).entity;
  }

  async update(
    key: string,
    expectedRevision: number,
    write: AlertRuleWrite,
    meta: ChangeMeta,
  ): Promise<AlertRule> {
    const { webhookSecret, ...rest } = write;
    const ref = await this.secretRef(key, webhookSecret);
    const content = (current: AlertRuleContent): AlertRuleContent => ({
      ...rest,
      // Without a webhook there is nothing to sign; without a new secret the current one stays.
      webhookSecretRef: rest.webhookUrl === null ? null : ref === undefined ? current.webhookSecretRef : ref,
    });
    const op = { kind: 'update', key, expectedRevision, content } as const;
    return (await this.deps.writer.write(alertRuleDefinition, op, meta)).entity;
  }

  async archive(key: string, expectedRevision: number | undefined, meta: ChangeMeta): Promise<AlertRule> {
    const op = { kind: 'archive', key, expectedRevision } as const;
    return (await this.deps.writer.write(alertRuleDefinition, op, meta)).entity;
  }

  async rollback(key: string, toRevision: number, meta: ChangeMeta) {
    const op = { kind: 'rollback', key, toRevision } as const;
    const { entity, changed } = await this.deps.writer.write(alertRuleDefinition, op, meta);
    return { alertRule: entity, changed };
  }

  list(query: AlertQuery): Promise<Alert[]> {
    return this.alerts.list(query);
  }

  find(id: string): Promise<Alert | undefined> {
    return this.alerts.find(id);
  }

  active(): Promise<Alert[]> {
    return this.alerts.open().then((open) => open.filter((a) => a.state === 'FIRING'));
  }

  deliveries(alertIds: readonly string[]): Promise<AlertDelivery[]> {
    return this.alerts.deliveries(alertIds);
  }

  /** Alerts as they fire and resolve, from every instance (through the bus), until the caller leaves. */
  stream(): AsyncIterable<Alert> {
    return new Repeater<Alert>(async (push, stop) => {
      const unsubscribe = this.deps.bus.subscribe(ALERT_CHANGED, (alert) => {
        void push(revive(alert));
      });
      await stop;
      unsubscribe();
    });
  }

  /**
   * A guard trip is a CRITICAL alert at once, on the instance that tripped it (trips happen once across
   * instances); it resolves when the evaluator finds the guard closed again.
   */
  async guardTripped(event: GuardTripped): Promise<Alert> {
    const now = this.deps.clock();
    const ruleKey = `guard:${event.flagKey}`;
    const f = event.figures;
    const figures = {
      value: f.metric === 'P95_LATENCY' ? f.p95LatencyMs : f.errorRate,
      threshold: f.threshold,
      samples: f.samples,
      context: {
        flagKey: event.flagKey,
        guardRevision: event.revision,
        action: event.action,
        rolledBackTo: event.rolledBackTo,
        reopened: event.reopened,
        trippedAt: event.at,
        figures: f,
      },
    };
    const alert = await this.deps.db.transaction().execute(async (trx) => {
      const store = new PgAlertStore(trx, this.alerts.evaluator);
      const open = (await store.open()).find((a) => a.ruleKey === ruleKey);
      if (open)
        return store.update(open.id, { ...figures, state: 'FIRING', firedAt: open.firedAt ?? now }, now);
      return store.insert(
        {
          ruleKey,
          ruleRevision: event.revision,
          source: 'guard',
          state: 'FIRING',
          severity: 'CRITICAL',
          kpi: 'GUARD_TRIP',
          operation: null,
          tenantId: null,
          comparison: 'ABOVE',
          windowSeconds: f.windowSeconds,
          sampleRequestIds: [],
          pendingSince: now,
          firedAt: now,
          resolvedAt: null,
          ...figures,
        },
        now,
      );
    });
    this.deps.bus.publish(ALERT_CHANGED, alert);
    return alert;
  }

  start(): void {
    if (!this.deps.timers) return;
    this.deps.evaluator.start();
    this.deps.deliverer.start();
  }

  async stop(): Promise<void> {
    await this.deps.evaluator.stop();
    await this.deps.deliverer.stop();
  }
}

/** Through Redis an alert arrives as JSON: its dates are strings again. */
function revive(alert: Alert): Alert {
  const date = (d: Date | string | null) => (d === null ? null : new Date(d));
  return {
    ...alert,
    pendingSince: new Date(alert.pendingSince),
    firedAt: date(alert.firedAt),
    resolvedAt: date(alert.resolvedAt),
    updatedAt: new Date(alert.updatedAt),
  };
}
