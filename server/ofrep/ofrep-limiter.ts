// Requests per credential on the OFREP endpoints, counted in Redis or PostgreSQL when configured so every
// instance shares one budget; a store that is slow or down never holds up evaluation.
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { LimiterStore } from '../auth/login-limiter.js';

export interface OfrepRate {
  points: number;
  seconds: number;
}

/** Past this, the shared store is skipped for the request and this process counts alone. */
const STORE_WAIT_MS = 200;

export class OfrepLimiter {
  private readonly shared: RateLimiterAbstract;
  private readonly local: RateLimiterAbstract;

  constructor(store: LimiterStore, rate: OfrepRate, keyPrefix = 'ofrep') {
    const opts = { keyPrefix, points: rate.points, duration: rate.seconds };
    this.local = new RateLimiterMemory(opts);
    this.shared =
      store.kind === 'redis'
        ? new RateLimiterRedis({
            ...opts,
            storeClient: store.client,
            insuranceLimiter: this.local,
            rejectIfRedisNotReady: true,
          })
        : store.kind === 'postgres'
          ? new RateLimiterPostgres({
              ...opts,
              storeClient: store.pool,
              tableName: 'rate_limits',
              tableCreated: true,
              insuranceLimiter: this.local,
            })
          : this.local;
  }

  /** Counts one request for `principal`; the whole seconds to wait when over the budget, else 0. */
  async consume(principal: string): Promise<number> {
    try {
      await withDeadline(this.shared.consume(principal), STORE_WAIT_MS);
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      // The store answered nothing in time (or failed without insurance): count in this process.
      try {
        await this.local.consume(principal);
        return 0;
      } catch (localError) {
        if (localError instanceof RateLimiterRes)
          return Math.max(1, Math.ceil(localError.msBeforeNext / 1000));
        throw localError;
      }
    }
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('rate limit store did not answer in time')), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
