// Counts failed sign-ins per (account, address), per address and per account without locking the right
// password out from an address that has not failed; shared through Redis or PostgreSQL when configured.

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
import { addressGroup } from '../platform/client-address.js';
import { MAX_TIMER_MS } from '../platform/long-timer.js';

export interface LoginLimits {
  /** Failures allowed for one account from one address within `windowSeconds`; a success clears them. */
  perAccountAddress: number;
  /** Failures allowed from one address (an IPv6 /64) over all accounts within `windowSeconds`. */
  perAddress: number;
  windowSeconds: number;
  /**
   * Failures allowed for one account over all addresses within `accountWindowSeconds`. Past it, only
   * addresses that signed in to the account before (within `knownAddressSeconds`) may still try.
   */
  perAccount: number;
  accountWindowSeconds: number;
  knownAddressSeconds: number;
  /** Prefix of the store keys: tests keep their counters apart in a shared Redis or database. */
  keyPrefix: string;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccountAddress: 5,
  perAddress: 50,
  windowSeconds: 15 * 60,
  perAccount: 100,
  accountWindowSeconds: 24 * 60 * 60,
  knownAddressSeconds: 30 * 24 * 60 * 60,
  keyPrefix: 'login',
};

export type LimiterStore =
  | { kind: 'memory' }
  | { kind: 'redis'; client: Redis }
  | { kind: 'postgres'; pool: pg.Pool };

/** A counter in the shared store (Redis, else PostgreSQL, else memory), counting alone while it is away. */
export function makeLimiter(
  store: LimiterStore,
  opts: { keyPrefix: string; points: number; duration: number },
  // While the shared store is unreachable, this process keeps counting on its own instead of failing calls.
  insuranceLimiter: RateLimiterAbstract = new RateLimiterMemory(inMemory(opts)),
): RateLimiterAbstract {
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
  return new RateLimiterMemory(inMemory(opts));
}

/**
 * The memory store expires each key with a plain setTimeout, which fires after 1 ms for delays past 2^31-1 ms
 * (24.8 days): longer windows (the 30-day known-address memory) are capped there rather than lost at once.
 */
function inMemory<T extends { duration: number }>(opts: T): T {
  return { ...opts, duration: Math.min(opts.duration, Math.floor(MAX_TIMER_MS / 1000)) };
}

// Emails and addresses are personal data: the stores only ever see a digest.
const digest = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 32);

type Counted = readonly [RateLimiterAbstract, string];

export class LoginLimiter {
  private readonly byAccountAddress: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;
  /** (account, address) pairs that signed in: they keep working past the per-account cap. */
  private readonly known: RateLimiterAbstract;
  private readonly knownSeconds: number;

  constructor(store: LimiterStore, limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    const make = (name: string, points: number, duration: number): RateLimiterAbstract =>
      makeLimiter(store, { keyPrefix: `${limits.keyPrefix}_${name}`, points, duration });
    this.byAccountAddress = make('pair', limits.perAccountAddress, limits.windowSeconds);
    this.byAddress = make('addr', limits.perAddress, limits.windowSeconds);
    this.byAccount = make('account', limits.perAccount, limits.accountWindowSeconds);
    this.known = make('known', 1, limits.knownAddressSeconds);
    this.knownSeconds = limits.knownAddressSeconds;
  }

  /**
   * Counts an attempt before the password is checked (parallel guesses cannot all pass a read-only check);
   * a refused attempt gives its points back, so the counts are of password checks that did not succeed.
   * Returns the seconds to wait when the attempt is refused, else 0.
   */
  async consume(email: string, clientAddress: string): Promise<number> {
    const address = addressGroup(clientAddress);
    const pair: Counted = [this.byAccountAddress, digest(email, address)];
    // All at once, so a store that is down or hung costs one deadline; a refused attempt gives every point back.
    const [local, account] = await Promise.all([
      consumeAll([pair, [this.byAddress, digest(address)]]),
      consumeAll([[this.byAccount, digest(email)]]),
    ]);
    if (local.wait > 0) {
      await refund([...local.counted, ...account.counted]);
      return local.wait;
    }
    if (account.wait > 0 && !(await this.known.get(pair[1]))) {
      await refund([...local.counted, ...account.counted]);
      return account.wait;
    }
    return 0;
  }

  /** A success clears the pair's failures, remembers the address, and gives back its own attempt elsewhere. */
  async recordSuccess(email: string, clientAddress: string): Promise<void> {
    const address = addressGroup(clientAddress);
    const pairKey = digest(email, address);
    // The address's failures against other accounts stay: an account of one's own must not launder them.
    await Promise.all([
      this.byAccountAddress.delete(pairKey),
      this.byAddress.reward(digest(address), 1),
      this.byAccount.reward(digest(email), 1),
      this.known.set(pairKey, 1, this.knownSeconds),
    ]);
  }
}

/** Consumes a point from each; the wait is the longest among those over their limit (0 when none is). */
async function consumeAll(items: readonly Counted[]): Promise<{ wait: number; counted: Counted[] }> {
  const results = await Promise.allSettled(items.map(([limiter, key]) => limiter.consume(key)));
  const counted: Counted[] = [];
  let wait = 0;
  let failure: unknown;
  results.forEach((result, i) => {
    const item = items[i];
    if (result.status === 'rejected' && !(result.reason instanceof RateLimiterRes)) {
      failure ??= result.reason;
      return;
    }
    if (item) counted.push(item);
    if (result.status === 'rejected') {
      wait = Math.max(wait, Math.ceil(result.reason.msBeforeNext / 1000), 1);
    }
  });
  if (failure !== undefined) {
    await refund(counted);
    throw failure;
  }
  return { wait, counted };
}

const refund = (counted: readonly Counted[]) =>
  Promise.all(counted.map(([limiter, key]) => limiter.reward(key, 1)));
