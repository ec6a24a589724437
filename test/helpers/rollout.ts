// Documents and helpers for the guarded-rollout tests: plan fields, a two-variant flag, outcomes for many users.
import type { FlagContent } from '../../server/flags/flag.js';
import type { TestServer } from './test-server.js';

export const PLAN_FIELDS = `flagKey treatment control steps { percent minDurationSeconds minSamples } alpha tau p95Tolerance
  status currentStep currentPercent stepSince revision
  lastTransition { verdict lambda boundary difference control { samples errors errorRate } treatment { samples errors errorRate } }
  progress { verdict lambda boundary stepControlSamples stepTreatmentSamples control { samples errors } treatment { samples errors } }`;

export const CREATE_PLAN = `mutation ($key: String!, $input: ReleasePlanInput!, $reason: String = "rollout tests") {
  createReleasePlan(key: $key, input: $input, reason: $reason) { ${PLAN_FIELDS} }
}`;
export const UPDATE_PLAN = `mutation ($key: String!, $rev: Int!, $input: ReleasePlanInput!) {
  updateReleasePlan(key: $key, expectedRevision: $rev, input: $input, reason: "rollout tests") { ${PLAN_FIELDS} }
}`;
export const PLAN = `query ($key: String!) { releasePlan(flagKey: $key) { ${PLAN_FIELDS} } }`;
export const PLAN_REVISIONS = `query ($key: String!) { releasePlanRevisions(key: $key) { revision action actor reason } }`;
export const PAUSE = `mutation ($key: String!, $reason: String!) { pauseReleasePlan(flagKey: $key, reason: $reason) { status revision } }`;
export const RESUME = `mutation ($key: String!, $reason: String!) { resumeReleasePlan(flagKey: $key, reason: $reason) { status revision currentStep } }`;
export const ABORT = `mutation ($key: String!, $reason: String!) { abortReleasePlan(flagKey: $key, reason: $reason) { status revision } }`;

export const META = { actor: 'system', reason: 'rollout tests', requestId: 'rollout-tests' };

/** A variant flag serving `old` to everyone: the control, with `new` the treatment to roll out. */
export const twoVariantFlag = (over: Partial<FlagContent> = {}): FlagContent => ({
  description: 'rollout test flag',
  type: 'VARIANT',
  enabled: true,
  variants: [{ key: 'old' }, { key: 'new' }],
  offVariant: 'old',
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variant: 'old' },
  ...over,
});

export interface PlanView {
  status: string;
  currentStep: number;
  currentPercent: number;
  revision: number;
  lastTransition: { verdict: string; lambda: number; boundary: number } | null;
  progress: {
    verdict: string;
    lambda: number;
    stepControlSamples: number;
    stepTreatmentSamples: number;
    control: { samples: number; errors: number };
    treatment: { samples: number; errors: number };
  };
}

export async function readPlan(server: TestServer, token: string, key: string): Promise<PlanView> {
  const { data, errors } = await server.gql<{ releasePlan: PlanView | null }>(PLAN, {
    token,
    variables: { key },
  });
  if (errors || !data?.releasePlan) throw new Error(`no plan ${key}: ${JSON.stringify(errors)}`);
  return data.releasePlan;
}

/**
 * Outcomes of `users` distinct users of `tenantId` through the guard service's tracking path: each is judged
 * for its own context, so the split decides its arm. `failing(variant, i)` says which fail.
 */
export async function outcomesOf(
  server: TestServer,
  key: string,
  tenantId: string,
  users: number,
  failing: (variant: string, i: number) => boolean,
  prefix = 'u',
): Promise<number> {
  const { guards, evaluator } = server.app.services;
  const outcomes = Array.from({ length: users }, (_, i) => {
    const context = { userId: `${prefix}${i}`, tenantId };
    const variant = evaluator.evaluate(key, context).variant ?? '';
    return {
      flagKey: key,
      outcome: failing(variant, i) ? ('ERROR' as const) : ('SUCCESS' as const),
      latencyMs: 20,
      context,
    };
  });
  let counted = 0;
  for (let i = 0; i < outcomes.length; i += 100)
    counted += (await guards.track(outcomes.slice(i, i + 100))).counted;
  return counted;
}
