// The pure arithmetic of a guard's sliding window: time buckets, log-scale latency buckets, p95, and the verdict.
import type { GuardConfig, GuardFigures } from './guard.js';

/** Latency buckets grow by 10%: a p95 read from them is within 10% of the true one. */
const GROWTH = Math.log(1.1);
export const MAX_LATENCY_BUCKET = 200;
export const NO_LATENCY = -1;

export function latencyBucket(ms: number | null | undefined): number {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return NO_LATENCY;
  return Math.min(MAX_LATENCY_BUCKET, Math.ceil(Math.log1p(ms) / GROWTH));
}

/** The upper bound (ms) of a latency bucket, rounded to whole milliseconds. */
export const bucketUpperMs = (bucket: number) => Math.round(Math.expm1(bucket * GROWTH));

/** A window is kept in about 60 time buckets, so reading it costs the same whatever its length. */
export const bucketSecondsFor = (windowSeconds: number) => Math.max(1, Math.ceil(windowSeconds / 60));

/** The first bucket start counted for a window ending now. */
export function windowStart(nowMs: number, windowSeconds: number): number {
  const size = bucketSecondsFor(windowSeconds);
  return Math.floor((nowMs - windowSeconds * 1000) / 1000 / size) * size;
}

/**
 * Where a guard's outcomes are counted: the flag key and the time its status began. A re-armed or probing
 * guard counts afresh from that moment on every instance, and old errors cannot re-trip it.
 */
export const counterKey = (flagKey: string, sinceIso: string) => `${flagKey}@${Date.parse(sinceIso)}`;

export const bucketStartOf = (atMs: number, windowSeconds: number) => {
  const size = bucketSecondsFor(windowSeconds);
  return Math.floor(atMs / 1000 / size) * size;
};

/** Counts in a window: totals and the latency histogram (bucket -> outcomes). */
export interface WindowCounts {
  samples: number;
  errors: number;
  latency: Map<number, number>;
}

export const emptyWindow = (): WindowCounts => ({ samples: 0, errors: 0, latency: new Map() });

export function addToWindow(
  into: WindowCounts,
  latency: number,
  successes: number,
  errors: number,
): WindowCounts {
  into.samples += successes + errors;
  into.errors += errors;
  if (latency !== NO_LATENCY)
    into.latency.set(latency, (into.latency.get(latency) ?? 0) + successes + errors);
  return into;
}

export function p95(latency: ReadonlyMap<number, number>): number | null {
  let total = 0;
  for (const n of latency.values()) total += n;
  if (total === 0) return null;
  const rank = Math.ceil(total * 0.95);
  let seen = 0;
  for (const bucket of [...latency.keys()].sort((a, b) => a - b)) {
    seen += latency.get(bucket) ?? 0;
    if (seen >= rank) return bucketUpperMs(bucket);
  }
  return null;
}

export type Verdict = 'BREACH' | 'HEALTHY' | 'TOO_FEW';

/** Breach: at least minSamples in the window and the metric (or, with latency, the error rate) above its limit. */
export function judge(
  config: GuardConfig,
  counts: WindowCounts,
): { verdict: Verdict; figures: GuardFigures } {
  const errorRate = counts.samples === 0 ? 0 : counts.errors / counts.samples;
  const latencyP95 = p95(counts.latency);
  const figures: GuardFigures = {
    samples: counts.samples,
    errors: counts.errors,
    errorRate,
    p95LatencyMs: latencyP95,
    metric: config.metric,
    threshold: config.threshold,
    windowSeconds: config.windowSeconds,
  };
  if (counts.samples < config.minSamples) return { verdict: 'TOO_FEW', figures };
  const breach =
    config.metric === 'ERROR_RATE'
      ? errorRate > config.threshold
      : (latencyP95 !== null && latencyP95 > config.threshold) ||
        (config.errorRateThreshold !== null && errorRate > config.errorRateThreshold);
  return { verdict: breach ? 'BREACH' : 'HEALTHY', figures };
}
