// Guarded rollouts: release plans on flags (versioned, expectedRevision, reasons), their outcomes per arm in
// the shared counters, and the checker: one instance at a time advances, completes or rolls back each plan.
import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../audit/audit-event.js';
import { flagDefinition } from '../flags/flag-definition.js';
import { SYSTEM_ACTOR } from '../guard/guard-service.js';
import { type WindowCounts, windowStart } from '../guard/guard-window.js';
import type { GatedOutcome, OutcomeCounter, OutcomeSink } from '../guard/outcome-counter.js';
import { toCells } from '../guard/outcome-counter.js';
import type { Subscriber } from '../platform/bus.js';
import { AugurError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import { CONFIG_CHANGED, type ConfigChanged, type ConfigTopics } from '../revisions/config-changed.js';
import type { ChangeMeta, EntityWrite, EntityWriter } from '../revisions/entity-writer.js';
import { planWrite } from '../revisions/entity-writer.js';
import type { Revision } from '../revisions/revision.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import type { CheckLock } from './check-lock.js';
import {
  configOf,
  describeStatistics,
  isLive,
  type PlanConfig,
  type PlanContent,
  type PlanState,
  type PlanStatistics,
  type PlanStatus,
  type ReleasePlan,
  splitServe,
} from './release-plan.js';
import { type ReleasePlanTx, releasePlanDefinition } from './release-plan-definition.js';
import type { ReleasePlanRows } from './release-plan-store.js';
import { decide, nextState, planStatistics } from './rollout-decision.js';

/** Plans count their run in day-long windows (the counters' longest): a step's outcomes older than that expire. */
const RUN_WINDOW_SECONDS = 86_400;

export interface RolloutServiceDeps {
  store: Pick<ReleasePlanRows, 'live'>;
  counter: OutcomeCounter;
  writer: EntityWriter<ReleasePlanTx>;
  revisions: RevisionStore;
  lock: CheckLock;
  logger: Logger;
  /** The clock of minimum durations (tests move it instead of waiting). */
  now?: () => number;
  /** How often each instance tries to check the plans (ms). */
  checkMs?: number;
}

/** Where a run's outcomes are counted: a restart (new run) counts afresh on every instance. */
export const runKey = (flagKey: string, run: string) => `release:${flagKey}#${run}`;

export class RolloutService implements OutcomeSink {
  private plans = new Map<string, ReleasePlan>();
  private queue: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(private readonly deps: RolloutServiceDeps) {
    this.now = deps.now ?? Date.now;
  }

  find(flagKey: string): ReleasePlan | undefined {
    return this.plans.get(flagKey);
  }

  list(): ReleasePlan[] {
    return [...this.plans.values()].sort((a, b) => a.flagKey.localeCompare(b.flagKey));
  }

  history(flagKey: string, limit: number): Promise<Revision[]> {
    return this.deps.revisions.list('releasePlan', flagKey, limit);
  }

  /** The statistics a check would judge now, across instances. */
  async progress(plan: ReleasePlan): Promise<PlanStatistics> {
    const { control, treatment } = await this.counts(plan);
    return planStatistics(plan, control, treatment, this.now());
  }

  // --- the outcome sink: outcomes of the plan's split, per arm ---

  accepts(o: GatedOutcome): boolean {
    const plan = this.plans.get(o.flagKey);
    return (
      plan !== undefined &&
      isLive(plan) &&
      o.reason === 'SPLIT' &&
      o.ruleId === '' &&
      (o.variant === plan.treatment || o.variant === plan.control)
    );
  }

  async add(outcomes: readonly GatedOutcome[]): Promise<void> {
    const records = outcomes.flatMap((o) => {
      const plan = this.plans.get(o.flagKey);
      return plan ? [{ ...o, flagKey: runKey(plan.flagKey, plan.state.run) }] : [];
    });
    await this.deps.counter.add(toCells(records, () => RUN_WINDOW_SECONDS));
  }

  // --- configuration ---

  /** A new plan, running at its first step: the flag's fallthrough serves that share to the treatment. */
  async create(flagKey: string, config: PlanConfig, meta: ChangeMeta): Promise<ReleasePlan> {
    const content: PlanContent = { ...configOf(config), state: this.started(0) };
    const write = planWrite(releasePlanDefinition, { kind: 'create', key: flagKey, content });
    const [outcome] = await this.deps.writer.commit(
      [write, this.traffic(flagKey, config, config.steps[0]?.percent ?? 0)],
      meta,
    );
    return outcome.entity;
  }

  /** Replaces the configuration (CONFLICT unless expectedRevision is in force); a live plan's traffic follows. */
  async update(
    flagKey: string,
    expectedRevision: number,
    config: PlanConfig,
    meta: ChangeMeta,
  ): Promise<ReleasePlan> {
    let live: { percent: number } | undefined;
    const write = planWrite(releasePlanDefinition, {
      kind: 'update',
      key: flagKey,
      expectedRevision,
      content: (current: PlanContent) => {
        const step = Math.min(current.state.step, config.steps.length - 1);
        if (isLive(current)) live = { percent: config.steps[step]?.percent ?? 0 };
        return { ...configOf(config), state: { ...current.state, step } };
      },
    });
    const traffic = this.traffic(flagKey, config, () => live?.percent);
    const [outcome] = await this.deps.writer.commit([write, traffic], meta);
    return outcome.entity;
  }

  /** Holds the plan where it is: no checks advance or roll it back until it is resumed. */
  pause(flagKey: string, meta: ChangeMeta): Promise<ReleasePlan> {
    return this.byHand(flagKey, ['RUNNING'], 'releasePlan.pause', meta, async (current) => ({
      content: { ...current, state: { ...current.state, status: 'PAUSED' } },
      percent: undefined,
    }));
  }

  /**
   * PAUSED: runs on from the same step (its duration and samples count afresh). Finished (rolled back, aborted,
   * completed): starts again at the first step, with a new run (outcomes counted afresh).
   */
  resume(flagKey: string, meta: ChangeMeta): Promise<ReleasePlan> {
    return this.byHand(
      flagKey,
      ['PAUSED', 'ROLLED_BACK', 'ABORTED', 'COMPLETED'],
      'releasePlan.resume',
      meta,
      async (current, plan) => {
        if (current.state.status !== 'PAUSED')
          return { content: { ...current, state: this.started(0) }, percent: current.steps[0]?.percent ?? 0 };
        const { control, treatment } = await this.counts(plan);
        return {
          content: {
            ...current,
            state: {
              ...current.state,
              status: 'RUNNING',
              stepSince: new Date(this.now()).toISOString(),
              stepStart: { control: arm(control), treatment: arm(treatment) },
            },
          },
          percent: undefined,
        };
      },
    );
  }

  /** Stops the rollout: the treatment goes back to 0% of the fallthrough. */
  abort(flagKey: string, meta: ChangeMeta): Promise<ReleasePlan> {
    return this.byHand(flagKey, ['RUNNING', 'PAUSED'], 'releasePlan.abort', meta, async (current) => ({
      content: { ...current, state: { ...current.state, status: 'ABORTED' } },
      percent: 0,
    }));
  }

  // --- the checker ---

  start(): void {
    this.timer ??= setInterval(() => {
      this.checking = this.checkAll().catch((err: unknown) =>
        this.deps.logger.warn({ err: safeError(err) }, 'release plan check failed'),
      );
    }, this.deps.checkMs ?? 5000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.checking;
  }

  /** Checks every running plan, on one instance at a time; false when another instance held the lock. */
  async checkAll(): Promise<boolean> {
    const ran = await this.deps.lock.run(async () => {
      for (const plan of this.list()) if (plan.state.status === 'RUNNING') await this.check(plan.flagKey);
      return true;
    });
    return ran === true;
  }

  /** One plan's check: the decision on the run's counts, written only if the plan is still where it was seen. */
  async check(flagKey: string): Promise<PlanStatistics | undefined> {
    const plan = this.plans.get(flagKey);
    if (plan?.state.status !== 'RUNNING') return undefined;
    const { control, treatment } = await this.counts(plan);
    const nowMs = this.now();
    const decision = decide(plan, control, treatment, nowMs);
    if (decision.kind === 'wait') return decision.statistics;
    const at = new Date(nowMs).toISOString();
    const { statistics } = decision;
    const seen = plan.state;
    const next = nextState(seen, decision, control, treatment, at);
    const percentNow = plan.steps[seen.step]?.percent;
    const moveTo = decision.kind === 'advance' ? plan.steps[decision.toStep]?.percent : undefined;
    const percent = decision.kind === 'rollback' ? 0 : moveTo;
    const action: AuditAction =
      decision.kind === 'advance'
        ? 'releasePlan.advance'
        : decision.kind === 'complete'
          ? 'releasePlan.complete'
          : 'releasePlan.regression';
    const words =
      decision.kind === 'advance'
        ? `advanced to step ${decision.toStep + 1} of ${plan.steps.length} (${moveTo}%)`
        : decision.kind === 'complete'
          ? `completed at ${percentNow}%`
          : `rolled back to 0% on a regression at step ${seen.step + 1} (${percentNow}%)`;
    const meta: ChangeMeta = {
      actor: SYSTEM_ACTOR,
      reason: `release plan ${words}: ${describeStatistics(statistics)}`,
      requestId: randomUUID(),
    };
    let moved = false;
    const planStep: EntityWrite<ReleasePlanTx, ReleasePlan | undefined> = {
      target: planWrite(releasePlanDefinition, { kind: 'update', key: flagKey, content: (c) => c, action })
        .target,
      async plan(tx) {
        const current = await tx.releasePlans.findForUpdate(flagKey);
        // Another instance (or an earlier check) moved it first: nothing to do.
        if (
          !current ||
          current.archivedAt !== null ||
          current.state.status !== 'RUNNING' ||
          current.state.step !== seen.step ||
          current.state.run !== seen.run
        )
          return { kind: 'noop', entity: current };
        const step = await planWrite(releasePlanDefinition, {
          kind: 'update',
          key: flagKey,
          content: { ...configOf(current), state: next },
          action,
          validate: false,
        }).plan(tx);
        if (step.kind === 'change') moved = true;
        return step;
      },
    };
    await this.deps.writer.commit(
      [planStep, this.traffic(flagKey, plan, () => (moved ? percent : undefined))],
      meta,
    );
    return statistics;
  }

  // --- the live plans in memory ---

  reload(): Promise<void> {
    const next = this.queue.then(() => this.read());
    this.queue = next.catch(() => undefined);
    return next;
  }

  applyChange(event: ConfigChanged): Promise<void> {
    return event.changes.some((c) => c.targetType === 'releasePlan') ? this.reload() : Promise.resolve();
  }

  subscribe(bus: Subscriber<ConfigTopics>): void {
    bus.subscribe(CONFIG_CHANGED, (event) => {
      this.applyChange(event).catch((err: unknown) =>
        this.deps.logger.warn({ err: safeError(err) }, 'release plan refresh failed'),
      );
    });
  }

  private async read(): Promise<void> {
    const next = new Map((await this.deps.store.live()).map((p) => [p.flagKey, p]));
    // Newer revisions only: a slow read must not bring back an older state.
    for (const [key, p] of next) {
      const before = this.plans.get(key);
      if (before && before.revision > p.revision) next.set(key, before);
    }
    this.plans = next;
  }

  // --- helpers ---

  private started(step: number): PlanState {
    const zero = { samples: 0, errors: 0 };
    return {
      status: 'RUNNING',
      step,
      stepSince: new Date(this.now()).toISOString(),
      run: randomUUID(),
      stepStart: { control: zero, treatment: zero },
      last: null,
    };
  }

  /** An ops change of state: refused when the status does not allow it, CONFLICT when the plan moved meanwhile. */
  private async byHand(
    flagKey: string,
    from: PlanStatus[],
    action: AuditAction,
    meta: ChangeMeta,
    next: (
      current: PlanContent,
      plan: ReleasePlan,
    ) => Promise<{ content: PlanContent; percent: number | undefined }>,
  ): Promise<ReleasePlan> {
    const seen = this.plans.get(flagKey);
    if (!seen) throw new AugurError('NOT_FOUND', `The release plan of flag ${flagKey} not found`);
    // Computed before the transaction: PGlite has one session, and counters may live in the same database.
    if (!from.includes(seen.state.status))
      throw new AugurError(
        'VALIDATION_FAILED',
        `The release plan of flag ${flagKey} is ${seen.state.status}`,
      );
    const planned = await next(seen, seen);
    const write: EntityWrite<ReleasePlanTx, ReleasePlan> = {
      target: planWrite(releasePlanDefinition, { kind: 'update', key: flagKey, content: (c) => c, action })
        .target,
      async plan(tx) {
        const current = await tx.releasePlans.findForUpdate(flagKey);
        if (!current || current.archivedAt !== null)
          throw new AugurError('NOT_FOUND', `The release plan of flag ${flagKey} not found`);
        if (current.revision !== seen.revision)
          throw new AugurError(
            'CONFLICT',
            `The release plan of flag ${flagKey} is at revision ${current.revision}, not ${seen.revision}`,
            { currentRevision: current.revision },
          );
        return planWrite(releasePlanDefinition, {
          kind: 'update',
          key: flagKey,
          content: planned.content,
          action,
          validate: false,
        }).plan(tx);
      },
    };
    const [outcome] = await this.deps.writer.commit(
      [write, this.traffic(flagKey, seen, planned.percent)],
      meta,
    );
    return outcome.entity;
  }

  /** The flag's fallthrough at `percent` to the treatment (a flag revision in the same commit); none when undefined. */
  private traffic(
    flagKey: string,
    config: Pick<PlanConfig, 'treatment' | 'control'>,
    percent: number | undefined | (() => number | undefined),
  ): EntityWrite<ReleasePlanTx, unknown> {
    return {
      target: planWrite(flagDefinition, { kind: 'update', key: flagKey, content: (c) => c }).target,
      async plan(tx) {
        const share = typeof percent === 'function' ? percent() : percent;
        if (share === undefined) return { kind: 'noop', entity: undefined };
        return planWrite(flagDefinition, {
          kind: 'update',
          key: flagKey,
          content: (c) => ({ ...c, fallthrough: splitServe(config, share, c.fallthrough) }),
        }).plan(tx);
      },
    };
  }

  private async counts(plan: ReleasePlan): Promise<{ control: WindowCounts; treatment: WindowCounts }> {
    const key = runKey(plan.flagKey, plan.state.run);
    // The counters' buckets are real time (outcomes carry Date.now), whatever clock the durations use.
    const from = windowStart(Date.now(), RUN_WINDOW_SECONDS);
    const [control, treatment] = await Promise.all([
      this.deps.counter.read(key, RUN_WINDOW_SECONDS, from, plan.control),
      this.deps.counter.read(key, RUN_WINDOW_SECONDS, from, plan.treatment),
    ]);
    return { control, treatment };
  }
}

const arm = (c: WindowCounts) => ({ samples: c.samples, errors: c.errors });
