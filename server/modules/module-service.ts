// Gated modules: ownership, then the flag gate, then quota (consumed with the stored result), then the run.
import { randomBytes } from 'node:crypto';
import { type AccountViewer, PLANS, type Plan } from '../auth/viewer.js';
import type { ChatService } from '../chat/chat-service.js';
import type { Message } from '../chat/conversation.js';
import type { EvaluationResult } from '../evaluation/definitions.js';
import type { FlagEvaluator } from '../flags/flag-evaluator.js';
import { exposureEvent, type ModuleOutcome, moduleRunEvent, quotaEvent } from '../metrics/metric-event.js';
import type { MetricRecorder } from '../metrics/metric-recorder.js';
import type { PersonaService } from '../personas/persona-service.js';
import { isDependencyDown } from '../platform/dependency-errors.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { characters, nulIssue } from '../platform/text.js';
import { castRunes, drawTarot, newSeed, type RuneCast, type TarotDraw } from './draw.js';
import {
  largerAllowance,
  MODULE_GATES,
  type PlanAllowance,
  type QuotaPerPlan,
  quotaDay,
} from './module-catalog.js';
import type { ModuleFaults } from './module-faults.js';
import { checkModuleGate, inModuleAudience } from './module-gate.js';
import type { ModuleStore } from './module-store.js';
import type { ModuleTransactions } from './module-transaction.js';
import { findSpread, MODULE_NAMES, type ModuleName, SPREADS, type Spread } from './spreads.js';

export const MAX_QUESTION = 500;

/** LOCKED (gate off) wins over EXHAUSTED (gate on, no quota left today); READY otherwise. */
export type ModuleState = 'READY' | 'LOCKED' | 'EXHAUSTED';

export interface ModuleAvailability {
  module: ModuleName;
  state: ModuleState;
  gate: EvaluationResult;
  /** False when the module is not meant for the caller at all (see inModuleAudience). */
  inAudience: boolean;
  /** The caller's plan, whose allowance quotaLimit is. */
  plan: Plan;
  quotaLimit: number;
  /** Null while the database is unavailable: the gates still answer from memory, the quota cannot. */
  quotaLeft: number | null;
  resetsAt: Date;
  /** The next plan up with a larger daily allowance, or null when the caller's plan is the largest. */
  largerPlan: PlanAllowance | null;
  spreads: readonly Spread[];
}

export interface ExecuteInput {
  module: ModuleName;
  conversationId: string;
  spread: string;
  question: string;
  reinject: boolean;
}

export interface ModuleRun {
  id: string;
  module: ModuleName;
  draw: TarotDraw | RuneCast;
  question: string;
  quotaLeft: number;
  resetsAt: Date;
  message: Message | null;
  createdAt: Date;
}

export interface ModuleServiceDeps {
  store: ModuleStore;
  /** The run's quota unit, row, reply and activation metric, in one transaction. */
  transactions: ModuleTransactions;
  evaluator: FlagEvaluator;
  chat: ChatService;
  personas: PersonaService;
  metrics: Pick<MetricRecorder, 'record'>;
  /** Module runs per plan per UTC day. */
  quota: QuotaPerPlan;
  /** A tenant's own quota for a plan (its settings), over `quota`. */
  tenantQuota?: (tenantId: string, plan: Plan) => number | undefined;
  logger: Logger;
  now?: () => Date;
  /** Where each run's success or failure counts against the gate that allowed it (the guard). */
  outcomes?: ModuleOutcomes | undefined;
  /** The test-only fault switch (AUGUR_TEST_FAULTS, NODE_ENV=test only). */
  faults?: ModuleFaults | undefined;
}

export interface ModuleOutcomes {
  moduleOutcome(flagKey: string, gate: EvaluationResult, error: boolean, latencyMs: number): void;
}

export class ModuleService {
  private readonly store: ModuleStore;
  private readonly transactions: ModuleTransactions;
  private readonly evaluator: FlagEvaluator;
  private readonly chat: ChatService;
  private readonly personas: PersonaService;
  private readonly metrics: Pick<MetricRecorder, 'record'>;
  private readonly quota: QuotaPerPlan;
  private readonly tenantQuota: (tenantId: string, plan: Plan) => number | undefined;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly outcomes: ModuleOutcomes | undefined;
  private readonly faults: ModuleFaults | undefined;

  constructor(deps: ModuleServiceDeps) {
    ({
      store: this.store,
      transactions: this.transactions,
      evaluator: this.evaluator,
      chat: this.chat,
      personas: this.personas,
      metrics: this.metrics,
      quota: this.quota,
      logger: this.logger,
    } = deps);
    this.now = deps.now ?? (() => new Date());
    this.tenantQuota = deps.tenantQuota ?? (() => undefined);
    this.outcomes = deps.outcomes;
    this.faults = deps.faults;
  }

  /** Runs per module per UTC day: the tenant's own setting for the plan, else the server's. */
  private limitFor(viewer: AccountViewer): number {
    return this.quotaOf(viewer.tenantId)[viewer.plan];
  }

  /** Every plan's allowance in a tenant (its settings over the server's), so upgrades compare like with like. */
  private quotaOf(tenantId: string): QuotaPerPlan {
    const per = (plan: Plan) => [plan, this.tenantQuota(tenantId, plan) ?? this.quota[plan]] as const;
    return Object.fromEntries(PLANS.map(per)) as Record<Plan, number>;
  }

  /** The gate and today's quota of each module for this caller (the gate read from memory). */
  async availability(viewer: AccountViewer): Promise<ModuleAvailability[]> {
    const { day, resetsAt } = quotaDay(this.now());
    // Which modules are open comes from memory; only the quota needs the database.
    const used = await this.store.usedToday(viewer.tenantId, viewer.userId, day).catch((err: unknown) => {
      if (!isDependencyDown(err)) throw err;
      return undefined;
    });
    return MODULE_NAMES.map((module) => {
      // The gate first, as in execute: a locked module says LOCKED whatever its quota.
      const gate = checkModuleGate(this.evaluator, viewer, module);
      const quotaLimit = this.limitFor(viewer);
      const quotaLeft = used ? Math.max(0, quotaLimit - (used.get(module) ?? 0)) : null;
      // An unknown quota (database down) stays READY: the run itself will say QUOTA_EXCEEDED if it must.
      const state: ModuleState = !gate.enabled ? 'LOCKED' : quotaLeft === 0 ? 'EXHAUSTED' : 'READY';
      return {
        module,
        state,
        gate,
        inAudience: gate.enabled || inModuleAudience(this.evaluator, viewer, module),
        plan: viewer.plan,
        quotaLimit,
        quotaLeft,
        resetsAt,
        largerPlan: largerAllowance(this.quotaOf(viewer.tenantId), viewer.plan),
        spreads: SPREADS[module],
      };
    });
  }

  async execute(viewer: AccountViewer, input: ExecuteInput, requestId: string): Promise<ModuleRun> {
    const question = input.question.trim();
    const issues = [];
    if (!findSpread(input.module, input.spread)) {
      issues.push({
        path: 'spread',
        message: `unknown ${input.module} spread; one of ${SPREADS[input.module].map((s) => s.id).join(', ')}`,
      });
    }
    if (question.length < 1 || characters(question) > MAX_QUESTION) {
      issues.push({ path: 'question', message: `must be 1 to ${MAX_QUESTION} characters` });
    }
    issues.push(...nulIssue('question', question));
    if (issues.length > 0) throw validationFailed(issues);

    const conversation = await this.chat.ownedConversation(viewer, input.conversationId);
    const flag = MODULE_GATES[input.module];
    const facts = { tenantId: viewer.tenantId, module: input.module, plan: viewer.plan, requestId };
    const ran = (outcome: ModuleOutcome, latencyMs?: number) =>
      this.metrics.record(moduleRunEvent({ ...facts, flag, outcome, latencyMs }));

    // The gate, before any costly work or quota (bench:gate times this call).
    const gate = checkModuleGate(this.evaluator, viewer, input.module);
    // Every gate decision is an exposure of its flag, open or not.
    this.metrics.record(exposureEvent({ ...gate, ...facts, flag, userId: viewer.userId }));
    if (!gate.enabled) {
      ran('blocked');
      throw new AugurError('MODULE_DISABLED', `The ${input.module} module is not available to you`, {
        module: input.module,
        reason: gate.reason,
      });
    }

    const started = performance.now();
    const persona = await this.personas.current();
    const { day, resetsAt } = quotaDay(this.now());
    const limit = this.limitFor(viewer);
    // The work itself runs before the transaction: a slow (paid) module must not hold the quota row or a
    // connection. If the quota then turns out to be used up, its result is simply not kept.
    const seed = newSeed((n) => randomBytes(n));
    const outcome = input.module === 'tarot' ? drawTarot(input.spread, seed) : castRunes(input.spread, seed);
    if (!outcome.ok) throw validationFailed([{ path: outcome.error.path, message: outcome.error.message }]);
    const draw = outcome.draw;
    try {
      const run = await this.transactions.run(async (tx) => {
        this.faults?.maybeFail(input.module);
        const used = await tx.modules.consumeQuota(
          { tenantId: viewer.tenantId, userId: viewer.userId, module: input.module, day },
          limit,
        );
        if (used === undefined) {
          throw new AugurError('QUOTA_EXCEEDED', `Today's ${input.module} quota is used up`, {
            module: input.module,
            limit,
            resetsAt: resetsAt.toISOString(),
          });
        }
        const run = await tx.modules.insertRun({
          tenantId: viewer.tenantId,
          userId: viewer.userId,
          conversationId: conversation.id,
          module: input.module,
          spread: input.spread,
          question,
          seed,
          result: draw,
          flagRevision: gate.revision,
          personaRevision: persona.revision,
        });
        const latencyMs = Math.round(performance.now() - started);
        let message: Message | null = null;
        if (input.reinject) {
          [message = null] = await tx.messages.appendMessages(viewer.tenantId, conversation.id, [
            {
              role: 'assistant',
              text: renderDraw(persona.name, question, draw),
              status: 'ok',
              personaRevision: persona.revision,
              latencyMs,
              createdAt: this.now(),
            },
          ]);
        }
        return {
          id: run.id,
          module: input.module,
          draw,
          question,
          quotaLeft: Math.max(0, limit - used),
          resetsAt,
          message,
          createdAt: run.createdAt,
        };
      });
      ran('ok', performance.now() - started);
      this.metrics.record(quotaEvent({ ...facts, decision: 'consumed' }));
      this.outcomes?.moduleOutcome(flag, gate, false, Math.round(performance.now() - started));
      return run;
    } catch (error) {
      // Only failures of the module count as its errors: a caller's mistake must not raise its error rate.
      const kind =
        error instanceof AugurError
          ? error.code === 'QUOTA_EXCEEDED'
            ? 'quota_exceeded'
            : undefined
          : 'error';
      if (kind === 'quota_exceeded') {
        ran('quota_exceeded');
        this.metrics.record(quotaEvent({ ...facts, decision: 'blocked' }));
      } else if (kind === 'error') {
        ran('error', performance.now() - started);
        this.outcomes?.moduleOutcome(flag, gate, true, Math.round(performance.now() - started));
      }
      throw error;
    }
  }
}

/** The draw as a chat message, in the persona's voice. */
export function renderDraw(personaName: string, question: string, draw: TarotDraw | RuneCast): string {
  const lines = draw.items.map(
    (item) =>
      `${item.position}. ${item.positionName}: ${item.name}${item.reversed ? ' (reversed)' : ''} — ${item.meaning}`,
  );
  const what = draw.module === 'tarot' ? 'the cards' : 'the runes';
  return `${personaName} reads ${what} for "${question}":\n${lines.join('\n')}`;
}
