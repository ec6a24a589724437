// Live flag streams for clients (their own results, deltas only) and for ops (every change as it commits).
import { Repeater } from '@graphql-yoga/subscription';
import { ACCOUNT_CHANGED, type AccountChanged, type AccountRef } from '../auth/account-changed.js';
import type { CompiledFlagSet } from '../evaluation/compile.js';
import { notFound } from '../evaluation/decide.js';
import type { EvaluationContext, EvaluationResult } from '../evaluation/definitions.js';
import type { FlagEvaluator } from '../flags/flag-evaluator.js';
import type { FlagSnapshot } from '../flags/flag-snapshot.js';
import type { Subscriber } from '../platform/bus.js';
import { AugurError } from '../platform/errors.js';
import { setLongTimeout } from '../platform/long-timer.js';
import { CONFIG_CHANGED, type ConfigChanged, type EntityChange } from '../revisions/config-changed.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import { flagSetAsOf } from './as-of-set.js';
import { type FanOut, type FlagUpdate, sameOutcome } from './fan-out.js';

export interface StreamRequest {
  context: EvaluationContext;
  keys?: readonly string[] | undefined;
  /** The last configuration revision the client saw; it then gets only what changed since. */
  sinceRevision?: number | undefined;
  /** Epoch seconds when the caller's credential expires: the stream ends then with UNAUTHENTICATED. */
  expiresAt?: number | undefined;
  /** Re-checked periodically: false (account gone, role or plan changed, key revoked) ends the stream. */
  stillAllowed?: (() => Promise<boolean>) | undefined;
  /** Whose credential holds the stream: an `account.changed` event for it re-checks at once. */
  account?: AccountRef | undefined;
}

export type StreamGuard = Pick<StreamRequest, 'expiresAt' | 'stillAllowed' | 'account'>;

/** One entity change of a committed transaction, as the ops feed shows it. */
export interface ChangeFeedItem extends EntityChange {
  configRevision: number;
  actor: string;
  at: string;
}

type RealtimeTopics = { [CONFIG_CHANGED]: ConfigChanged; [ACCOUNT_CHANGED]: AccountChanged };

const sameAccount = (a: AccountRef, b: AccountRef) =>
  a.kind === 'apiKey'
    ? b.kind === 'apiKey' && a.apiKeyId === b.apiKeyId
    : b.kind === 'user' && a.userId === b.userId;

/** How often an open stream re-checks that its caller may still have it. */
export const RECHECK_MS = 30_000;

export class RealtimeService {
  private readonly open = new Set<() => void>();
  /** The re-check of every open stream held by a credential, so an `account.changed` event runs it now. */
  private readonly rechecks = new Set<{ account: AccountRef; recheck: () => void }>();

  constructor(
    private readonly evaluator: FlagEvaluator,
    /** Only to catch up with a revision a client saw on a faster instance. */
    private readonly snapshot: Pick<FlagSnapshot, 'refresh'>,
    private readonly fanOut: FanOut,
    private readonly revisions: RevisionStore,
    private readonly bus: Subscriber<RealtimeTopics>,
    private readonly now: () => number = () => Date.now(),
  ) {
    bus.subscribe(ACCOUNT_CHANGED, (event) => {
      for (const entry of this.rechecks) if (sameAccount(entry.account, event.account)) entry.recheck();
    });
  }

  flagStream(request: StreamRequest): AsyncIterable<FlagUpdate> {
    return new Repeater<FlagUpdate>(async (push, stop) => {
      const first = await this.firstUpdate(request);
      const unregister = this.fanOut.register(
        { context: request.context, keys: request.keys, send: (update) => void push(update) },
        first.held,
        first.generation,
      );
      const release = this.guard(request, stop);
      await push(first.update);
      await stop;
      release();
      unregister();
    });
  }

  /** Every committed change, from every instance, as it arrives (until the caller's access ends). */
  changes(guard: StreamGuard = {}): AsyncIterable<ChangeFeedItem> {
    return new Repeater<ChangeFeedItem>(async (push, stop) => {
      const unsubscribe = this.bus.subscribe(CONFIG_CHANGED, (event) => {
        for (const change of event.changes) {
          void push({ ...change, configRevision: event.configRevision, actor: event.actor, at: event.at });
        }
      });
      const release = this.guard(guard, stop);
      await stop;
      release();
      unsubscribe();
    });
  }

  /** Ends a stream at expiry, when a re-check fails, or at shutdown; returns the clean-up. */
  private guard(guard: StreamGuard, stop: (error?: unknown) => void): () => void {
    const end = () => stop();
    this.open.add(end);
    const expiry =
      guard.expiresAt === undefined
        ? undefined
        : setLongTimeout(
            () => stop(new AugurError('UNAUTHENTICATED', 'Session expired: sign in again')),
            guard.expiresAt * 1000 - this.now(),
            this.now,
          );
    const check = () => {
      guard.stillAllowed?.().then(
        (allowed) => {
          if (!allowed) stop(new AugurError('UNAUTHENTICATED', 'Your access changed: sign in again'));
        },
        () => undefined,
      );
    };
    const recheck = guard.stillAllowed ? setInterval(check, RECHECK_MS) : undefined;
    recheck?.unref();
    const onAccountChange =
      guard.account && guard.stillAllowed ? { account: guard.account, recheck: check } : undefined;
    if (onAccountChange) this.rechecks.add(onAccountChange);
    return () => {
      expiry?.clear();
      clearInterval(recheck);
      if (onAccountChange) this.rechecks.delete(onAccountChange);
      this.open.delete(end);
    };
  }

  /** Ends every open stream (graceful shutdown: clients reconnect to another instance). */
  closeAll(): void {
    for (const end of [...this.open]) end();
  }

  /**
   * The first message, the results the client then holds and the evaluator generation they reflect. The
   * generation is re-read after the database work so the registration that follows is for exactly the
   * results sent.
   */
  private async firstUpdate(
    request: StreamRequest,
  ): Promise<{ update: FlagUpdate; held: EvaluationResult[]; generation: number }> {
    // A client that saw a revision this instance has not loaded yet (it came from a faster instance)
    // must not be sent an older state: catch up first.
    if (request.sinceRevision !== undefined && request.sinceRevision > this.evaluator.revision) {
      await this.snapshot.refresh();
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const generation = this.evaluator.generation;
      const base = this.evaluator.current();
      const asOf =
        request.sinceRevision === undefined
          ? undefined
          : await flagSetAsOf(base, request.sinceRevision, this.revisions);
      if (this.evaluator.generation !== generation) continue;
      const held = this.evaluator.evaluateOn(base, request.context, request.keys);
      const flags = asOf ? this.delta(asOf.set, base, request, held) : held;
      return { update: { configRevision: base.revision, full: !asOf, flags }, held, generation };
    }
    const generation = this.evaluator.generation;
    const set = this.evaluator.current();
    const held = this.evaluator.evaluateOn(set, request.context, request.keys);
    return { update: { configRevision: set.revision, full: true, flags: held }, held, generation };
  }

  private delta(
    then: CompiledFlagSet,
    now: CompiledFlagSet,
    request: StreamRequest,
    held: EvaluationResult[],
  ) {
    const before = new Map(
      this.evaluator.evaluateOn(then, request.context, request.keys).map((r) => [r.key, r]),
    );
    const changed = held.filter((r) => !sameOutcome(before.get(r.key), r));
    // Flags that existed then and are gone now: the client must learn they are off.
    if (request.keys === undefined) {
      for (const key of before.keys()) if (!now.has(key)) changed.push(notFound(key));
    }
    return changed;
  }
}
