// The guard's window arithmetic: latency buckets and p95, bucket sizes, and the verdict on each metric.
import { describe, expect, it } from 'vitest';
import type { GuardConfig } from './guard.js';
import {
  addToWindow,
  bucketSecondsFor,
  emptyWindow,
  judge,
  latencyBucket,
  NO_LATENCY,
  p95,
  windowStart,
} from './guard-window.js';
import { MemoryOutcomeCounter, toCells } from './outcome-counter.js';

const config: GuardConfig = {
  metric: 'ERROR_RATE',
  threshold: 0.05,
  errorRateThreshold: null,
  windowSeconds: 300,
  minSamples: 10,
  action: 'OFF',
  coolDownSeconds: 60,
  halfOpen: 'MANUAL',
  probeShare: 0.1,
};

const window = (successes: number, errors: number, latencyMs?: number) =>
  addToWindow(emptyWindow(), latencyBucket(latencyMs), successes, errors);

describe('latency buckets', () => {
  it('reads p95 within 10% of the true value', () => {
    const counts = emptyWindow();
    for (let ms = 1; ms <= 1000; ms++) addToWindow(counts, latencyBucket(ms), 1, 0);
    const value = p95(counts.latency) ?? 0;
    expect(value).toBeGreaterThanOrEqual(950);
    expect(value).toBeLessThanOrEqual(950 * 1.1);
  });

  it('has no p95 without latencies, and ignores missing or negative ones', () => {
    expect(p95(new Map())).toBeNull();
    expect(latencyBucket(null)).toBe(NO_LATENCY);
    expect(latencyBucket(-5)).toBe(NO_LATENCY);
    expect(p95(window(3, 0).latency)).toBeNull();
  });
});

describe('the window', () => {
  it('keeps about 60 buckets whatever its length, and starts a window back', () => {
    expect(bucketSecondsFor(60)).toBe(1);
    expect(bucketSecondsFor(300)).toBe(5);
    expect(bucketSecondsFor(86_400)).toBe(1440);
    expect(windowStart(1_000_000_000, 300)).toBe(1_000_000 - 300);
  });

  it('sums a flag window from the memory counter, leaving out older buckets and other flags', async () => {
    const counter = new MemoryOutcomeCounter();
    const at = 1_700_000_000_000;
    const record = (flagKey: string, error: boolean, atMs: number) => ({
      flagKey,
      variant: 'on',
      ruleId: '',
      error,
      latencyMs: 10,
      atMs,
    });
    await counter.add(
      toCells(
        [
          record('a', true, at),
          record('a', false, at),
          record('a', false, at + 1000),
          record('a', true, at - 400_000),
          record('b', true, at),
        ],
        () => 300,
      ),
    );
    const counts = await counter.read('a', 300, windowStart(at + 1000, 300));
    expect({ samples: counts.samples, errors: counts.errors }).toEqual({ samples: 3, errors: 1 });
  });
});

describe('the verdict', () => {
  it('waits for the minimum samples, then trips only above the threshold', () => {
    expect(judge(config, window(0, 9)).verdict).toBe('TOO_FEW');
    expect(judge(config, window(9, 1)).verdict).toBe('BREACH');
    expect(judge(config, window(19, 1)).verdict).toBe('HEALTHY');
    expect(judge(config, window(19, 1)).figures).toMatchObject({ samples: 20, errors: 1, errorRate: 0.05 });
  });

  it('on P95_LATENCY trips on latency, and on the error rate when one is set', () => {
    const latency: GuardConfig = {
      ...config,
      metric: 'P95_LATENCY',
      threshold: 500,
      errorRateThreshold: 0.5,
    };
    expect(judge(latency, window(10, 0, 100)).verdict).toBe('HEALTHY');
    expect(judge(latency, window(10, 0, 900)).verdict).toBe('BREACH');
    expect(judge(latency, window(4, 6, 100)).verdict).toBe('BREACH');
    expect(judge({ ...latency, errorRateThreshold: null }, window(4, 6, 100)).verdict).toBe('HEALTHY');
  });
});
