// Per-key request limits from the key's tenant settings (`rateLimit.requestsPerMinute`), counted in the
// shared store so every instance sees one count; a tenant without the setting is not limited.

import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { type LimiterStore, makeLimiter } from '../auth/login-limiter.js';

const WINDOW_SECONDS = 60;
// The limit differs per tenant and may change at any time: count freely, compare with the limit in force.
const UNBOUNDED = 1_000_000_000;

export class ApiKeyRateLimit {
  private readonly counter: RateLimiterAbstract;

  constructor(store: LimiterStore, keyPrefix: string) {
    this.counter = makeLimiter(store, {
      keyPrefix: `${keyPrefix}_apikey`,
      points: UNBOUNDED,
      duration: WINDOW_SECONDS,
    });
  }

  /** Counts one request of the key; the seconds to wait when it is over `perMinute`, else 0. */
  async consume(apiKeyId: string, perMinute: number | undefined): Promise<number> {
    if (perMinute === undefined) return 0;
    const res: RateLimiterRes = await this.counter.consume(apiKeyId);
    return res.consumedPoints > perMinute ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  }
}
