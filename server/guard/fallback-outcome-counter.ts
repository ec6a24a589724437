// Outcome counters that survive Redis going away: every outcome is added to exactly one store (Redis, or the
// database while Redis is down), and a window reads both, so nothing is counted twice and a window keeps
// counting (from the fallback alone) while Redis is away.
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { WindowCounts } from './guard-window.js';
import type { OutcomeCell, OutcomeCounter } from './outcome-counter.js';

/** After a failure, Redis is not asked again for this long (each attempt costs its retries). */
const RETRY_AFTER_MS = 1000;

export class FallbackOutcomeCounter implements OutcomeCounter {
  private downUntil = 0;

  constructor(
    private readonly primary: OutcomeCounter,
    private readonly fallback: OutcomeCounter,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async add(cells: readonly OutcomeCell[]): Promise<void> {
    if (this.up()) {
      try {
        await this.primary.add(cells);
        return;
      } catch (err) {
        this.down(err);
      }
    }
    await this.fallback.add(cells);
  }

  async read(
    flagKey: string,
    windowSeconds: number,
    fromBucket: number,
    variant?: string,
  ): Promise<WindowCounts> {
    const counts = await this.fallback.read(flagKey, windowSeconds, fromBucket, variant);
    if (!this.up()) return counts;
    try {
      const held = await this.primary.read(flagKey, windowSeconds, fromBucket, variant);
      counts.samples += held.samples;
      counts.errors += held.errors;
      for (const [bucket, n] of held.latency)
        counts.latency.set(bucket, (counts.latency.get(bucket) ?? 0) + n);
      return counts;
    } catch (err) {
      this.down(err);
      return counts;
    }
  }

  async prune(beforeSeconds: number): Promise<void> {
    await Promise.all([this.primary.prune(beforeSeconds), this.fallback.prune(beforeSeconds)]);
  }

  private up(): boolean {
    return this.now() >= this.downUntil;
  }

  private down(err: unknown): void {
    if (this.up())
      this.logger.warn(
        { err: safeError(err) },
        'outcome counters: Redis unavailable, counting in the database',
      );
    this.downUntil = this.now() + RETRY_AFTER_MS;
  }
}
