// The fallback counter: outcomes go to exactly one store, windows read both, and Redis away means the
// database alone counts (and Redis is not asked again for a second).
import { describe, expect, it } from 'vitest';
import { createLogger } from '../platform/logger.js';
import { FallbackOutcomeCounter } from './fallback-outcome-counter.js';
import type { WindowCounts } from './guard-window.js';
import { MemoryOutcomeCounter, type OutcomeCell, type OutcomeCounter, toCells } from './outcome-counter.js';

/** A counter whose store can be taken away, like a killed Redis. */
class BreakableCounter implements OutcomeCounter {
  broken = false;
  calls = 0;
  readonly inner = new MemoryOutcomeCounter();

  async add(cells: readonly OutcomeCell[]) {
    this.calls++;
    if (this.broken) throw new Error('connect ECONNREFUSED');
    await this.inner.add(cells);
  }

  async read(
    flagKey: string,
    windowSeconds: number,
    fromBucket: number,
    variant?: string,
  ): Promise<WindowCounts> {
    this.calls++;
    if (this.broken) throw new Error('connect ECONNREFUSED');
    return this.inner.read(flagKey, windowSeconds, fromBucket, variant);
  }

  async prune() {}
}

const AT = 1_800_000_000_000;
const cells = (errors: number, successes: number) =>
  toCells(
    [
      ...Array.from({ length: errors }, () => ({ error: true })),
      ...Array.from({ length: successes }, () => ({ error: false })),
    ].map((o) => ({ flagKey: 'f', variant: 'on', ruleId: '', latencyMs: 10, atMs: AT, ...o })),
    () => 60,
  );

describe('FallbackOutcomeCounter', () => {
  it('counts in the database while Redis is away, never twice, and reads both when it is back', async () => {
    let now = AT;
    const redis = new BreakableCounter();
    const database = new MemoryOutcomeCounter();
    const counter = new FallbackOutcomeCounter(redis, database, createLogger('silent'), () => now);
    const read = () => counter.read('f', 60, 0);

    await counter.add(cells(2, 1));
    expect(await read()).toMatchObject({ samples: 3, errors: 2 });
    expect((await database.read('f', 60, 0)).samples).toBe(0);

    redis.broken = true;
    await counter.add(cells(3, 0));
    // Redis's counts are out of reach: the window counts the fallback's alone.
    expect(await read()).toMatchObject({ samples: 3, errors: 3 });
    const asked = redis.calls;
    await counter.add(cells(1, 0));
    expect(redis.calls).toBe(asked);
    expect((await database.read('f', 60, 0)).samples).toBe(4);

    redis.broken = false;
    now += 1000;
    expect(await read()).toMatchObject({ samples: 7, errors: 6 });
    await counter.add(cells(0, 1));
    expect((await redis.inner.read('f', 60, 0)).samples).toBe(4);
    expect(await read()).toMatchObject({ samples: 8, errors: 6 });
  });
});
