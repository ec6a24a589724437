// The guarded rollout's statistics by seeded simulation: 200 A/A rollouts roll back in at most 5%, and a
// doubled error rate (5% -> 10%) is caught in at least 95% of runs within 2,000 outcomes per arm.
import { describe, expect, it } from 'vitest';
import { type ArmCounts, msprt } from './sequential-test.js';

/** mulberry32: a small seeded generator, so every run of this test draws the same outcomes. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const RUNS = 200;
const MAX_PER_ARM = 2000;
const CHECK_EVERY = 50;

/** One rollout: outcomes arrive in both arms, the test is checked every 50; the sample size at rollback. */
function rollout(random: () => number, control: number, treatment: number): number | null {
  const c: ArmCounts = { samples: 0, errors: 0 };
  const t: ArmCounts = { samples: 0, errors: 0 };
  for (let n = 1; n <= MAX_PER_ARM; n++) {
    c.samples++;
    t.samples++;
    if (random() < control) c.errors++;
    if (random() < treatment) t.errors++;
    if (n % CHECK_EVERY === 0 && msprt(c, t).regression) return n;
  }
  return null;
}

function simulate(seed: number, control: number, treatment: number) {
  const random = seeded(seed);
  const stops = Array.from({ length: RUNS }, () => rollout(random, control, treatment));
  const caught = stops.filter((s): s is number => s !== null).sort((x, y) => x - y);
  return { share: caught.length / RUNS, medianStop: caught[Math.floor(caught.length / 2)] ?? null };
}

describe('mSPRT on error rates', () => {
  it('rolls back at most 5% of 200 A/A rollouts monitored continuously', () => {
    for (const [seed, rate] of [
      [1, 0.05],
      [2, 0.01],
      [3, 0.2],
    ] as const) {
      expect(simulate(seed, rate, rate).share).toBeLessThanOrEqual(0.05);
    }
  });

  it('catches a doubled error rate in at least 95% of runs within 2,000 outcomes per arm', () => {
    const { share, medianStop } = simulate(4, 0.05, 0.1);
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(medianStop).toBeLessThan(MAX_PER_ARM);
  });

  it('never calls an improvement a regression, and says nothing without samples', () => {
    expect(msprt({ samples: 1000, errors: 100 }, { samples: 1000, errors: 10 }).regression).toBe(false);
    expect(msprt({ samples: 0, errors: 0 }, { samples: 10, errors: 10 })).toEqual({
      lambda: 1,
      difference: 0,
      regression: false,
    });
    expect(msprt({ samples: 1000, errors: 50 }, { samples: 1000, errors: 150 }).regression).toBe(true);
  });
});
