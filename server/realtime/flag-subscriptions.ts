// Live flag subscribers: each holds its context and last results; a change re-evaluates only the
// subscribers holding an affected flag and sends each just the flags whose result changed for it.
import type { CompiledFlagSet } from '../evaluation/compile.js';
import type { EvaluationContext, EvaluationResult, Overlays } from '../evaluation/definitions.js';
import { evaluateAll } from '../evaluation/evaluate.js';
import type { Logger } from '../platform/logger.js';
import { affectedFlags } from './affected-flags.js';

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
  last: Map<string, EvaluationResult>;
  /** The configuration revision `last` reflects: older fan-outs still queued must skip this subscriber. */
  revision: number;
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

export class FlagSubscriptions {
  private readonly all = new Set<Subscriber>();
  private readonly everyFlag = new Set<Subscriber>();
  private readonly byKey = new Map<string, Set<Subscriber>>();
  private fanout: Promise<void> = Promise.resolve();

  constructor(
    private readonly overlays: Overlays,
    private readonly logger: Logger,
  ) {}

  get size(): number {
    return this.all.size;
  }

  /** Flag keys with at least one subscriber holding just them (entries go with their last subscriber). */
  get indexedKeys(): number {
    return this.byKey.size;
  }

  /**
   * Registers a subscriber whose client already holds `initial` (evaluated on `set`); synchronous, so no
   * change can slip between the initial results and the registration.
   */
  register(spec: SubscriberSpec, initial: EvaluationResult[], revision: number): () => void {
    const subscriber: Subscriber = { ...spec, last: new Map(initial.map((r) => [r.key, r])), revision };
    this.all.add(subscriber);
    if (spec.keys === undefined) this.everyFlag.add(subscriber);
    else for (const key of spec.keys) this.index(key).add(subscriber);
    return () => {
      this.all.delete(subscriber);
      this.everyFlag.delete(subscriber);
      for (const key of spec.keys ?? []) {
        const holders = this.byKey.get(key);
        holders?.delete(subscriber);
        // Keys come from clients: an index entry must not outlive its last subscriber.
        if (holders?.size === 0) this.byKey.delete(key);
      }
    };
  }

  evaluate(set: CompiledFlagSet, context: EvaluationContext, keys?: readonly string[]): EvaluationResult[] {
    return evaluateAll(set, context, this.overlays, keys);
  }

  /** Queued so that fan-outs run one after another, each over the change it was given. */
  onSwap(previous: CompiledFlagSet, next: CompiledFlagSet): void {
    this.fanout = this.fanout
      .then(() => this.fanOut(previous, next))
      .catch((err: unknown) => this.logger.error({ err }, 'flag fan-out failed'));
  }

  /** Resolves when every queued fan-out has been sent (tests and benchmarks wait on it). */
  idle(): Promise<void> {
    return this.fanout;
  }

  private index(key: string): Set<Subscriber> {
    let set = this.byKey.get(key);
    if (!set) {
      set = new Set();
      this.byKey.set(key, set);
    }
    return set;
  }

  private async fanOut(previous: CompiledFlagSet, next: CompiledFlagSet): Promise<void> {
    if (this.all.size === 0) return;
    const affected = affectedFlags(previous, next);
    if (affected.size === 0) return;
    const affectedKeys = [...affected];
    // Each target with the affected keys it holds: every one for whole-set subscribers.
    const targets = new Map<Subscriber, readonly string[]>();
    for (const s of this.everyFlag) targets.set(s, affectedKeys);
    for (const key of affectedKeys) {
      for (const s of this.byKey.get(key) ?? []) {
        const held = targets.get(s) as string[] | undefined;
        if (held) held.push(key);
        else targets.set(s, [key]);
      }
    }
    const json = memoizedJson();
    let handled = 0;
    for (const [subscriber, keys] of targets) {
      if (subscriber.revision >= next.revision) continue;
      subscriber.revision = next.revision;
      const changed: EvaluationResult[] = [];
      for (const result of evaluateAll(next, subscriber.context, this.overlays, keys)) {
        const last = subscriber.last.get(result.key);
        if (!sameOutcome(last, result, json)) changed.push(result);
        subscriber.last.set(result.key, result);
      }
      if (changed.length > 0) {
        try {
          subscriber.send({ configRevision: next.revision, full: false, flags: changed });
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
