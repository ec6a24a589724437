// Guards on flags: config writes (versioned, expectedRevision), outcomes of gated work into the shared
// counters, and the breaker: a breach trips exactly once across instances (decided under the writer's lock).
import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../audit/audit-event.js';
import type { EvaluationContext, EvaluationResult } from '../evaluation/definitions.js';
import { flagDefinition } from '../flags/flag-definition.js';
import type { FlagEvaluator } from '../flags/flag-evaluator.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { ChangeMeta, EntityWrite, EntityWriter } from '../revisions/entity-writer.js';
import { planWrite } from '../revisions/entity-writer.js';
import { diffContent, type Revision } from '../revisions/revision.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import {
  configOf,
  describeFigures,
  GUARD_LIMITS,
  type Guard,
  type GuardConfig,
  type GuardContent,
  type GuardFigures,
  type GuardStatus,
} from './guard.js';
import { type GuardTx, guardDefinition } from './guard-definition.js';
import type { GuardNotifier } from './guard-notifier.js';
import { blocks, type GuardOverlay } from './guard-overlay.js';
import { counterKey, judge, windowStart } from './guard-window.js';
import { type GatedOutcome, type OutcomeCounter, type OutcomeSink, toCells } from './outcome-counter.js';

export const SYSTEM_ACTOR = 'system';
/** Outcomes one trackFlagOutcome call may carry. */
export const MAX_OUTCOME_BATCH = 100;

export interface TrackedOutcome {
  flagKey: string;
  outcome: 'SUCCESS' | 'ERROR';
  latencyMs: number | null;
  context: EvaluationContext;
}

export interface GuardServiceDeps {
  overlay: GuardOverlay;
  counter: OutcomeCounter;
  writer: EntityWriter<GuardTx>;
  revisions: RevisionStore;
  flagRevision: (flagKey: string) => Promise<number | undefined>;
  evaluator: FlagEvaluator;
  notifier: GuardNotifier;
  logger: Logger;
  now?: () => number;
  /** How often each instance looks for guards whose cool-down is over (ms). */
  sweepMs?: number;
  /** Other consumers of the same outcomes (release plans), fed after the guards' counters. */
  sinks?: OutcomeSink[];
}

/** A chat reply, counted against the variant flag it was given under (an LLM error is an ERROR). */
export interface ChatOutcome {
  tenantId: string;
  userId: string;
  status: string;
  latencyMs: number;
}

export class GuardService {
  private readonly now: () => number;
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private lastPrune = 0;

  constructor(private readonly deps: GuardServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  find(flagKey: string): Guard | undefined {
    return this.deps.overlay.guard(flagKey);
  }

  list(): Guard[] {
    return this.deps.overlay.all().sort((a, b) => a.flagKey.localeCompare(b.flagKey));
  }

  history(flagKey: string, limit: number): Promise<Revision[]> {
    return this.deps.revisions.list('guard', flagKey, limit);
  }

  /** The live window of a guard, as the next check would judge it. */
  async window(guard: Guard): Promise<GuardFigures> {
    return judge(guard, await this.counts(guard)).figures;
  }

  /** A new guard, closed and armed at the flag's revision; a removed (archived) one comes back as a new revision. */
  async create(flagKey: string, config: GuardConfig, meta: ChangeMeta): Promise<Guard> {
    const content: GuardContent = {
      ...configOf(config),
      state: this.armed(await this.deps.flagRevision(flagKey)),
    };
    const create = planWrite(guardDefinition, { kind: 'create', key: flagKey, content });
    const write: EntityWrite<GuardTx, Guard> = {
      target: create.target,
      async plan(tx) {
        const current = await tx.guards.findForUpdate(flagKey);
        if (!current || current.archivedAt === null) return create.plan(tx);
        const revision = current.revision + 1;
        const issues = await guardDefinition.validate(tx, flagKey, content, revision);
        if (issues.length > 0) throw validationFailed(issues);
        return {
          kind: 'change',
          revision,
          content,
          diff: diffContent({ archived: true }, content),
          apply: (configRevision) => tx.guards.update(flagKey, content, revision, configRevision),
        };
      },
    };
    const [outcome] = await this.deps.writer.commit([write], meta);
    return outcome.entity;
  }

  /** Replaces the configuration; the breaker state stays as it is. */
  async update(
    flagKey: string,
    expectedRevision: number,
    config: GuardConfig,
    meta: ChangeMeta,
  ): Promise<Guard> {
    const op = {
      kind: 'update',
      key: flagKey,
      expectedRevision,
      content: (current: GuardContent) => ({ ...configOf(config), state: current.state }),
    } as const;
    return (await this.deps.writer.write(guardDefinition, op, meta)).entity;
  }

  async archive(flagKey: string, expectedRevision: number | undefined, meta: ChangeMeta): Promise<Guard> {
    return (
      await this.deps.writer.write(guardDefinition, { kind: 'archive', key: flagKey, expectedRevision }, meta)
    ).entity;
  }

  /** Closes an open or probing guard by hand; the flag's current revision becomes the healthy one. */
  async reenable(flagKey: string, meta: ChangeMeta): Promise<Guard> {
    const guard = this.find(flagKey);
    if (!guard) throw new AugurError('NOT_FOUND', `The guard of flag ${flagKey} not found`);
    const healthy = await this.deps.flagRevision(flagKey);
    const outcome = await this.transition(
      flagKey,
      ['OPEN', 'HALF_OPEN'],
      'guard.reenable',
      meta,
      (current) => ({
        ...current,
        state: { ...this.armed(healthy), lastTrip: current.state.lastTrip },
      }),
    );
    return outcome ?? guard;
  }

  /** A module run's outcome, against the flag, variant and rule of the gate that allowed it. */
  moduleOutcome(flagKey: string, gate: EvaluationResult, error: boolean, latencyMs: number): void {
    this.record([this.gated(flagKey, gate, error, latencyMs)]).catch((err: unknown) =>
      this.deps.logger.warn({ err: safeError(err) }, 'could not count a module outcome'),
    );
  }

  /** A chat reply under the variant flag `flagKey`, judged for the replying user's context. */
  chatOutcome(flagKey: string, reply: ChatOutcome): void {
    const result = this.deps.evaluator.evaluate(flagKey, { userId: reply.userId, tenantId: reply.tenantId });
    if (result.reason === 'FLAG_NOT_FOUND') return;
    this.record([this.gated(flagKey, result, reply.status === 'llm_error', reply.latencyMs)]).catch(
      (err: unknown) => this.deps.logger.warn({ err: safeError(err) }, 'could not count a chat outcome'),
    );
  }

  /** Third parties' outcomes (trackFlagOutcome): each counts when the flag is on for its context. */
  async track(outcomes: readonly TrackedOutcome[]): Promise<{ accepted: number; counted: number }> {
    const records = outcomes.map((o) =>
      this.gated(
        o.flagKey,
        this.deps.evaluator.evaluate(o.flagKey, o.context),
        o.outcome === 'ERROR',
        o.latencyMs,
      ),
    );
    const counted = await this.record(records);
    return { accepted: outcomes.length, counted };
  }

  /**
   * Counts outcomes of guarded flags where the flag was on, and hands the sinks theirs (others are not kept);
   * checks the guards; returns how many counted anywhere.
   */
  async record(records: readonly GatedOutcome[]): Promise<number> {
    const guarded: GatedOutcome[] = [];
    const windows = new Map<string, number>();
    const sinks = this.deps.sinks ?? [];
    const counted = records.filter(
      (r) => (r.enabled && this.find(r.flagKey) !== undefined) || sinks.some((s) => s.accepts(r)),
    ).length;
    // A sink that fails (its store down) must not cost the guards their counts.
    const fed = Promise.all(
      sinks.map(async (sink) => {
        const taken = records.filter((r) => sink.accepts(r));
        if (taken.length > 0) await sink.add(taken);
      }),
    ).catch((err: unknown) =>
      this.deps.logger.warn({ err: safeError(err) }, 'could not count plan outcomes'),
    );
    for (const r of records) {
      const guard = this.find(r.flagKey);
      if (!guard || !r.enabled) continue;
      const key = counterKey(guard.flagKey, guard.state.since);
      windows.set(key, guard.windowSeconds);
      guarded.push({ ...r, flagKey: key });
    }
    if (guarded.length > 0) {
      await this.deps.counter.add(
        toCells(guarded, (key) => windows.get(key) ?? GUARD_LIMITS.minWindowSeconds),
      );
      for (const r of records) if (r.enabled && this.find(r.flagKey)) this.schedule(r.flagKey);
    }
    await fed;
    return counted;
  }

  private gated(
    flagKey: string,
    result: EvaluationResult,
    error: boolean,
    latencyMs: number | null,
  ): GatedOutcome {
    return {
      flagKey,
      variant: result.variant ?? '',
      ruleId: result.ruleId ?? '',
      error,
      latencyMs,
      atMs: this.now(),
      enabled: result.enabled,
      reason: result.reason,
    };
  }

  /** Starts the sweep that moves guards out of their cool-down. */
  start(): void {
    this.timer ??= setInterval(() => {
      this.sweep().catch((err: unknown) =>
        this.deps.logger.warn({ err: safeError(err) }, 'guard sweep failed'),
      );
    }, this.deps.sweepMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await Promise.allSettled([...this.running.values()]);
  }

  /** Cool-downs that are over: OPEN -> HALF_OPEN (AUTO) for a held-off flag; a rolled-back one re-arms. */
  async sweep(): Promise<void> {
    const now = this.now();
    for (const g of this.deps.overlay.all()) {
      if (g.state.status !== 'OPEN' || g.halfOpen !== 'AUTO') continue;
      if (Date.parse(g.state.since) + g.coolDownSeconds * 1000 > now) continue;
      const meta = systemMeta(`cool-down of ${g.coolDownSeconds} s over`);
      if (blocks(g)) {
        await this.transition(g.flagKey, ['OPEN'], 'guard.halfOpen', meta, (current) => ({
          ...current,
          state: { ...current.state, status: 'HALF_OPEN', since: new Date(now).toISOString() },
        }));
      } else {
        const healthy = await this.deps.flagRevision(g.flagKey);
        await this.transition(g.flagKey, ['OPEN'], 'guard.close', meta, (current) => ({
          ...current,
          state: { ...this.armed(healthy), lastTrip: current.state.lastTrip },
        }));
      }
    }
    if (now - this.lastPrune > 600_000) {
      this.lastPrune = now;
      await this.deps.counter.prune(Math.floor(now / 1000) - GUARD_LIMITS.maxWindowSeconds - 120);
    }
  }

  /** Checks one flag's guard now; one check per flag at a time, and one more if outcomes came meanwhile. */
  private schedule(flagKey: string): void {
    if (this.running.has(flagKey)) {
      this.again.add(flagKey);
      return;
    }
    const run = (async () => {
      do {
        this.again.delete(flagKey);
        await this.check(flagKey);
      } while (this.again.has(flagKey));
    })()
      .catch((err: unknown) => this.deps.logger.warn({ err: safeError(err), flagKey }, 'guard check failed'))
      .finally(() => this.running.delete(flagKey));
    this.running.set(flagKey, run);
  }

  async check(flagKey: string): Promise<void> {
    const guard = this.find(flagKey);
    if (!guard || guard.state.status === 'OPEN') return;
    const { verdict, figures } = judge(guard, await this.counts(guard));
    if (verdict === 'BREACH') await this.trip(guard, figures);
    else if (verdict === 'HEALTHY' && guard.state.status === 'HALF_OPEN') {
      const healthy = await this.deps.flagRevision(flagKey);
      await this.transition(
        flagKey,
        ['HALF_OPEN'],
        'guard.close',
        systemMeta(`probe healthy: ${describeFigures(figures)}`),
        (current) => ({ ...current, state: { ...this.armed(healthy), lastTrip: current.state.lastTrip } }),
      );
    }
  }

  /** Opens the breaker: one guard revision (and, for ROLLBACK, one flag rollback) in one transaction. */
  private async trip(guard: Guard, figures: GuardFigures): Promise<void> {
    const flagKey = guard.flagKey;
    const from: GuardStatus[] = [guard.state.status];
    const reopened = guard.state.status === 'HALF_OPEN';
    const at = new Date(this.now()).toISOString();
    const meta = systemMeta(`guard ${reopened ? 're-opened' : 'tripped'}: ${describeFigures(figures)}`);
    let opened: Guard | undefined;
    let rollbackTo: number | null = null;
    const guardWrite: EntityWrite<GuardTx, Guard | undefined> = {
      target: planWrite(guardDefinition, {
        kind: 'update',
        key: flagKey,
        content: (c) => c,
        action: 'guard.trip',
      }).target,
      async plan(tx) {
        const current = await tx.guards.findForUpdate(flagKey);
        // Another instance (or an earlier check) got here first: nothing to do.
        if (!current || current.archivedAt !== null || !from.includes(current.state.status))
          return { kind: 'noop', entity: current };
        const flag = await tx.flags.findForUpdate(flagKey);
        const healthy = current.state.healthyFlagRevision;
        if (current.action === 'ROLLBACK' && flag && healthy !== null && flag.revision > healthy)
          rollbackTo = healthy;
        const content: GuardContent = {
          ...configOf(current),
          state: {
            status: 'OPEN',
            since: at,
            lastTrip: { ...figures, at, flagRevision: flag?.revision ?? null, rolledBackTo: rollbackTo },
            healthyFlagRevision: healthy,
          },
        };
        const step = await planWrite(guardDefinition, {
          kind: 'update',
          key: flagKey,
          content,
          action: 'guard.trip',
          validate: false,
        }).plan(tx);
        if (step.kind === 'change') {
          const apply = step.apply;
          return { ...step, apply: async (rev) => (opened = await apply(rev)) };
        }
        return step;
      },
    };
    const flagWrite: EntityWrite<GuardTx, unknown> = {
      target: planWrite(flagDefinition, { kind: 'rollback', key: flagKey, toRevision: 0 }).target,
      async plan(tx) {
        if (rollbackTo === null) return { kind: 'noop', entity: undefined };
        return planWrite(flagDefinition, { kind: 'rollback', key: flagKey, toRevision: rollbackTo }).plan(tx);
      },
    };
    await this.deps.writer.commit([guardWrite, flagWrite], meta);
    if (!opened) return;
    this.deps.notifier.tripped({
      flagKey,
      revision: opened.revision,
      action: guard.action,
      rolledBackTo: rollbackTo,
      figures,
      at,
      reopened,
    });
  }

  /** One state change, decided under the row lock: a guard no longer in `from` is left alone (undefined). */
  private async transition(
    flagKey: string,
    from: GuardStatus[],
    action: AuditAction,
    meta: ChangeMeta,
    next: (current: GuardContent) => GuardContent,
  ): Promise<Guard | undefined> {
    const outcome = await this.deps.writer.write(
      guardDefinition,
      {
        kind: 'update',
        key: flagKey,
        action,
        validate: false,
        content: (current) => (from.includes(current.state.status) ? next(current) : current),
      },
      meta,
    );
    return outcome.changed ? outcome.entity : undefined;
  }

  private armed(healthyFlagRevision: number | undefined) {
    return {
      status: 'CLOSED' as const,
      since: new Date(this.now()).toISOString(),
      lastTrip: null,
      healthyFlagRevision: healthyFlagRevision ?? null,
    };
  }

  private counts(guard: Guard) {
    return this.deps.counter.read(
      counterKey(guard.flagKey, guard.state.since),
      guard.windowSeconds,
      windowStart(this.now(), guard.windowSeconds),
    );
  }
}

const systemMeta = (reason: string): ChangeMeta => ({ actor: SYSTEM_ACTOR, reason, requestId: randomUUID() });
