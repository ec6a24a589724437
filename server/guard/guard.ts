// A guard on a flag: what it watches (error rate, optionally p95 latency), when it trips, what it does, and
// its breaker state (CLOSED / OPEN / HALF_OPEN), all in one versioned content so every trip is a revision.
import type { FieldIssue } from '../platform/errors.js';

export const GUARD_METRICS = ['ERROR_RATE', 'P95_LATENCY'] as const;
export type GuardMetric = (typeof GUARD_METRICS)[number];
export const GUARD_ACTIONS = ['OFF', 'ROLLBACK'] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];
export const HALF_OPEN_POLICIES = ['MANUAL', 'AUTO'] as const;
export type HalfOpenPolicy = (typeof HALF_OPEN_POLICIES)[number];
export const GUARD_STATUSES = ['CLOSED', 'OPEN', 'HALF_OPEN'] as const;
export type GuardStatus = (typeof GUARD_STATUSES)[number];

/** What ops set. */
export interface GuardConfig {
  metric: GuardMetric;
  /** ERROR_RATE: a share (0 < t < 1) of errors; P95_LATENCY: milliseconds. */
  threshold: number;
  /** With P95_LATENCY, the error rate still trips the guard above this share (absent: only latency). */
  errorRateThreshold: number | null;
  windowSeconds: number;
  minSamples: number;
  action: GuardAction;
  coolDownSeconds: number;
  halfOpen: HalfOpenPolicy;
  /** HALF_OPEN only: the share of tenants (0 < p <= 1) that get the flag back while the probe runs. */
  probeShare: number;
}

/** The figures a decision was made on. */
export interface GuardFigures {
  samples: number;
  errors: number;
  errorRate: number;
  p95LatencyMs: number | null;
  /** Which limit was crossed (or, for a close, held). */
  metric: GuardMetric;
  threshold: number;
  windowSeconds: number;
}

export interface GuardState {
  status: GuardStatus;
  /** When the status began; outcomes before it do not count (a re-armed guard starts afresh). */
  since: string;
  /** The last trip: its figures and time; kept after a close for the record. */
  lastTrip: (GuardFigures & { at: string; flagRevision: number | null; rolledBackTo: number | null }) | null;
  /** The flag revision in force when the guard was last armed: ROLLBACK returns to it. */
  healthyFlagRevision: number | null;
}

export interface GuardContent extends GuardConfig {
  state: GuardState;
}

export interface Guard extends GuardContent {
  flagKey: string;
  revision: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const GUARD_LIMITS = {
  maxWindowSeconds: 86_400,
  minWindowSeconds: 10,
  maxCoolDownSeconds: 86_400,
  maxMinSamples: 1_000_000,
  maxLatencyMs: 600_000,
} as const;

/** Only the configuration: the state is never written through the config API. */
export const configOf = (content: GuardConfig): GuardConfig => ({
  metric: content.metric,
  threshold: content.threshold,
  errorRateThreshold: content.errorRateThreshold,
  windowSeconds: content.windowSeconds,
  minSamples: content.minSamples,
  action: content.action,
  coolDownSeconds: content.coolDownSeconds,
  halfOpen: content.halfOpen,
  probeShare: content.probeShare,
});

export function canonicalGuardContent(content: GuardContent): GuardContent {
  const state = content.state;
  return {
    ...configOf(content),
    state: {
      status: state.status,
      since: state.since,
      lastTrip: state.lastTrip ?? null,
      healthyFlagRevision: state.healthyFlagRevision ?? null,
    },
  };
}

export function guardConfigIssues(config: GuardConfig): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const limit = (path: string, ok: boolean, message: string) => {
    if (!ok) issues.push({ path: `input.${path}`, message });
  };
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  if (config.metric === 'ERROR_RATE') {
    limit('threshold', config.threshold > 0 && config.threshold < 1, 'must be a share between 0 and 1');
    limit('errorRateThreshold', config.errorRateThreshold === null, 'only with the P95_LATENCY metric');
  } else {
    limit(
      'threshold',
      whole(config.threshold, 1, GUARD_LIMITS.maxLatencyMs),
      `must be whole milliseconds, 1 to ${GUARD_LIMITS.maxLatencyMs}`,
    );
    limit(
      'errorRateThreshold',
      config.errorRateThreshold === null || (config.errorRateThreshold > 0 && config.errorRateThreshold < 1),
      'must be a share between 0 and 1',
    );
  }
  limit(
    'windowSeconds',
    whole(config.windowSeconds, GUARD_LIMITS.minWindowSeconds, GUARD_LIMITS.maxWindowSeconds),
    `must be whole seconds, ${GUARD_LIMITS.minWindowSeconds} to ${GUARD_LIMITS.maxWindowSeconds}`,
  );
  limit(
    'minSamples',
    whole(config.minSamples, 1, GUARD_LIMITS.maxMinSamples),
    `must be 1 to ${GUARD_LIMITS.maxMinSamples}`,
  );
  limit(
    'coolDownSeconds',
    whole(config.coolDownSeconds, 0, GUARD_LIMITS.maxCoolDownSeconds),
    `must be whole seconds, 0 to ${GUARD_LIMITS.maxCoolDownSeconds}`,
  );
  limit('probeShare', config.probeShare > 0 && config.probeShare <= 1, 'must be a share above 0, at most 1');
  return issues;
}

/** "error rate 0.600 (6 of 10) > 0.05 over 300 s": the figures as a revision reason reads them. */
export function describeFigures(f: GuardFigures): string {
  const rate = `error rate ${f.errorRate.toFixed(3)} (${f.errors} of ${f.samples})`;
  const p95 = f.p95LatencyMs === null ? '' : `, p95 ${f.p95LatencyMs} ms`;
  const limit = f.metric === 'ERROR_RATE' ? `error rate ${f.threshold}` : `p95 ${f.threshold} ms`;
  return `${rate}${p95}; limit ${limit} over ${f.windowSeconds} s`;
}
