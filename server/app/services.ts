// The composition root: builds every service of Augur from a database handle and the configuration.
import type { Redis } from 'ioredis';
import { ALERT_EVALUATOR, AlertEvaluator } from '../alerts/alert-evaluator.js';
import { AlertingGuardNotifier } from '../alerts/alert-guard-notifier.js';
import { PgAlertRuleStore } from '../alerts/alert-rule-store.js';
import { AlertService } from '../alerts/alert-service.js';
import { WEBHOOK_DEFAULTS, WebhookDeliverer, type WebhookOptions } from '../alerts/webhook-deliverer.js';
import { WebhookSecrets } from '../alerts/webhook-secret.js';
import { ApiKeyService } from '../api-keys/api-key-service.js';
import { ApiKeyStore } from '../api-keys/api-key-store.js';
import { type AuditStore, PgAuditStore } from '../audit/audit-store.js';
import { AccountAdminService } from '../auth/account-admin-service.js';
import { PgAccountChangeLog } from '../auth/account-change-store.js';
import { AccountDirectory } from '../auth/account-directory.js';
import { AuthService } from '../auth/auth-service.js';
import { type LimiterStore, LoginLimiter, type LoginLimits } from '../auth/login-limiter.js';
import { TokenSigner } from '../auth/token.js';
import { UserStore } from '../auth/user-store.js';
import { ChatService, type ChatServiceOptions } from '../chat/chat-service.js';
import { PgChatStore } from '../chat/chat-store.js';
import { DeterministicResponder } from '../chat/deterministic-responder.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { FlagService } from '../flags/flag-service.js';
import { FlagSnapshot } from '../flags/flag-snapshot.js';
import { PgFlagStore } from '../flags/flag-store.js';
import type { OverlaySource } from '../flags/overlay-source.js';
import { FallbackOutcomeCounter } from '../guard/fallback-outcome-counter.js';
import { BusGuardNotifier, type GuardNotifier } from '../guard/guard-notifier.js';
import { GuardOverlay } from '../guard/guard-overlay.js';
import { GuardService } from '../guard/guard-service.js';
import { PgGuardStore } from '../guard/guard-store.js';
import { MemoryOutcomeCounter, type OutcomeCounter } from '../guard/outcome-counter.js';
import { PgOutcomeCounter } from '../guard/pg-outcome-counter.js';
import { RedisOutcomeCounter } from '../guard/redis-outcome-counter.js';
import { UnleashImportService } from '../import/unleash-import-service.js';
import { ExposureCounter } from '../metrics/exposure-counter.js';
import { KpiService } from '../metrics/kpi-service.js';
import {
  apiKeyAuthFailureEvent,
  chatReplyEvent,
  readinessEvent,
  signInFailureEvent,
} from '../metrics/metric-event.js';
import { MetricRecorder } from '../metrics/metric-recorder.js';
import { PgMetricStore } from '../metrics/metric-store.js';
import { ROLLUP_JOB, RollupJob } from '../metrics/rollup-job.js';
import { DEFAULT_QUOTA, type QuotaPerPlan } from '../modules/module-catalog.js';
import { ModuleFaults } from '../modules/module-faults.js';
import { ModuleService } from '../modules/module-service.js';
import { PgModuleStore } from '../modules/module-store.js';
import { PersonaService } from '../personas/persona-service.js';
import { PgPersonaStore } from '../personas/persona-store.js';
import type { MetricsConfig } from '../platform/config.js';
import type { DatabaseHandle } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import { instanceName } from '../propagation/instance-name.js';
import { PgPropagationReportStore } from '../propagation/propagation-report-store.js';
import { PropagationService } from '../propagation/propagation-service.js';
import { PropagationTracker } from '../propagation/propagation-tracker.js';
import { FanOut } from '../realtime/fan-out.js';
import { RealtimeService } from '../realtime/realtime-service.js';
import { CONFIG_CHANGED } from '../revisions/config-changed.js';
import { PgConfigStateStore } from '../revisions/config-state-store.js';
import { EntityWriter } from '../revisions/entity-writer.js';
import { PgRevisionStore } from '../revisions/revision-store.js';
import { MemoryCheckLock, PgCheckLock } from '../rollout/check-lock.js';
import { PgReleasePlanStore } from '../rollout/release-plan-store.js';
import { RolloutService } from '../rollout/rollout-service.js';
import { SegmentService } from '../segments/segment-service.js';
import { PgSegmentStore } from '../segments/segment-store.js';
import { OperatorTenant } from '../tenants/operator-tenant.js';
import { TenantOverlays } from '../tenants/tenant-overlays.js';
import { TenantService } from '../tenants/tenant-service.js';
import { TenantSettingsStore } from '../tenants/tenant-settings-store.js';
import { TenantStore } from '../tenants/tenant-store.js';
import type { AugurBus } from './bus-topics.js';
import { type AugurTx, PgConfigTransactions } from './config-transactions.js';
import { PgModuleTransactions } from './module-transactions.js';
import { RateLimits } from './rate-limits.js';

export interface Services {
  auth: AuthService;
  /** Who may call, held in memory (start() before serving, stop() at shutdown). */
  accounts: AccountDirectory;
  accountAdmin: AccountAdminService;
  apiKeys: ApiKeyService;
  tenants: TenantStore;
  /** The operator tenant (staff roles, global configuration), resolved at start. */
  operator: OperatorTenant;
  /** Tenants, their versioned settings and entitlements (platform). */
  tenancy: TenantService;
  /** Each tenant's entitlements and quota in memory (load() before serving). */
  tenantOverlays: TenantOverlays;
  /** Requests per minute on every GraphQL operation, counted across instances (docs/rate-limits.md). */
  rateLimits: RateLimits;
  users: UserStore;
  audit: AuditStore;
  flags: FlagService;
  segments: SegmentService;
  unleashImport: UnleashImportService;
  personas: PersonaService;
  chat: ChatService;
  /** The compiled flag set in memory (loaded and refreshed from the database). */
  snapshot: FlagSnapshot;
  /** The one evaluator: everything that evaluates goes through it. */
  evaluator: FlagEvaluator;
  /** The overlay source the evaluator reads (entitlements, guards, the environment gate). */
  overlays: OverlaySource;
  bus: AugurBus;
  fanOut: FanOut;
  realtime: RealtimeService;
  /** How far each configuration revision got on every instance (start() to publish, stop() at shutdown). */
  propagation: PropagationService;
  modules: ModuleService;
  /** The one metric recorder (start() to flush on its timer, stop() at shutdown). */
  metrics: MetricRecorder;
  /** Exposures of every evaluation served to a client, counted per minute into the recorder. */
  exposures: ExposureCounter;
  /** The rollup job (start() to tick; it runs once per minute across instances). */
  rollups: RollupJob;
  /** KPIs over the rollups: GraphQL's and any server code's (an alert evaluator's) one read API. */
  kpis: KpiService;
  metricStore: PgMetricStore;
  /** Records a readiness probe's answer (availability counts failed probes). */
  recordReadiness(ready: boolean, reason?: string): void;
  /** kpiUpdates' period. */
  kpiUpdatesMs: number;
  /** Guards on flags: outcomes, thresholds, the breaker (guardOverlay.reload() and start() before serving). */
  guards: GuardService;
  /** Release plans (guarded rollouts): rollouts.reload() and start() before serving. */
  rollouts: RolloutService;
  /** The live guards in memory, the evaluator's guard overlay. */
  guardOverlay: GuardOverlay;
  /** The chaos tests' fault switch; only with AUGUR_TEST_FAULTS (NODE_ENV=test). */
  moduleFaults: ModuleFaults | undefined;
  /** Alert rules, the evaluator (every 15 s, once across instances), alerts and their webhooks (docs/alerts.md). */
  alerts: AlertService;
}

/** The alert evaluator's and webhooks' knobs; tests move the clock and run them by hand (timers: false). */
export interface AlertOptions {
  clock?: (() => Date) | undefined;
  /** The evaluator's name (its alerts, slot and lock); tests on one database give each their own. */
  evaluator?: string | undefined;
  periodMs?: number | undefined;
  /** False: start() leaves the evaluator and the deliverer to be run by hand. */
  timers?: boolean | undefined;
  webhook?: Partial<Omit<WebhookOptions, 'clock' | 'evaluator'>> | undefined;
}

export interface ServiceOptions {
  database: DatabaseHandle;
  jwtSecret: string;
  redis?: Redis | undefined;
  loginLimits?: LoginLimits | undefined;
  logger: Logger;
  /** AUGUR_FORCE_OFF: the environment gate. */
  forceOff: readonly string[];
  bus: AugurBus;
  /** The account view's change-log poll and size (AUGUR_ACCOUNT_POLL_MS, AUGUR_ACCOUNT_CACHE_SIZE). */
  accountView?: { pollMs: number; maxEntries: number } | undefined;
  /** Chat's responder, clock, timeout and reply listener; the built-in deterministic responder by default. */
  chat?: Partial<Omit<ChatServiceOptions, 'logger'>> | undefined;
  /** Module runs per plan per UTC day. */
  moduleQuota?: QuotaPerPlan | undefined;
  /** Entitlements and guard state; by default the environment gate alone (AUGUR_FORCE_OFF). */
  overlays?: OverlaySource | undefined;
  /** The metric pipeline's periods and retention, and its clock (tests move it instead of waiting). */
  metrics?:
    | (Partial<MetricsConfig> & { clock?: (() => Date) | undefined; rollupJob?: string | undefined })
    | undefined;
  /** AUGUR_TEST_FAULTS: build the module fault switch (the configuration allows it only in tests). */
  testFaults?: boolean | undefined;
  /** Where guard trips are announced besides the flag; by default a log line and `guard.tripped`. */
  guardNotifier?: GuardNotifier | undefined;
  alerts?: AlertOptions | undefined;
  /** The release-plan checker's clock and period (tests move the clock instead of waiting). */
  rollout?: { now?: () => number; checkMs?: number } | undefined;
  /** The variant flag chat replies count against (an LLM error is an ERROR); default chat_reply_style. */
  chatOutcomeFlag?: string | undefined;
}

/** What a test or an embedding may replace; everything else is built from the configuration. */
export type ServiceOverrides = Pick<
  ServiceOptions,
  'overlays' | 'chat' | 'metrics' | 'guardNotifier' | 'alerts' | 'rollout' | 'chatOutcomeFlag'
>;

export function createServices(options: ServiceOptions): Services {
  const { db } = options.database;
  const metricsOptions = options.metrics ?? {};
  const metricClock = metricsOptions.clock ?? (() => new Date());
  const metricStore = new PgMetricStore(db);
  const metrics = new MetricRecorder(metricStore, {
    clock: metricClock,
    flushMs: metricsOptions.flushMs ?? 1000,
    logger: options.logger,
  });
  const tenants = new TenantStore(db);
  const operator = new OperatorTenant();
  const users = new UserStore(db);
  const apiKeyStore = new ApiKeyStore(db);
  const accounts = new AccountDirectory(
    { users, apiKeys: apiKeyStore, changes: new PgAccountChangeLog(db) },
    options.bus,
    { pollMs: 500, maxEntries: 100_000, ...options.accountView, logger: options.logger },
  );
  const apiKeys = new ApiKeyService(apiKeyStore, tenants, options.bus, accounts, options.logger, (work) =>
    db.transaction().execute((trx) => work({ keys: new ApiKeyStore(trx), audit: new PgAuditStore(trx) })),
  );
  const limiterStore: LimiterStore = options.redis
    ? { kind: 'redis', client: options.redis }
    : options.database.pool
      ? { kind: 'postgres', pool: options.database.pool }
      : { kind: 'memory' };
  const auth = new AuthService(
    users,
    accounts,
    apiKeys,
    new TokenSigner(options.jwtSecret),
    new LoginLimiter(limiterStore, options.loginLimits),
  );
  apiKeys.onRefusal = (refusal) => metrics.record(apiKeyAuthFailureEvent(refusal));
  auth.onSignInRefusal = (refusal) => metrics.record(signInFailureEvent(refusal));
  const flagStore = new PgFlagStore(db);
  const segmentStore = new PgSegmentStore(db);
  const personaStore = new PgPersonaStore(db);
  const revisions = new PgRevisionStore(db);
  const snapshot = new FlagSnapshot(flagStore, segmentStore, new PgConfigStateStore(db), options.logger);
  const tenantSettings = new TenantSettingsStore(db);
  const tenantOverlays = new TenantOverlays(options.forceOff, tenantSettings, options.logger);
  tenantOverlays.subscribe(options.bus);
  // A revision found by the poll (no bus message: no Redis, or one lost) may hold other instances' settings.
  snapshot.onSwap((previous) => {
    tenantOverlays
      .rereadSince(previous.revision, revisions)
      .catch((err: unknown) =>
        options.logger.warn({ err: safeError(err) }, 'tenant settings refresh failed'),
      );
  });
  const guardStore = new PgGuardStore(db);
  const guardOverlay = new GuardOverlay(options.overlays ?? tenantOverlays, guardStore, options.logger);
  guardOverlay.subscribe(options.bus);
  // The poll's path: a guard revision committed elsewhere moves the configuration revision too.
  snapshot.onSwap(() => {
    guardOverlay
      .reload()
      .catch((err: unknown) => options.logger.warn({ err: safeError(err) }, 'guard refresh failed'));
  });
  const overlays = guardOverlay;
  const evaluator = new FlagEvaluator(snapshot, overlays);
  const fanOut = new FanOut(evaluator, options.logger);
  const tracker = new PropagationTracker({ record: (event) => metrics.record(event) });
  evaluator.onChange(({ next: { revision } }) => {
    // A revision that came by the poll (no event) gets its commit time from the history.
    if (!tracker.serving(revision)) return;
    revisions.committedBetween(revision - 1, revision).then(
      (written) => tracker.committed(revision, written[0] ? +written[0].createdAt : undefined),
      () => tracker.committed(revision),
    );
  });
  options.bus.subscribe(CONFIG_CHANGED, (event) =>
    tracker.committed(event.configRevision, Date.parse(event.at)),
  );
  const writer = new EntityWriter<AugurTx>({
    transactions: new PgConfigTransactions(db),
    events: options.bus,
    // Read-your-writes: a change is in this process's snapshot before its mutation returns.
    afterCommit: async (event) => {
      await snapshot.refresh();
      await tenantOverlays.applyChange(event);
      await guardOverlay.applyChange(event);
      await rollouts.applyChange(event);
    },
    logger: options.logger,
  });
  options.bus.subscribe(CONFIG_CHANGED, function refreshOnNewerRevision(event) {
    // This process's own writes are already in the snapshot: only a newer revision needs a reload.
    if (event.configRevision <= snapshot.current().revision) return;
    snapshot
      .refresh()
      .catch((err: unknown) => options.logger.warn({ err: safeError(err) }, 'flag snapshot refresh failed'));
  });
  const personas = new PersonaService(personaStore, revisions, writer);
  const chatOptions = options.chat ?? {};
  const chat = new ChatService(new PgChatStore(db), personaStore, {
    responder: chatOptions.responder ?? new DeterministicResponder(),
    clock: chatOptions.clock ?? (() => Date.now()),
    responderTimeoutMs: chatOptions.responderTimeoutMs ?? 20_000,
    logger: options.logger,
    onReply: (reply) => {
      metrics.record(chatReplyEvent(reply));
      guards.chatOutcome(options.chatOutcomeFlag ?? 'chat_reply_style', reply);
      chatOptions.onReply?.(reply);
    },
  });
  const audit = new PgAuditStore(db);
  // Counters every instance shares: Redis when set, PostgreSQL otherwise, memory on the embedded database.
  // Redis keys carry the operator tenant's id, so databases sharing one Redis never share counters.
  // While Redis is down, outcomes are counted in the database instead (and windows read both).
  const databaseCounter: OutcomeCounter = options.database.pool
    ? new PgOutcomeCounter(db)
    : new MemoryOutcomeCounter();
  const outcomeCounter: OutcomeCounter = options.redis
    ? new FallbackOutcomeCounter(
        new RedisOutcomeCounter(options.redis, () => `augur:${operator.id ?? 'unresolved'}`),
        databaseCounter,
        options.logger,
      )
    : databaseCounter;
  const rollouts = new RolloutService({
    store: new PgReleasePlanStore(db),
    counter: outcomeCounter,
    writer,
    revisions,
    // One checker across instances: a session advisory lock on PostgreSQL, the one process on PGlite.
    lock: options.database.pool ? new PgCheckLock(options.database.pool, 0x61756772) : new MemoryCheckLock(),
    logger: options.logger,
    ...(options.rollout?.now ? { now: options.rollout.now } : {}),
    ...(options.rollout?.checkMs ? { checkMs: options.rollout.checkMs } : {}),
  });
  rollouts.subscribe(options.bus);
  snapshot.onSwap(() => {
    rollouts
      .reload()
      .catch((err: unknown) => options.logger.warn({ err: safeError(err) }, 'release plan refresh failed'));
  });
  const guards = new GuardService({
    sinks: [rollouts],
    overlay: guardOverlay,
    counter: outcomeCounter,
    writer,
    revisions,
    flagRevision: async (key) => (await flagStore.find(key))?.revision,
    evaluator,
    // Every trip is an alert too; the default notifier's log line and `guard.tripped` stay.
    notifier: new AlertingGuardNotifier(
      options.guardNotifier ?? new BusGuardNotifier(options.bus, options.logger),
      () => alerts,
      options.logger,
    ),
    logger: options.logger,
  });
  const alertOptions = options.alerts ?? {};
  const alertClock = alertOptions.clock ?? metricClock;
  const alertEvaluator = new AlertEvaluator(db, {
    clock: alertClock,
    name: alertOptions.evaluator ?? ALERT_EVALUATOR,
    periodMs: alertOptions.periodMs ?? 15_000,
    rollupJob: metricsOptions.rollupJob ?? ROLLUP_JOB,
    sampleRequestIds: 5,
    guardOpen: (flagKey) => {
      const guard = guards.find(flagKey);
      return guard !== undefined && guard.archivedAt === null && guard.state.status !== 'CLOSED';
    },
    logger: options.logger,
  });
  const webhookSecrets = new WebhookSecrets(options.jwtSecret);
  const alerts: AlertService = new AlertService({
    db,
    rules: new PgAlertRuleStore(db),
    revisions,
    writer,
    evaluator: alertEvaluator,
    deliverer: new WebhookDeliverer(db, webhookSecrets, {
      ...WEBHOOK_DEFAULTS,
      ...alertOptions.webhook,
      clock: alertClock,
      evaluator: alertEvaluator.name,
      logger: options.logger,
    }),
    secrets: webhookSecrets,
    bus: options.bus,
    clock: alertClock,
    logger: options.logger,
    timers: alertOptions.timers ?? true,
  });
  const exposures = new ExposureCounter(metrics, metricClock);
  const realtime = new RealtimeService(
    evaluator,
    snapshot,
    fanOut,
    revisions,
    options.bus,
    accounts,
    tracker,
  );
  realtime.onServed = (tenantId, flags) => exposures.count(tenantId, flags);
  const moduleFaults = options.testFaults ? new ModuleFaults() : undefined;
  const modules = new ModuleService({
    store: new PgModuleStore(db),
    transactions: new PgModuleTransactions(db),
    evaluator,
    chat,
    personas,
    metrics,
    quota: options.moduleQuota ?? DEFAULT_QUOTA,
    tenantQuota: (tenantId, plan) => tenantOverlays.quotaFor(tenantId, plan),
    logger: options.logger,
    outcomes: guards,
    faults: moduleFaults,
  });
  return {
    auth,
    accounts,
    accountAdmin: new AccountAdminService(
      (work) =>
        db.transaction().execute((trx) => work({ users: new UserStore(trx), audit: new PgAuditStore(trx) })),
      options.bus,
      accounts,
      operator,
    ),
    apiKeys,
    tenants,
    operator,
    tenancy: new TenantService(tenants, tenantSettings, revisions, writer, (key) =>
      snapshot.current().flags.has(key),
    ),
    tenantOverlays,
    rateLimits: new RateLimits(limiterStore, options.loginLimits?.keyPrefix ?? 'login', options.logger),
    users,
    audit,
    flags: new FlagService(flagStore, revisions, writer),
    segments: new SegmentService(segmentStore, revisions, writer),
    unleashImport: new UnleashImportService(writer, flagStore, segmentStore),
    personas,
    chat,
    snapshot,
    evaluator,
    overlays,
    modules,
    metrics,
    metricStore,
    rollups: new RollupJob(db, {
      clock: metricClock,
      ...(metricsOptions.rollupJob ? { job: metricsOptions.rollupJob } : {}),
      ...(metricsOptions.rollupTickMs ? { tickMs: metricsOptions.rollupTickMs } : {}),
      ...(metricsOptions.rawRetentionHours ? { rawRetentionHours: metricsOptions.rawRetentionHours } : {}),
      ...(metricsOptions.rollupRetentionDays
        ? { rollupRetentionDays: metricsOptions.rollupRetentionDays }
        : {}),
      logger: options.logger,
    }),
    kpis: new KpiService(metricStore, metricClock, metricsOptions.rollupJob),
    recordReadiness: (ready, reason) => metrics.record(readinessEvent({ ready, reason })),
    kpiUpdatesMs: metricsOptions.kpiUpdatesMs ?? 10_000,
    exposures,
    guards,
    rollouts,
    guardOverlay,
    moduleFaults,
    alerts,
    bus: options.bus,
    fanOut,
    realtime,
    propagation: new PropagationService({
      instance: instanceName(),
      tracker,
      store: new PgPropagationReportStore(db),
      latestChange: async (flagKey) =>
        (await revisions.list('flag', flagKey, 1))[0]?.configRevision ?? undefined,
      logger: options.logger,
    }),
  };
}
