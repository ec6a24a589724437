// The sequential test a guarded rollout would use: a one-sided mixture SPRT (mSPRT, Johari et al. 2017) on the
// difference of error rates, treatment minus control, valid under continuous monitoring at level alpha.
// Pure: counts in, a verdict out. The rollout plan that would call it at each check is not built yet.

export interface ArmCounts {
  samples: number;
  errors: number;
}

export interface SequentialOptions {
  /** The false-alarm rate under continuous monitoring (default 0.05). */
  alpha?: number;
  /** The mixing prior's standard deviation on the difference of error rates: the effect size cared about. */
  tau?: number;
}

export interface SequentialVerdict {
  /** The mixture likelihood ratio; a regression once it reaches 1 / alpha. */
  lambda: number;
  /** Treatment error rate minus control's. */
  difference: number;
  regression: boolean;
}

/**
 * Λ_n = sqrt(V / (V + τ²)) · exp(τ² d² / (2 V (V + τ²))), with d the observed difference and V its variance
 * (plug-in Bernoulli variances). Only a worse treatment counts (d > 0): the test is one-sided.
 */
export function msprt(
  control: ArmCounts,
  treatment: ArmCounts,
  options: SequentialOptions = {},
): SequentialVerdict {
  const alpha = options.alpha ?? 0.05;
  const tau = options.tau ?? 0.05;
  if (control.samples === 0 || treatment.samples === 0)
    return { lambda: 1, difference: 0, regression: false };
  const pc = control.errors / control.samples;
  const pt = treatment.errors / treatment.samples;
  const difference = pt - pc;
  // A variance of zero (no errors yet in either arm) would divide by zero: the pooled rate, floored.
  const pooled = Math.max((control.errors + treatment.errors) / (control.samples + treatment.samples), 1e-4);
  const variance =
    Math.max(pt * (1 - pt), pooled * (1 - pooled)) / treatment.samples +
    Math.max(pc * (1 - pc), pooled * (1 - pooled)) / control.samples;
  const tau2 = tau * tau;
  const lambda =
    difference <= 0
      ? 0
      : Math.sqrt(variance / (variance + tau2)) *
        Math.exp((tau2 * difference * difference) / (2 * variance * (variance + tau2)));
  return { lambda, difference, regression: lambda >= 1 / alpha };
}
