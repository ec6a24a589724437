// A release plan on a flag (a guarded rollout): steps of treatment traffic with minimum durations and samples,
// the treatment and control variants, the monitored metrics, and its progress, all one versioned content.
import type { Serve } from '../evaluation/definitions.js';
import type { ArmCounts } from '../guard/sequential-test.js';
import type { FieldIssue } from '../platform/errors.js';

export const PLAN_STATUSES = ['RUNNING', 'PAUSED', 'COMPLETED', 'ROLLED_BACK', 'ABORTED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanStep {
  /** The treatment's share of the flag's fallthrough, percent (0 < p <= 100, two decimals at most). */
  percent: number;
  /** The step lasts at least this long before it may advance. */
  minDurationSeconds: number;
  /** Each arm needs this many outcomes during the step before it may advance. */
  minSamples: number;
}

/** What ops set. */
export interface PlanConfig {
  treatment: string;
  control: string;
  steps: PlanStep[];
  /** The sequential test's false-alarm rate under continuous monitoring. */
  alpha: number;
  /** The mSPRT mixing prior's standard deviation: the difference of error rates cared about. */
  tau: number;
  /** Optional latency guardrail: a regression when the treatment's p95 exceeds control's by more than this share. */
  p95Tolerance: number | null;
}

/** One arm's figures: outcomes, errors, rate and p95 over the run so far. */
export interface ArmFigures extends ArmCounts {
  errorRate: number;
  p95LatencyMs: number | null;
}

/** The statistics a check (and every transition) was decided on. */
export interface PlanStatistics {
  control: ArmFigures;
  treatment: ArmFigures;
  /** Outcomes per arm in the current step (the minimum-samples rule). */
  stepControlSamples: number;
  stepTreatmentSamples: number;
  lambda: number;
  difference: number;
  /** 1 / alpha: lambda at or above it is a significant regression. */
  boundary: number;
  verdict: PlanVerdict;
}

export const PLAN_VERDICTS = [
  'NO_DATA',
  'CONTINUE',
  'HEALTHY',
  'ERROR_REGRESSION',
  'LATENCY_REGRESSION',
] as const;
export type PlanVerdict = (typeof PLAN_VERDICTS)[number];

export interface PlanState {
  status: PlanStatus;
  /** Index into steps of the traffic in force. */
  step: number;
  /** When the current step began (the minimum duration counts from it). */
  stepSince: string;
  /** Counter epoch: outcomes of this run are counted under it (a restart counts afresh). */
  run: string;
  /** Each arm's outcomes when the step began, so the step's own samples are the difference. */
  stepStart: { control: ArmCounts; treatment: ArmCounts };
  /** The statistics of the last transition (advance, rollback, completion). */
  last: PlanStatistics | null;
}

export interface PlanContent extends PlanConfig {
  state: PlanState;
}

export interface ReleasePlan extends PlanContent {
  flagKey: string;
  revision: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const PLAN_LIMITS = {
  maxSteps: 10,
  maxDurationSeconds: 86_400,
  maxMinSamples: 1_000_000,
} as const;

export const DEFAULT_STEPS: PlanStep[] = [1, 5, 25, 50, 100].map((percent) => ({
  percent,
  minDurationSeconds: 3600,
  minSamples: 200,
}));

export const configOf = (c: PlanConfig): PlanConfig => ({
  treatment: c.treatment,
  control: c.control,
  steps: c.steps.map((s) => ({
    percent: s.percent,
    minDurationSeconds: s.minDurationSeconds,
    minSamples: s.minSamples,
  })),
  alpha: c.alpha,
  tau: c.tau,
  p95Tolerance: c.p95Tolerance ?? null,
});

export const canonicalPlanContent = (c: PlanContent): PlanContent => ({
  ...configOf(c),
  state: {
    status: c.state.status,
    step: c.state.step,
    stepSince: c.state.stepSince,
    run: c.state.run,
    stepStart: c.state.stepStart,
    last: c.state.last ?? null,
  },
});

/** Live plans hold the flag's fallthrough; finished ones leave it where they left it. */
export const isLive = (p: Pick<PlanContent, 'state'>) =>
  p.state.status === 'RUNNING' || p.state.status === 'PAUSED';

/** The fallthrough serving `percent` to the treatment: treatment first, so raising it only adds users. */
export function splitServe(
  config: Pick<PlanConfig, 'treatment' | 'control'>,
  percent: number,
  previous: Serve,
): Serve {
  const stickiness = previous.rollout?.stickiness;
  return {
    rollout: {
      weights: [
        { variant: config.treatment, weight: percent },
        { variant: config.control, weight: Math.round((100 - percent) * 100) / 100 },
      ],
      ...(stickiness === undefined ? {} : { stickiness }),
    },
  };
}

export function planConfigIssues(config: PlanConfig, variants: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const limit = (path: string, ok: boolean, message: string) => {
    if (!ok) issues.push({ path: `input.${path}`, message });
  };
  const whole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;
  limit('treatment', variants.includes(config.treatment), 'must be a variant of the flag');
  limit('control', variants.includes(config.control), 'must be a variant of the flag');
  limit('control', config.control !== config.treatment, 'must differ from the treatment');
  limit(
    'steps',
    config.steps.length >= 1 && config.steps.length <= PLAN_LIMITS.maxSteps,
    `must hold 1 to ${PLAN_LIMITS.maxSteps} steps`,
  );
  config.steps.forEach((s, i) => {
    const before = config.steps[i - 1]?.percent ?? 0;
    limit(
      `steps.${i}.percent`,
      s.percent > before && s.percent <= 100 && Math.round(s.percent * 100) === s.percent * 100,
      'must grow step by step, above 0, at most 100, with two decimals at most',
    );
    limit(
      `steps.${i}.minDurationSeconds`,
      whole(s.minDurationSeconds, 0, PLAN_LIMITS.maxDurationSeconds),
      `must be whole seconds, 0 to ${PLAN_LIMITS.maxDurationSeconds}`,
    );
    limit(
      `steps.${i}.minSamples`,
      whole(s.minSamples, 1, PLAN_LIMITS.maxMinSamples),
      `must be 1 to ${PLAN_LIMITS.maxMinSamples}`,
    );
  });
  limit('alpha', config.alpha > 0 && config.alpha <= 0.2, 'must be above 0, at most 0.2');
  limit('tau', config.tau > 0 && config.tau <= 1, 'must be above 0, at most 1');
  limit(
    'p95Tolerance',
    config.p95Tolerance === null || (config.p95Tolerance > 0 && config.p95Tolerance <= 10),
    'must be a share above 0, at most 10',
  );
  return issues;
}

/** "control 5.0% (10 of 200), treatment 12.0% (24 of 200), Λ 31.2 ≥ 20": the figures a revision reason reads. */
export function describeStatistics(s: PlanStatistics): string {
  const arm = (name: string, a: ArmFigures) =>
    `${name} ${(a.errorRate * 100).toFixed(2)}% (${a.errors} of ${a.samples}${
      a.p95LatencyMs === null ? '' : `, p95 ${a.p95LatencyMs} ms`
    })`;
  const compare = s.lambda >= s.boundary ? '≥' : '<';
  return `${arm('control', s.control)}, ${arm('treatment', s.treatment)}; mSPRT Λ ${s.lambda.toPrecision(3)} ${compare} ${s.boundary.toPrecision(3)}, verdict ${s.verdict}`;
}
