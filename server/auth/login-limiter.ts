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
  /** Failures allowed per email within the window. */
  perEmail: number;
  /** Failures allowed per client address within the window. */
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

  /** Seconds until another attempt is allowed, or 0 when the caller may try now. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [e, a] = await Promise.all([this.byEmail.get(digest(email)), this.byAddress.get(digest(address))]);
    const blocked = [
      [e, this.byEmail.points],
      [a, this.byAddress.points],
    ] as const;
    let wait = 0;
    for (const [res, points] of blocked) {
      if (res && res.consumedPoints >= points) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
    }
    return wait;
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.byEmail.penalty(digest(email), 1),
      this.byAddress.penalty(digest(address), 1),
    ]).catch((error: unknown) => {
      if (!(error instanceof RateLimiterRes)) throw error;
    });
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(digest(email));
  }
}
