// Counts failed sign-ins per email and per client address; shared through Redis or PostgreSQL when configured.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

export interface LoginLimits {
  /** Sign-in attempts allowed per email within the window (a success clears the count). */
  perEmail: number;
  /** Sign-in attempts allowed per client address within the window (a success gives its attempt back). */
  perAddress: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perEmail: 5, perAddress: 30, windowSeconds: 15 * 60 };

export type LimiterStore =
  | { kind: 'memory' }
  | { kind: 'redis'; client: Redis }
  | { kind: 'postgres'; pool: pg.Pool };

// Emails are personal data: the stores only ever see a digest.
const digest = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 32);

export class LoginLimiter {
  private readonly byEmail: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(store: LimiterStore, limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const opts = { keyPrefix, points, duration: limits.windowSeconds };
      // While the shared store is unreachable, this process keeps counting on its own instead of failing logins.
      const insuranceLimiter = new RateLimiterMemory(opts);
      if (store.kind === 'redis') {
        return new RateLimiterRedis({
          ...opts,
          storeClient: store.client,
          insuranceLimiter,
          rejectIfRedisNotReady: true,
        });
      }
      if (store.kind === 'postgres') {
        return new RateLimiterPostgres({
          ...opts,
          storeClient: store.pool,
          tableName: 'rate_limits',
          tableCreated: true,
          insuranceLimiter,
        });
      }
      return new RateLimiterMemory(opts);
    };
    this.byEmail = make('login_email', limits.perEmail);
    this.byAddress = make('login_addr', limits.perAddress);
  }

  /**
   * Counts an attempt before the password is checked (parallel guesses cannot all pass a read-only check).
   * Returns the seconds to wait when the email or the address is over its limit, else 0.
   */
  async consume(email: string, address: string): Promise<number> {
    const results = await Promise.allSettled([
      this.byEmail.consume(digest(email)),
      this.byAddress.consume(digest(address)),
    ]);
    let wait = 0;
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
      wait = Math.max(wait, Math.ceil(result.reason.msBeforeNext / 1000), 1);
    }
    return wait;
  }

  /** A successful sign-in clears the email's count and gives the address its attempt back. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.delete(digest(email)), this.byAddress.reward(digest(address), 1)]);
  }
}
