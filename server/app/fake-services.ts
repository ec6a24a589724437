// The configuration half of the service graph on in-memory fakes: service tests run here, no database.

import { FakeAlertRuleStore } from '../alerts/fake-alert-rule-store.js';
import { FakeAuditStore } from '../audit/fake-audit-store.js';
import { AccountDirectory } from '../auth/account-directory.js';
import { FakeAccountSources } from '../auth/fake-account-sources.js';
import { ChatService, type ChatServiceOptions } from '../chat/chat-service.js';
import { DeterministicResponder } from '../chat/deterministic-responder.js';
import { FakeChatStore } from '../chat/fake-chat-store.js';
import { FakeFlagStore } from '../flags/fake-flag-store.js';
import { FakeOverlaySource } from '../flags/fake-overlay-source.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { FlagService } from '../flags/flag-service.js';
import { FlagSnapshot } from '../flags/flag-snapshot.js';
import { FakeGuardStore } from '../guard/fake-guard-store.js';
import { FakeMetricSink } from '../modules/fake-metric-sink.js';
import { FakeModuleStore } from '../modules/fake-module-store.js';
import { DEFAULT_QUOTA, type QuotaPerPlan } from '../modules/module-catalog.js';
import { ModuleService } from '../modules/module-service.js';
import type { ModuleTx } from '../modules/module-transaction.js';
import { FakePersonaStore } from '../personas/fake-persona-store.js';
import { PERSONA_KEY, personaContent } from '../personas/persona.js';
import { PersonaService } from '../personas/persona-service.js';
import { createBus } from '../platform/bus.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { FanOut } from '../realtime/fan-out.js';
import { RealtimeService } from '../realtime/realtime-service.js';
import type { ConfigChanged } from '../revisions/config-changed.js';
import { EntityWriter } from '../revisions/entity-writer.js';
import { FakeConfigTransactions, FakeTransactions } from '../revisions/fake-config-transactions.js';
import { FakeConfigStateStore, FakeRevisionStore } from '../revisions/fake-revision-store.js';
import { FakeReleasePlanStore } from '../rollout/fake-release-plan-store.js';
import { FakeSegmentStore } from '../segments/fake-segment-store.js';
import { SegmentService } from '../segments/segment-service.js';
import { FakeTenantSettingsStore } from '../tenants/fake-tenant-settings-store.js';
import type { AugurTopics } from './bus-topics.js';
import type { AugurTx } from './config-transactions.js';

export interface FakeServicesOptions {
  now?: () => Date;
  logger?: Logger;
  /** Chat's responder, clock and timeout; the built-in deterministic responder by default. */
  chat?: Partial<Omit<ChatServiceOptions, 'logger'>>;
  /** Module runs per plan per UTC day. */
  moduleQuota?: QuotaPerPlan;
}

export async function createFakeServices(options: FakeServicesOptions = {}) {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? createLogger('silent');
  const stores = {
    flags: new FakeFlagStore(now),
    segments: new FakeSegmentStore(now),
    persona: new FakePersonaStore(undefined, now),
    revisions: new FakeRevisionStore(now),
    audit: new FakeAuditStore(now),
    configState: new FakeConfigStateStore(),
    tenantSettings: new FakeTenantSettingsStore(now),
    guards: new FakeGuardStore(now),
    alertRules: new FakeAlertRuleStore(now),
    releasePlans: new FakeReleasePlanStore(now),
  } satisfies AugurTx;
  const tx: AugurTx = stores;
  await seedPersonaRevision(stores.persona, stores.revisions);
  const transactions = new FakeConfigTransactions(tx, Object.values(stores));
  const bus = createBus<AugurTopics>({ logger });
  const published: ConfigChanged[] = [];
  bus.subscribe('config.changed', (event) => published.push(event));
  const snapshot = new FlagSnapshot(tx.flags, tx.segments, tx.configState, logger);
  const overlays = new FakeOverlaySource();
  const evaluator = new FlagEvaluator(snapshot, overlays);
  const fanOut = new FanOut(evaluator, logger);
  const writer = new EntityWriter<AugurTx>({
    transactions,
    events: bus,
    afterCommit: () => snapshot.refresh(),
    logger,
    now,
  });
  const personas = new PersonaService(tx.persona, tx.revisions, writer);
  const chatStore = new FakeChatStore(now);
  const chat = new ChatService(chatStore, tx.persona, {
    responder: options.chat?.responder ?? new DeterministicResponder(),
    clock: options.chat?.clock ?? (() => now().getTime()),
    responderTimeoutMs: options.chat?.responderTimeoutMs ?? 20_000,
    logger,
    onReply: options.chat?.onReply,
  });
  const moduleStore = new FakeModuleStore(now);
  const metrics = new FakeMetricSink();
  const moduleTx: ModuleTx = { modules: moduleStore, messages: chatStore };
  const modules = new ModuleService({
    store: moduleStore,
    transactions: new FakeTransactions(moduleTx, [moduleStore, chatStore]),
    evaluator,
    chat,
    personas,
    metrics,
    quota: options.moduleQuota ?? DEFAULT_QUOTA,
    logger,
    now,
  });
  const accountSources = new FakeAccountSources();
  const accounts = new AccountDirectory(accountSources, bus, { pollMs: 50, maxEntries: 1000, logger });
  return {
    stores,
    /** Chat's and the modules' fakes (outside configuration writes). */
    chatStore,
    moduleStore,
    /** Every metric event recorded, and a switch that refuses some (a failing metric table). */
    metrics,
    accountSources,
    accounts,
    /** Every config.changed event, in order. */
    published,
    bus,
    overlays,
    snapshot,
    evaluator,
    fanOut,
    writer,
    flags: new FlagService(tx.flags, tx.revisions, writer),
    segments: new SegmentService(tx.segments, tx.revisions, writer),
    personas,
    chat,
    modules,
    realtime: new RealtimeService(evaluator, snapshot, fanOut, tx.revisions, bus, accounts),
  };
}

export type FakeServices = Awaited<ReturnType<typeof createFakeServices>>;

/** Revision 1 of the persona, as the migration writes it beside the row. */
async function seedPersonaRevision(persona: FakePersonaStore, revisions: FakeRevisionStore): Promise<void> {
  const first = await persona.current();
  await revisions.insert({
    entityType: 'persona',
    entityKey: PERSONA_KEY,
    revision: 1,
    configRevision: null,
    tenantId: null,
    action: 'persona.update',
    content: personaContent(first),
    diff: [],
    actor: 'system',
    reason: 'initial persona',
    requestId: 'migration',
  });
}
