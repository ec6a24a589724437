// Live flag streams for clients (their own results, deltas only) and for ops (every change as it commits).
import { Repeater } from '@graphql-yoga/subscription';
import type { AccountRef } from '../auth/account-changed.js';
import type { AccountDirectory } from '../auth/account-directory.js';
import type { CompiledFlagSet } from '../evaluation/compile.js';
import { notFound } from '../evaluation/decide.js';
import type { EvaluationContext, EvaluationResult } from '../evaluation/definitions.js';
import type { FlagEvaluator } from '../flags/flag-evaluator.js';
import type { FlagSnapshot } from '../flags/flag-snapshot.js';
import type { Subscriber } from '../platform/bus.js';
import { AugurError } from '../platform/errors.js';
import { setLongTimeout } from '../platform/long-timer.js';
import type { ReceiptChannel } from '../platform/receipts.js';
import { CONFIG_CHANGED, type ConfigChanged } from '../revisions/config-changed.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import { entitlementsOf, type SettingsContent } from '../tenants/tenant-settings.js';
import { flagSetAsOf, sharedAsOf } from './as-of-set.js';
import { type ChangeFeedItem, followChanges } from './change-feed.js';
import { type FanOut, type FlagUpdate, sameOutcome } from './fan-out.js';
import type { StreamWatcher } from './stream-watcher.js';

export interface StreamRequest {
  context: EvaluationContext;
  keys?: readonly string[] | undefined;
  /** The last configuration revision the client saw; it then gets only what changed since. */
  sinceRevision?: number | undefined;
  /** Epoch seconds when the caller's credential expires: the stream ends then with UNAUTHENTICATED. */
  expiresAt?: number | undefined;
  /** Re-checked periodically: false (account gone, role or plan changed, key revoked) ends the stream. */
  stillAllowed?: (() => Promise<boolean>) | undefined;
  /** Whose credential holds the stream: a change to that account re-checks at once. */
  account?: AccountRef | undefined;
  /** The context as it is now (the account's plan may have changed): read after each account change. */
  contextNow?: (() => Promise<EvaluationContext | undefined>) | undefined;
  /** The transport's read receipts (WebSocket): the stream is then counted in propagation figures. */
  receipts?: ReceiptChannel | undefined;
}

export type StreamGuard = Pick<StreamRequest, 'expiresAt' | 'stillAllowed' | 'account'> & {
  /** Called after a successful re-check prompted by an account change. */
  onAccountChange?: () => void;
};

type RealtimeTopics = { [CONFIG_CHANGED]: ConfigChanged };

const sameAccount = (a: AccountRef, b: AccountRef) =>
  a.kind === 'apiKey'
    ? b.kind === 'apiKey' && a.apiKeyId === b.apiKeyId
    : b.kind === 'user' && a.userId === b.userId;

const accountKey = (a: AccountRef) => (a.kind === 'apiKey' ? `k:${a.apiKeyId}` : `u:${a.userId}`);

/** Account changes remembered for resuming clients (a few MB at most); older ones are summarised. */
const MAX_ACCOUNT_MARKS = 50_000;

/** How often an open stream re-checks that its caller may still have it. */
export const RECHECK_MS = 30_000;

export class RealtimeService {
  private readonly open = new Set<() => void>();
  /** The re-check of every open stream held by a credential, so an `account.changed` event runs it now. */
  private readonly rechecks = new Set<{ account: AccountRef; recheck: () => void }>();
  /**
   * The configuration revision in force at the last overlay change (entitlement, guard) this process saw.
   * Overlays have no history to replay and do not move the revision, so a client resuming from this revision
   * or an earlier one may hold results from before that change: it gets a full snapshot, not a delta.
   */
  private overlaysChangedAt = -1;
  /**
   * The same for accounts (a plan change alters the context itself): the configuration revision in force at
   * each account's last change, oldest first, at most MAX_ACCOUNT_MARKS; forgetting one raises `forgottenAt`.
   */
  private readonly accountChangedAt = new Map<string, number>();
  private forgottenAt = -1;
  /** Told of every update a stream delivers, in its tenant (flag exposure counts). */
  onServed: ((tenantId: string | null, flags: readonly EvaluationResult[]) => void) | undefined;

  constructor(
    private readonly evaluator: FlagEvaluator,
    /** Only to catch up with a revision a client saw on a faster instance. */
    private readonly snapshot: Pick<FlagSnapshot, 'refresh'>,
    private readonly fanOut: FanOut,
    private readonly revisions: RevisionStore,
    private readonly bus: Subscriber<RealtimeTopics>,
    /** Tells, after the account view took a change in, whose streams must re-check now. */
    accounts: Pick<AccountDirectory, 'onChange'>,
    /** Told what each stream with read receipts sent and what its client read (propagation figures). */
    private readonly watcher: StreamWatcher | undefined = undefined,
    private readonly now: () => number = () => Date.now(),
  ) {
    // Entitlements are replayed from their revisions (entitlementsAsOf); other overlays have no history.
    evaluator.onChange((change) => {
      if (change.unversionedOverlay) this.overlaysChangedAt = change.next.revision;
    });
    accounts.onChange((account) => {
      this.markAccountChange(account);
      for (const entry of this.rechecks) if (sameAccount(entry.account, account)) entry.recheck();
    });
  }

  flagStream(request: StreamRequest): AsyncIterable<FlagUpdate> {
    return new Repeater<FlagUpdate>(async (push, stop) => {
      const first = await this.firstUpdate(request);
      const { receipts } = request;
      const watched = receipts
        ? this.watcher?.open(request.context.tenantId ?? null, first.update.configRevision)
        : undefined;
      const deliver = (update: FlagUpdate) => {
        this.onServed?.(request.context.tenantId ?? null, update.flags);
        // Asked before the push: the transport attaches the receipt to this operation's next message.
        if (watched) receipts?.expect(watched.sent(update.configRevision));
        return push(update);
      };
      const spec = {
        context: request.context,
        keys: request.keys,
        send: (update: FlagUpdate) => void deliver(update),
      };
      const unregister = this.fanOut.register(spec, first.held, first.generation);
      const { contextNow } = request;
      const onAccountChange = contextNow
        ? () => {
            // A plan change keeps the stream: the client gets the flags whose result it changes.
            contextNow().then(
              (context) => context && this.fanOut.changeContext(spec, context),
              () => undefined,
            );
          }
        : undefined;
      const release = this.guard({ ...request, onAccountChange }, stop);
      const offApplied = watched && receipts?.onApplied((ack) => watched.applied(ack.revision, ack.at));
      await deliver(first.update);
      await stop;
      release();
      unregister();
      offApplied?.();
      watched?.close();
    });
  }

  /**
   * Every change committed after `sinceRevision` (default: now), from every instance, in configuration
   * revision order and each once, until the caller's access ends. See change-feed.ts for how gaps are filled.
   */
  changes(request: StreamGuard & { sinceRevision?: number | undefined } = {}): AsyncIterable<ChangeFeedItem> {
    return new Repeater<ChangeFeedItem>(async (push, stop) => {
      const feed = await followChanges(
        {
          revision: () => this.evaluator.revision,
          onRevision: (listener) => this.evaluator.onChange((change) => listener(change.next.revision)),
          refresh: () => this.snapshot.refresh(),
          listen: (handler) => this.bus.subscribe(CONFIG_CHANGED, handler),
          committedBetween: (after, upTo) => this.revisions.committedBetween(after, upTo),
        },
        request.sinceRevision,
        push,
        stop,
      );
      const release = this.guard(request, stop);
      await stop;
      release();
      feed.close();
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
    const check = (afterChange: boolean) => {
      guard.stillAllowed?.().then(
        (allowed) => {
          if (!allowed) stop(new AugurError('UNAUTHENTICATED', 'Your access changed: sign in again'));
          else if (afterChange) guard.onAccountChange?.();
        },
        // The database is down and the account is not in memory: keep serving, re-check later.
        () => undefined,
      );
    };
    const recheck = guard.stillAllowed ? setInterval(() => check(false), RECHECK_MS) : undefined;
    recheck?.unref();
    const onAccountChange =
      guard.account && guard.stillAllowed
        ? { account: guard.account, recheck: () => check(true) }
        : undefined;
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
        request.sinceRevision === undefined || this.mayHoldOlderInputs(request, request.sinceRevision)
          ? undefined
          : await flagSetAsOf(base, request.sinceRevision, this.revisions);
      // Read only for a delta, and shared like the flag set: a storm of resumes makes one read per tenant.
      const entitlementsThen =
        asOf && request.sinceRevision !== undefined
          ? await this.entitlementsAsOf(base, request, request.sinceRevision)
          : undefined;
      if (this.evaluator.generation !== generation) continue;
      const held = this.evaluator.evaluateOn(base, request.context, request.keys);
      const flags = asOf ? this.delta(asOf.set, base, request, held, entitlementsThen) : held;
      return { update: { configRevision: base.revision, full: !asOf, flags }, held, generation };
    }
    const generation = this.evaluator.generation;
    const set = this.evaluator.current();
    const held = this.evaluator.evaluateOn(set, request.context, request.keys);
    return { update: { configRevision: set.revision, full: true, flags: held }, held, generation };
  }

  private markAccountChange(account: AccountRef): void {
    const key = accountKey(account);
    this.accountChangedAt.delete(key);
    this.accountChangedAt.set(key, this.evaluator.revision);
    if (this.accountChangedAt.size > MAX_ACCOUNT_MARKS) {
      const [oldest, revision] = this.accountChangedAt.entries().next().value as [string, number];
      this.accountChangedAt.delete(oldest);
      this.forgottenAt = Math.max(this.forgottenAt, revision);
    }
  }

  /** Whether a client at `since` may hold results from before an input that has no history changed. */
  private mayHoldOlderInputs(request: StreamRequest, since: number): boolean {
    if (since <= this.overlaysChangedAt) return true;
    if (!request.account) return false;
    return since <= Math.max(this.forgottenAt, this.accountChangedAt.get(accountKey(request.account)) ?? -1);
  }

  /**
   * The tenant's entitlements in force at a configuration revision (its settings revision then), so a
   * client that missed an entitlement change while away is sent it; undefined when no revision is stored.
   */
  private entitlementsAsOf(
    current: CompiledFlagSet,
    request: StreamRequest,
    configRevision: number,
  ): Promise<ReadonlyMap<string, boolean> | undefined> {
    const tenantId = request.context.tenantId;
    if (!tenantId) return Promise.resolve(undefined);
    return sharedAsOf(current, `entitlements:${tenantId}:${configRevision}`, () =>
      this.readEntitlementsAsOf(tenantId, configRevision),
    );
  }

  private async readEntitlementsAsOf(
    tenantId: string,
    configRevision: number,
  ): Promise<ReadonlyMap<string, boolean> | undefined> {
    const [then] = await this.revisions.asOf(
      [{ entityType: 'tenantSettings', entityKey: tenantId }],
      configRevision,
    );
    if (then) return entitlementsOf(then.content as SettingsContent);
    // No settings revision then: either none ever (today's overlays hold) or only later ones (none then).
    const [first] = await this.revisions.list('tenantSettings', tenantId, 1);
    return first ? new Map() : undefined;
  }

  private delta(
    then: CompiledFlagSet,
    now: CompiledFlagSet,
    request: StreamRequest,
    held: EvaluationResult[],
    entitlementsThen: ReadonlyMap<string, boolean> | undefined,
  ) {
    const before = new Map(
      this.evaluator.evaluateOn(then, request.context, request.keys, entitlementsThen).map((r) => [r.key, r]),
    );
    const changed = held.filter((r) => !sameOutcome(before.get(r.key), r));
    // Flags that existed then and are gone now: the client must learn they are off.
    if (request.keys === undefined) {
      for (const key of before.keys()) if (!now.has(key)) changed.push(notFound(key));
    }
    return changed;
  }
}
