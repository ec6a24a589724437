// Guarded rollouts by seeded simulation through the checker's own decision and transitions: 200 A/A plans roll
// back in at most 5%, and a doubled error rate (5% -> 10%) is rolled back in at least 95% of runs within
// 2,000 treatment outcomes. Also the step rules: minimum duration, minimum samples per arm, 100% without control.
import { describe, expect, it } from 'vitest';
import { emptyWindow, type WindowCounts } from '../guard/guard-window.js';
import type { PlanContent } from './release-plan.js';
import { decide, nextState } from './rollout-decision.js';

/** mulberry32: a small seeded generator, so every run draws the same outcomes. */
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

const T0 = Date.parse('2030-01-01T00:00:00Z');
const RUNS = 200;
/** Outcomes of the flag's fallthrough per check, and the simulated time between checks. */
const PER_CHECK = 200;
const CHECK_MS = 60_000;

function plan(overrides: Partial<PlanContent> = {}): PlanContent {
  return {
    treatment: 'new',
    control: 'old',
    steps: [1, 5, 25, 50, 100].map((percent) => ({ percent, minDurationSeconds: 600, minSamples: 100 })),
    alpha: 0.05,
    tau: 0.05,
    p95Tolerance: null,
    state: {
      status: 'RUNNING',
      step: 0,
      stepSince: new Date(T0).toISOString(),
      run: 'r',
      stepStart: { control: { samples: 0, errors: 0 }, treatment: { samples: 0, errors: 0 } },
      last: null,
    },
    ...overrides,
  };
}

interface RunResult {
  status: string;
  treatmentSamples: number;
  checks: number;
}

/** One guarded rollout: traffic split by the step in force, checked every minute until it finishes. */
function rollout(random: () => number, controlRate: number, treatmentRate: number): RunResult {
  let p = plan();
  const control: WindowCounts = emptyWindow();
  const treatment: WindowCounts = emptyWindow();
  let now = T0;
  for (let check = 1; check <= 2000; check++) {
    const share = (p.steps[p.state.step]?.percent ?? 0) / 100;
    for (let i = 0; i < PER_CHECK; i++) {
      const arm = random() < share ? treatment : control;
      arm.samples++;
      if (random() < (arm === treatment ? treatmentRate : controlRate)) arm.errors++;
    }
    now += CHECK_MS;
    const decision = decide(p, control, treatment, now);
    p = { ...p, state: nextState(p.state, decision, control, treatment, new Date(now).toISOString()) };
    if (p.state.status !== 'RUNNING')
      return { status: p.state.status, treatmentSamples: treatment.samples, checks: check };
  }
  return { status: p.state.status, treatmentSamples: treatment.samples, checks: 2000 };
}

function simulate(seed: number, controlRate: number, treatmentRate: number) {
  const random = seeded(seed);
  const runs = Array.from({ length: RUNS }, () => rollout(random, controlRate, treatmentRate));
  const rolledBack = runs.filter((r) => r.status === 'ROLLED_BACK');
  const at = rolledBack.map((r) => r.treatmentSamples).sort((a, b) => a - b);
  return {
    rolledBack: rolledBack.length / RUNS,
    completed: runs.filter((r) => r.status === 'COMPLETED').length / RUNS,
    within2000: rolledBack.filter((r) => r.treatmentSamples <= 2000).length / RUNS,
    median: at[Math.floor(at.length / 2)] ?? null,
    p95: at[Math.floor(at.length * 0.95)] ?? null,
  };
}

describe('guarded rollouts by simulation (the checker decision, checked every minute)', () => {
  it('rolls back at most 5% of 200 A/A rollouts, and completes the rest', () => {
    for (const [seed, rate] of [
      [11, 0.05],
      [12, 0.01],
      [13, 0.2],
    ] as const) {
      const result = simulate(seed, rate, rate);
      expect(result.rolledBack).toBeLessThanOrEqual(0.05);
      expect(result.completed).toBe(1 - result.rolledBack);
    }
  });

  it('rolls back a doubled error rate in at least 95% of runs within 2,000 treatment outcomes', () => {
    const result = simulate(14, 0.05, 0.1);
    expect(result.within2000).toBeGreaterThanOrEqual(0.95);
  });
});

describe('a step', () => {
  const counts = (samples: number, errors: number): WindowCounts => ({ samples, errors, latency: new Map() });

  it('advances only once its minimum duration and each arm’s minimum samples are met', () => {
    const p = plan();
    const early = decide(p, counts(1000, 50), counts(100, 5), T0 + 599_000);
    expect(early).toMatchObject({ kind: 'wait', statistics: { verdict: 'CONTINUE' } });
    expect(decide(p, counts(1000, 50), counts(99, 5), T0 + 600_000).kind).toBe('wait');
    expect(decide(p, counts(1000, 50), counts(100, 5), T0 + 600_000)).toMatchObject({
      kind: 'advance',
      toStep: 1,
    });
  });

  it('counts the step’s own samples, and waits on the treatment alone at 100%', () => {
    const last = plan();
    last.state = {
      ...last.state,
      step: 4,
      stepStart: { control: { samples: 1000, errors: 50 }, treatment: { samples: 900, errors: 45 } },
    };
    expect(decide(last, counts(1000, 50), counts(999, 50), T0 + 600_000).kind).toBe('wait');
    expect(decide(last, counts(1000, 50), counts(1000, 50), T0 + 600_000).kind).toBe('complete');
  });

  it('rolls back on a significant error regression at once, and on a p95 above its tolerance', () => {
    expect(decide(plan(), counts(1000, 50), counts(1000, 150), T0)).toMatchObject({
      kind: 'rollback',
      statistics: { verdict: 'ERROR_REGRESSION' },
    });
    const slow = (ms: number, n: number): WindowCounts => ({
      samples: n,
      errors: 0,
      latency: new Map([[Math.ceil(Math.log1p(ms) / Math.log(1.1)), n]]),
    });
    const guarded = plan({ p95Tolerance: 0.5 });
    expect(decide(guarded, slow(100, 200), slow(140, 200), T0 + 600_000).kind).toBe('advance');
    expect(decide(guarded, slow(100, 200), slow(200, 200), T0)).toMatchObject({
      kind: 'rollback',
      statistics: { verdict: 'LATENCY_REGRESSION' },
    });
  });

  it('says NO_DATA without outcomes, and a paused plan only waits', () => {
    expect(decide(plan(), emptyWindow(), emptyWindow(), T0 + 600_000).statistics.verdict).toBe('NO_DATA');
    const paused = plan();
    paused.state = { ...paused.state, status: 'PAUSED' };
    expect(decide(paused, counts(1000, 50), counts(1000, 150), T0).kind).toBe('wait');
  });
});
