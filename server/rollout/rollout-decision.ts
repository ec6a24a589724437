// The pure decision of one release-plan check: the run's counts per arm in, the statistics and what to do out
// (wait, advance a step, complete, or roll back). The checker and the simulation both call it.
import { p95, type WindowCounts } from '../guard/guard-window.js';
import { msprt } from '../guard/sequential-test.js';
import type { ArmFigures, PlanContent, PlanState, PlanStatistics, PlanVerdict } from './release-plan.js';

export type PlanDecision =
  | { kind: 'wait'; statistics: PlanStatistics }
  | { kind: 'advance'; toStep: number; statistics: PlanStatistics }
  | { kind: 'complete'; statistics: PlanStatistics }
  | { kind: 'rollback'; statistics: PlanStatistics };

const figures = (c: WindowCounts): ArmFigures => ({
  samples: c.samples,
  errors: c.errors,
  errorRate: c.samples === 0 ? 0 : c.errors / c.samples,
  p95LatencyMs: p95(c.latency),
});

/** The test over the whole run (valid however often it is checked) and the step's own rules. */
export function planStatistics(
  plan: PlanContent,
  control: WindowCounts,
  treatment: WindowCounts,
  nowMs: number,
): PlanStatistics {
  const c = figures(control);
  const t = figures(treatment);
  const test = msprt(c, t, { alpha: plan.alpha, tau: plan.tau });
  const step = plan.steps[plan.state.step];
  const stepControlSamples = Math.max(0, c.samples - plan.state.stepStart.control.samples);
  const stepTreatmentSamples = Math.max(0, t.samples - plan.state.stepStart.treatment.samples);
  let verdict: PlanVerdict;
  const sampled =
    step !== undefined &&
    stepTreatmentSamples >= step.minSamples &&
    // At 100% no user is in control any more: the step waits on the treatment alone.
    (step.percent >= 100 || stepControlSamples >= step.minSamples);
  const latencyRegressed =
    plan.p95Tolerance !== null &&
    sampled &&
    c.p95LatencyMs !== null &&
    t.p95LatencyMs !== null &&
    t.p95LatencyMs > c.p95LatencyMs * (1 + plan.p95Tolerance);
  if (test.regression) verdict = 'ERROR_REGRESSION';
  else if (latencyRegressed) verdict = 'LATENCY_REGRESSION';
  else if (c.samples === 0 || t.samples === 0) verdict = 'NO_DATA';
  else if (
    sampled &&
    step !== undefined &&
    nowMs - Date.parse(plan.state.stepSince) >= step.minDurationSeconds * 1000
  )
    verdict = 'HEALTHY';
  else verdict = 'CONTINUE';
  return {
    control: c,
    treatment: t,
    stepControlSamples,
    stepTreatmentSamples,
    lambda: test.lambda,
    difference: test.difference,
    boundary: 1 / plan.alpha,
    verdict,
  };
}

/** What a check of a running plan does. */
export function decide(
  plan: PlanContent,
  control: WindowCounts,
  treatment: WindowCounts,
  nowMs: number,
): PlanDecision {
  const statistics = planStatistics(plan, control, treatment, nowMs);
  if (plan.state.status !== 'RUNNING') return { kind: 'wait', statistics };
  switch (statistics.verdict) {
    case 'ERROR_REGRESSION':
    case 'LATENCY_REGRESSION':
      return { kind: 'rollback', statistics };
    case 'HEALTHY':
      return plan.state.step + 1 >= plan.steps.length
        ? { kind: 'complete', statistics }
        : { kind: 'advance', toStep: plan.state.step + 1, statistics };
    default:
      return { kind: 'wait', statistics };
  }
}

/** The plan's state after a decision (a wait leaves it as it is): the one transition the checker writes. */
export function nextState(
  state: PlanState,
  decision: PlanDecision,
  control: WindowCounts,
  treatment: WindowCounts,
  atIso: string,
): PlanState {
  const { statistics } = decision;
  switch (decision.kind) {
    case 'wait':
      return state;
    case 'advance':
      return {
        ...state,
        step: decision.toStep,
        stepSince: atIso,
        stepStart: {
          control: { samples: control.samples, errors: control.errors },
          treatment: { samples: treatment.samples, errors: treatment.errors },
        },
        last: statistics,
      };
    case 'complete':
      return { ...state, status: 'COMPLETED', last: statistics };
    case 'rollback':
      return { ...state, status: 'ROLLED_BACK', last: statistics };
  }
}
