// Outcome counters in Redis: one hash per flag and time bucket, fields per latency bucket, variant and rule,
// incremented atomically (HINCRBY) by every instance and expired by Redis after the longest window.
import type { Redis } from 'ioredis';
import { unavailable as dependencyDown } from '../platform/errors.js';
import { GUARD_LIMITS } from './guard.js';
import { addToWindow, bucketSecondsFor, emptyWindow, type WindowCounts } from './guard-window.js';
import type { OutcomeCell, OutcomeCounter } from './outcome-counter.js';

export class RedisOutcomeCounter implements OutcomeCounter {
  constructor(
    private readonly redis: Redis,
    /** Read per call: the operator tenant is resolved after the services are built. */
    private readonly prefix: () => string,
  ) {}

  private key(flagKey: string, bucketSeconds: number, bucketStart: number): string {
    return `${this.prefix()}:guard:${flagKey}:${bucketSeconds}:${bucketStart}`;
  }

  async add(cells: readonly OutcomeCell[]): Promise<void> {
    if (cells.length === 0) return;
    const pipeline = this.redis.multi();
    const keys = new Set<string>();
    for (const c of cells) {
      const key = this.key(c.flagKey, c.bucketSeconds, c.bucketStart);
      keys.add(key);
      const field = `${c.latencyBucket}|${c.variant}|${c.ruleId}`;
      if (c.successes > 0) pipeline.hincrby(key, `s|${field}`, c.successes);
      if (c.errors > 0) pipeline.hincrby(key, `e|${field}`, c.errors);
    }
    // Kept past the longest window so any guard's window can still read it.
    for (const key of keys) pipeline.expire(key, GUARD_LIMITS.maxWindowSeconds + 120);
    await this.run(pipeline);
  }

  async read(
    flagKey: string,
    windowSeconds: number,
    fromBucket: number,
    variant?: string,
  ): Promise<WindowCounts> {
    const size = bucketSecondsFor(windowSeconds);
    const now = Math.floor(Date.now() / 1000 / size) * size;
    const pipeline = this.redis.pipeline();
    for (let start = fromBucket; start <= now; start += size)
      pipeline.hgetall(this.key(flagKey, size, start));
    const replies = await this.run(pipeline);
    const counts = emptyWindow();
    for (const [error, hash] of replies) {
      if (error) throw unavailable(error);
      for (const [field, value] of Object.entries(hash as Record<string, string>)) {
        const [kind, latency, cellVariant] = field.split('|');
        if (variant !== undefined && cellVariant !== variant) continue;
        const n = Number(value);
        addToWindow(counts, Number(latency), kind === 's' ? n : 0, kind === 'e' ? n : 0);
      }
    }
    return counts;
  }

  async prune(): Promise<void> {
    // Redis expires the buckets itself.
  }

  private async run(pipeline: ReturnType<Redis['pipeline']>): Promise<Array<[Error | null, unknown]>> {
    try {
      return ((await pipeline.exec()) ?? []) as Array<[Error | null, unknown]>;
    } catch (error) {
      throw unavailable(error);
    }
  }
}

const unavailable = (cause: unknown) => dependencyDown(cause);
