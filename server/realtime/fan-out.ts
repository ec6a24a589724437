// Live flag subscribers, indexed by tenant and by flag: each evaluator change re-evaluates only the
// subscribers it can affect and sends each just the flags whose result changed for it.
import type { EvaluationContext, EvaluationResult } from '../evaluation/definitions.js';
import type { EvaluationChange, FlagEvaluator } from '../flags/flag-evaluator.js';
import type { Logger } from '../platform/logger.js';

export interface FlagUpdate {
  configRevision: number;
  /** True for a complete snapshot (first message without a usable sinceRevision). */
  full: boolean;
  flags: EvaluationResult[];
}

export interface SubscriberSpec {
  context: EvaluationContext;
  /** Only these flags; undefined means every flag. */
  keys?: readonly string[] | undefined;
  send(update: FlagUpdate): void;
}

interface Subscriber extends SubscriberSpec {
  /** What register() was given: changeContext finds the subscriber by it. */
  spec: SubscriberSpec;
  last: Map<string, EvaluationResult>;
  /** The evaluator generation `last` reflects: older fan-outs still queued must skip this subscriber. */
  generation: number;
  tenant: string;
}

/** Subscribers handled between two yields to the event loop during a fan-out. */
const BATCH = 64;

/** Same outcome for the client; the flag revision alone changing is not news. */
export function sameOutcome(
  a: EvaluationResult | undefined,
  b: EvaluationResult,
  json: (payload: unknown) => string | undefined = JSON.stringify,
): boolean {
  return (
    a !== undefined &&
    a.enabled === b.enabled &&
    a.variant === b.variant &&
    a.reason === b.reason &&
    a.ruleId === b.ruleId &&
    (a.payload === b.payload || json(a.payload) === json(b.payload))
  );
}

/**
 * JSON.stringify that remembers objects: in one fan-out every subscriber compares against the same few
 * payload objects, so each is serialised once instead of once per subscriber.
 */
function memoizedJson(): (payload: unknown) => string | undefined {
  const seen = new WeakMap<object, string | undefined>();
  return (payload) => {
    if (typeof payload !== 'object' || payload === null) return JSON.stringify(payload);
    if (!seen.has(payload)) seen.set(payload, JSON.stringify(payload));
    return seen.get(payload);
  };
}

export class FanOut {
  private readonly all = new Set<Subscriber>();
  private readonly everyFlag = new Set<Subscriber>();
  private readonly byKey = new Map<string, Set<Subscriber>>();
  private readonly byTenant = new Map<string, Set<Subscriber>>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly evaluator: FlagEvaluator,
    private readonly logger: Logger,
  ) {
    evaluator.onChange((change) => this.enqueue(change));
  }

  get size(): number {
    return this.all.size;
  }

  /** Flag keys with at least one subscriber holding just them (entries go with their last subscriber). */
  get indexedKeys(): number {
    return this.byKey.size;
  }

  /** Tenants with at least one subscriber. */
  get indexedTenants(): number {
    return this.byTenant.size;
  }

  /**
   * Registers a subscriber whose client already holds `initial`, evaluated at evaluator `generation`;
   * synchronous, so no change can slip between the initial results and the registration.
   */
  register(spec: SubscriberSpec, initial: EvaluationResult[], generation: number): () => void {
    const tenant = spec.context.tenantId ?? '';
    const subscriber: Subscriber = {
      ...spec,
      spec,
      last: new Map(initial.map((r) => [r.key, r])),
      generation,
      tenant,
    };
    this.all.add(subscriber);
    indexed(this.byTenant, tenant).add(subscriber);
    if (spec.keys === undefined) this.everyFlag.add(subscriber);
    else for (const key of spec.keys) indexed(this.byKey, key).add(subscriber);
    return () => {
      this.all.delete(subscriber);
      this.everyFlag.delete(subscriber);
      // Keys and tenants come from clients: an index entry must not outlive its last subscriber.
      unindex(this.byTenant, tenant, subscriber);
      for (const key of spec.keys ?? []) unindex(this.byKey, key, subscriber);
    };
  }

  /**
   * Re-evaluates one subscriber under a new context (its account's plan changed) and sends what that
   * changes; queued behind pending fan-outs so it works on the newest state.
   */
  changeContext(spec: SubscriberSpec, context: EvaluationContext): void {
    this.queue = this.queue
      .then(() => {
        const subscriber = [...(this.byTenant.get(context.tenantId ?? '') ?? [])].find(
          (s) => s.spec === spec,
        );
        if (!subscriber) return;
        subscriber.context = context;
        subscriber.generation = this.evaluator.generation;
        const set = this.evaluator.current();
        const changed: EvaluationResult[] = [];
        for (const result of this.evaluator.evaluateOn(set, context, subscriber.keys)) {
          if (!sameOutcome(subscriber.last.get(result.key), result)) changed.push(result);
          subscriber.last.set(result.key, result);
        }
        if (changed.length > 0)
          subscriber.send({ configRevision: set.revision, full: false, flags: changed });
      })
      .catch((err: unknown) =>
        this.logger.error({ err }, 'flag re-evaluation after a context change failed'),
      );
  }

  /** Resolves when every queued fan-out has been sent (tests and benchmarks wait on it). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Queued so that fan-outs run one after another, each over the change it was given. */
  private enqueue(change: EvaluationChange): void {
    this.queue = this.queue
      .then(() => this.fanOut(change))
      .catch((err: unknown) => this.logger.error({ err }, 'flag fan-out failed'));
  }

  /** Each subscriber the change can affect, with the keys to re-evaluate (undefined: every flag). */
  private targets(change: EvaluationChange): Map<Subscriber, readonly string[] | undefined> {
    const targets = new Map<Subscriber, readonly string[] | undefined>();
    const { tenants } = change;
    const flags = change.flags === 'all' ? 'all' : reachable(change);
    if (flags !== 'all' && flags.size === 0) return targets;
    if (tenants !== 'all') {
      for (const tenant of tenants) {
        for (const s of this.byTenant.get(tenant) ?? []) {
          const keys = flags === 'all' ? s.keys : (s.keys ?? [...flags]).filter((k) => flags.has(k));
          if (keys === undefined || keys.length > 0) targets.set(s, keys);
        }
      }
      return targets;
    }
    if (flags === 'all') {
      for (const s of this.all) targets.set(s, s.keys);
      return targets;
    }
    const affectedKeys = [...flags];
    for (const s of this.everyFlag) targets.set(s, affectedKeys);
    for (const key of affectedKeys) {
      for (const s of this.byKey.get(key) ?? []) {
        const held = targets.get(s) as string[] | undefined;
        if (held) held.push(key);
        else targets.set(s, [key]);
      }
    }
    return targets;
  }

  private async fanOut(change: EvaluationChange): Promise<void> {
    if (this.all.size === 0) return;
    const targets = this.targets(change);
    const json = memoizedJson();
    let handled = 0;
    for (const [subscriber, keys] of targets) {
      if (subscriber.generation >= change.generation) continue;
      subscriber.generation = change.generation;
      const changed: EvaluationResult[] = [];
      for (const result of this.evaluator.evaluateOn(change.next, subscriber.context, keys)) {
        const last = subscriber.last.get(result.key);
        if (!sameOutcome(last, result, json)) changed.push(result);
        subscriber.last.set(result.key, result);
      }
      if (changed.length > 0) {
        try {
          subscriber.send({ configRevision: change.next.revision, full: false, flags: changed });
        } catch (err) {
          // One client that stopped reading (its queue overflowed) must not stop the fan-out for the rest.
          this.logger.warn({ err }, 'flag update not delivered to one subscriber');
        }
      }
      // Keep each block of work short so sockets, timers and requests are not held up at 10,000 subscribers.
      if (++handled % BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

/**
 * The changed flags whose result can move for someone: a flag switched off before and after, with the same
 * off result, serves everyone the same (its kill switch decides before any overlay or targeting), so an edit
 * of its targeting reaches no subscriber. Its dependents stay: they are listed in the change themselves.
 */
function reachable(change: EvaluationChange): ReadonlySet<string> {
  const flags = change.flags as ReadonlySet<string>;
  if (change.previous === change.next) return flags;
  let kept: Set<string> | undefined;
  for (const key of flags) {
    const before = change.previous.flags.get(key);
    const after = change.next.flags.get(key);
    const silent =
      before !== undefined &&
      after !== undefined &&
      !before.enabled &&
      !after.enabled &&
      sameOutcome(before.offResults.DISABLED, after.offResults.DISABLED);
    if (silent) {
      kept ??= new Set(flags);
      kept.delete(key);
    }
  }
  return kept ?? flags;
}

function indexed<K>(index: Map<K, Set<Subscriber>>, key: K): Set<Subscriber> {
  let set = index.get(key);
  if (!set) {
    set = new Set();
    index.set(key, set);
  }
  return set;
}

function unindex<K>(index: Map<K, Set<Subscriber>>, key: K, subscriber: Subscriber): void {
  const holders = index.get(key);
  holders?.delete(subscriber);
  if (holders?.size === 0) index.delete(key);
}
