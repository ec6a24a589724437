// Counts GraphQL operations per bucket (global, role, tenant, caller, monitoring) in the shared store:
// Redis when set, else PostgreSQL, else memory (the embedded database is one instance). A store that is
// down or slow never fails a request: this process counts alone meanwhile, and says so once a minute.
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type LimiterStore, makeLimiter } from '../auth/login-limiter.js';
import type { Logger } from '../platform/logger.js';
import type { Bucket, RateLevel } from './rate-limit-policy.js';

export const RATE_WINDOW_SECONDS = 60;
/** Past this, the shared store is skipped for the request and this process counts alone. */
const STORE_WAIT_MS = 200;
// Limits differ per bucket and may change at any time (tenant settings): count freely, compare with the
// limit in force. One counter for every level keeps one store round trip per bucket and one code path.
const UNBOUNDED = 2_000_000_000;
const WARN_EVERY_MS = 60_000;
/** After the store failed or was too slow, this process counts alone this long before trying it again. */
const STORE_BACKOFF_MS = 5_000;

const LEVELS: readonly RateLevel[] = ['global', 'role', 'tenant', 'user', 'apiKey', 'address', 'monitoring'];

export interface RateRefusal {
  level: RateLevel;
  retryAfterSeconds: number;
}

export class RateLimits {
  private readonly shared: RateLimiterAbstract;
  private readonly local: RateLimiterAbstract;
  private lastWarning = 0;
  private skipStoreUntil = 0;
  /** Operations refused per level since start (read by /metrics). */
  readonly refused = new Map<RateLevel, number>(LEVELS.map((level) => [level, 0]));

  constructor(
    store: LimiterStore,
    keyPrefix: string,
    private readonly logger: Logger,
  ) {
    const opts = { keyPrefix: `${keyPrefix}_api`, points: UNBOUNDED, duration: RATE_WINDOW_SECONDS };
    // One memory counter both for the store's own fallback (down) and for a store too slow to wait for.
    this.local = new RateLimiterMemory(opts);
    this.shared = store.kind === 'memory' ? this.local : makeLimiter(store, opts, this.local);
  }

  /** Counts one operation in every bucket; the first bucket over its limit (longest wait), if any. */
  async consume(buckets: readonly Bucket[]): Promise<RateRefusal | undefined> {
    if (buckets.length === 0) return undefined;
    const counts = await Promise.all(buckets.map((b) => this.count(b.key)));
    let refusal: RateRefusal | undefined;
    buckets.forEach((bucket, i) => {
      const res = counts[i];
      if (!res || res.consumedPoints <= bucket.limit) return;
      const wait = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      if (!refusal || wait > refusal.retryAfterSeconds)
        refusal = { level: bucket.level, retryAfterSeconds: wait };
    });
    if (refusal) this.refused.set(refusal.level, (this.refused.get(refusal.level) ?? 0) + 1);
    return refusal;
  }

  private async count(key: string): Promise<RateLimiterRes | undefined> {
    try {
      // A hung store must not cost every request its deadline, nor hold the pool's connections.
      if (Date.now() < this.skipStoreUntil) return await this.local.consume(key);
      return await withDeadline(this.shared.consume(key), STORE_WAIT_MS);
    } catch (error) {
      if (error instanceof RateLimiterRes) return error;
      this.skipStoreUntil = Date.now() + STORE_BACKOFF_MS;
      this.warn(error);
      try {
        return await this.local.consume(key);
      } catch (localError) {
        // Fail open: a limiter that cannot count must not refuse or fail the operation.
        return localError instanceof RateLimiterRes ? localError : undefined;
      }
    }
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(
      { err: { message } },
      'rate limit store unavailable; counting in this process meanwhile',
    );
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('rate limit store did not answer in time')), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
