// The one evaluator: owns the compiled flag set and the overlay source, evaluates for every caller from
// memory, and announces each change of either so fan-out re-evaluates exactly what it can affect.
import type { AccountViewer } from '../auth/viewer.js';
import type { CompiledFlagSet } from '../evaluation/compile.js';
import type {
  EvaluationContext,
  EvaluationResult,
  Explanation,
  Overlays,
} from '../evaluation/definitions.js';
import { evaluateAll, evaluateAudience, evaluateFlag } from '../evaluation/evaluate.js';
import { explainFlag } from '../evaluation/explain.js';
import { affectedFlags, withDependents } from './affected-flags.js';
import type { OverlayChange, OverlaySource } from './overlay-source.js';

/** What a client may say about itself; identity (user, tenant, role, plan) always comes from the session. */
export interface ClientContext {
  sessionId?: string | null;
  country?: string | null;
  appVersion?: string | null;
  attributes?: Record<string, unknown> | null;
}

/** The compiled set in force and its swaps (FlagSnapshot; a fixed set in benchmarks). */
export interface CompiledSetSource {
  current(): CompiledFlagSet;
  /** `affected`, when the source knows it (an incremental refresh), spares comparing every flag. */
  onSwap(
    listener: (previous: CompiledFlagSet, next: CompiledFlagSet, affected?: ReadonlySet<string>) => void,
  ): () => void;
}

/** One change of evaluation input, after it is in force. */
export interface EvaluationChange {
  /** Counts every change of this process's evaluator; a subscriber registered at or after it skips it. */
  generation: number;
  previous: CompiledFlagSet;
  next: CompiledFlagSet;
  /** Flags whose results may differ (dependents through prerequisites included), or every flag. */
  flags: ReadonlySet<string> | 'all';
  /** Tenants whose results may differ. */
  tenants: ReadonlySet<string> | 'all';
  /** An overlay change that has no revision history (guard state, a fake source): replay cannot rebuild it. */
  unversionedOverlay?: boolean;
}

export class FlagEvaluator {
  private changes = 0;
  private readonly listeners = new Set<(change: EvaluationChange) => void>();

  constructor(
    private readonly sets: CompiledSetSource,
    private readonly overlays: OverlaySource,
  ) {
    sets.onSwap((previous, next, affected) =>
      this.emit({ previous, next, flags: affected ?? affectedFlags(previous, next), tenants: 'all' }),
    );
    overlays.onChange((change) => this.overlaysChanged(change));
  }

  /** The evaluation context of a signed-in account: trusted identity plus the client's own attributes. */
  static accountContext(viewer: AccountViewer, client: ClientContext = {}): EvaluationContext {
    return {
      sessionId: client.sessionId ?? null,
      country: client.country ?? null,
      appVersion: client.appVersion ?? null,
      attributes: client.attributes ?? null,
      userId: viewer.userId,
      tenantId: viewer.tenantId,
      role: viewer.role,
      plan: viewer.plan,
    };
  }

  /** The configuration revision of the set in force. */
  get revision(): number {
    return this.sets.current().revision;
  }

  /** Moves on every change of any input; what a stream's first message is registered against. */
  get generation(): number {
    return this.changes;
  }

  current(): CompiledFlagSet {
    return this.sets.current();
  }

  evaluate(key: string, context: EvaluationContext): EvaluationResult {
    return evaluateFlag(this.sets.current(), key, context, this.overlaysOf(context));
  }

  evaluateMany(context: EvaluationContext, keys?: readonly string[]): EvaluationResult[] {
    return this.evaluateOn(this.sets.current(), context, keys);
  }

  /** Over a given set (fan-out's new set, or replay's set as of an earlier revision), with today's overlays. */
  evaluateOn(
    set: CompiledFlagSet,
    context: EvaluationContext,
    keys?: readonly string[],
    /** Replay's entitlements as of an earlier revision; today's overlays otherwise. */
    entitlements?: ReadonlyMap<string, boolean>,
  ): EvaluationResult[] {
    const overlays = this.overlaysOf(context);
    return evaluateAll(set, context, entitlements ? { ...overlays, entitlements } : overlays, keys);
  }

  /** The result with the kill switch, environment gate and guard open: who the flag is meant for. */
  audience(key: string, context: EvaluationContext): EvaluationResult {
    return evaluateAudience(this.sets.current(), key, context, this.overlaysOf(context));
  }

  explain(key: string, context: EvaluationContext): Explanation {
    return explainFlag(this.sets.current(), key, context, this.overlaysOf(context));
  }

  onChange(listener: (change: EvaluationChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private overlaysOf(context: EvaluationContext): Overlays {
    return this.overlays.overlaysFor(context.tenantId ?? '');
  }

  private overlaysChanged(change: OverlayChange): void {
    const set = this.sets.current();
    this.emit({
      previous: set,
      next: set,
      flags: change.flags === 'all' ? 'all' : withDependents([set], new Set(change.flags)),
      tenants: change.tenants === 'all' ? 'all' : new Set(change.tenants),
      unversionedOverlay: !change.versioned,
    });
  }

  private emit(change: Omit<EvaluationChange, 'generation'>): void {
    const generation = ++this.changes;
    for (const listener of this.listeners) listener({ ...change, generation });
  }
}
