// GraphQL for guarded rollouts: a flag's release plan (ops writes, support reads), its live progress with the
// sequential test's statistics and verdict, and pause / resume / abort with reasons.
import { changeMeta } from '../auth/actor.js';
import { CHANGE_REASON, ENTITY_KEY, REQUIRED_REASON } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import { historyArgs, REASON_REQUIRED } from '../revisions/versioned-schema.js';
import {
  type ArmFigures,
  PLAN_STATUSES,
  PLAN_VERDICTS,
  type PlanConfig,
  type PlanStatistics,
  type PlanStep,
  type ReleasePlan,
} from './release-plan.js';

const STAFF = { ops: true, support: true } as const;

const StatusEnum = builder.enumType('ReleasePlanStatus', {
  description:
    'RUNNING: checked and advanced. PAUSED: held by ops. COMPLETED: the last step passed. ROLLED_BACK: a regression sent the treatment to 0%. ABORTED: stopped by ops (0%).',
  values: PLAN_STATUSES,
});
const VerdictEnum = builder.enumType('ReleasePlanVerdict', {
  description:
    'NO_DATA: an arm has no outcomes. CONTINUE: no regression, the step not yet done. HEALTHY: the step may advance. ERROR_REGRESSION: the mSPRT found the treatment worse. LATENCY_REGRESSION: p95 above the tolerance.',
  values: PLAN_VERDICTS,
});

const StepRef = builder.objectRef<PlanStep>('ReleasePlanStep').implement({
  authScopes: STAFF,
  fields: (t) => ({
    percent: t.exposeFloat('percent', { description: "The treatment's share of the fallthrough, percent." }),
    minDurationSeconds: t.exposeInt('minDurationSeconds'),
    minSamples: t.exposeInt('minSamples', { description: 'Outcomes each arm needs during the step.' }),
  }),
});

const ArmRef = builder.objectRef<ArmFigures>('ReleasePlanArm').implement({
  description: "One arm's outcomes over the run so far.",
  authScopes: STAFF,
  fields: (t) => ({
    samples: t.exposeInt('samples'),
    errors: t.exposeInt('errors'),
    errorRate: t.exposeFloat('errorRate'),
    p95LatencyMs: t.int({ nullable: true, resolve: (a) => a.p95LatencyMs }),
  }),
});

const StatisticsRef = builder.objectRef<PlanStatistics>('ReleasePlanStatistics').implement({
  description:
    'Treatment against control: the mSPRT on the difference of error rates, valid under continuous monitoring.',
  authScopes: STAFF,
  fields: (t) => ({
    control: t.field({ type: ArmRef, resolve: (s) => s.control }),
    treatment: t.field({ type: ArmRef, resolve: (s) => s.treatment }),
    stepControlSamples: t.exposeInt('stepControlSamples'),
    stepTreatmentSamples: t.exposeInt('stepTreatmentSamples'),
    lambda: t.exposeFloat('lambda', { description: 'The mixture likelihood ratio.' }),
    boundary: t.exposeFloat('boundary', { description: '1 / alpha: a regression once lambda reaches it.' }),
    difference: t.exposeFloat('difference', { description: "Treatment's error rate minus control's." }),
    verdict: t.field({ type: VerdictEnum, resolve: (s) => s.verdict }),
  }),
});

export const ReleasePlanRef = builder.objectRef<ReleasePlan>('ReleasePlan').implement({
  description: "A guarded rollout of a flag's fallthrough: treatment traffic step by step against control.",
  authScopes: STAFF,
  fields: (t) => ({
    flagKey: t.exposeString('flagKey'),
    treatment: t.exposeString('treatment'),
    control: t.exposeString('control'),
    steps: t.field({ type: [StepRef], resolve: (p) => p.steps }),
    alpha: t.exposeFloat('alpha'),
    tau: t.exposeFloat('tau'),
    p95Tolerance: t.float({ nullable: true, resolve: (p) => p.p95Tolerance }),
    status: t.field({ type: StatusEnum, resolve: (p) => p.state.status }),
    currentStep: t.int({
      description: 'Index into steps of the traffic in force.',
      resolve: (p) => p.state.step,
    }),
    currentPercent: t.float({ resolve: (p) => p.steps[p.state.step]?.percent ?? 0 }),
    stepSince: t.field({ type: 'DateTime', resolve: (p) => new Date(p.state.stepSince) }),
    lastTransition: t.field({
      type: StatisticsRef,
      nullable: true,
      description: 'The statistics of the last advance, completion or rollback.',
      resolve: (p) => p.state.last,
    }),
    progress: t.field({
      type: StatisticsRef,
      description: 'The statistics a check would judge now, across instances.',
      resolve: (p, _args, ctx) => ctx.services.rollouts.progress(p),
    }),
    revision: t.exposeInt('revision'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const StepInput = builder.inputType('ReleasePlanStepInput', {
  fields: (t) => ({
    percent: t.float({ required: true }),
    minDurationSeconds: t.int({ defaultValue: 3600 }),
    minSamples: t.int({ defaultValue: 200 }),
  }),
});

const PlanInput = builder.inputType('ReleasePlanInput', {
  description:
    'A whole release plan configuration (its progress changes only through checks and pause/resume/abort).',
  fields: (t) => ({
    treatment: t.string({ required: true }),
    control: t.string({ required: true }),
    steps: t.field({ type: [StepInput], required: true }),
    alpha: t.float({ defaultValue: 0.05 }),
    tau: t.float({ defaultValue: 0.05 }),
    p95Tolerance: t.float(),
  }),
});

const toConfig = (input: typeof PlanInput.$inferInput): PlanConfig => ({
  treatment: input.treatment,
  control: input.control,
  steps: input.steps.map((s) => ({
    percent: s.percent,
    minDurationSeconds: s.minDurationSeconds ?? 3600,
    minSamples: s.minSamples ?? 200,
  })),
  alpha: input.alpha ?? 0.05,
  tau: input.tau ?? 0.05,
  p95Tolerance: input.p95Tolerance ?? null,
});

const stateArgs = builder.args((t) => ({
  flagKey: t.string({ required: true }),
  reason: t.string({ required: true, validate: REQUIRED_REASON }),
}));

builder.queryFields((t) => ({
  releasePlan: t.field({
    type: ReleasePlanRef,
    nullable: true,
    description: "A flag's release plan, as this instance holds it.",
    authScopes: STAFF,
    args: { flagKey: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.rollouts.find(args.flagKey) ?? null,
  }),
  releasePlans: t.field({
    type: [ReleasePlanRef],
    description: 'Every release plan, by flag key.',
    authScopes: STAFF,
    resolve: (_root, _args, ctx) => ctx.services.rollouts.list(),
  }),
  releasePlanRevisions: t.field({
    type: [RevisionRef],
    description: "A release plan's revisions, newest first: config changes, advances, rollbacks, pauses.",
    authScopes: STAFF,
    args: historyArgs,
    resolve: (_root, args, ctx) => ctx.services.rollouts.history(args.key, args.first ?? 50),
  }),
}));

builder.mutationFields((t) => ({
  createReleasePlan: t.field({
    type: ReleasePlanRef,
    description: "Starts a guarded rollout of the flag's fallthrough at its first step.",
    authScopes: { ops: true },
    validate: REASON_REQUIRED,
    args: {
      key: t.arg.string({ required: true, validate: ENTITY_KEY }),
      input: t.arg({ type: PlanInput, required: true }),
      reason: t.arg.string({ validate: CHANGE_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.rollouts.create(args.key, toConfig(args.input), changeMeta(ctx, args.reason)),
  }),
  updateReleasePlan: t.field({
    type: ReleasePlanRef,
    description: 'Replaces the configuration; CONFLICT unless expectedRevision is in force. Progress stays.',
    authScopes: { ops: true },
    validate: REASON_REQUIRED,
    args: {
      key: t.arg.string({ required: true }),
      expectedRevision: t.arg.int({ required: true }),
      input: t.arg({ type: PlanInput, required: true }),
      reason: t.arg.string({ validate: CHANGE_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.rollouts.update(
        args.key,
        args.expectedRevision,
        toConfig(args.input),
        changeMeta(ctx, args.reason),
      ),
  }),
  pauseReleasePlan: t.field({
    type: ReleasePlanRef,
    description: 'Holds a running plan at its step.',
    authScopes: { ops: true },
    args: stateArgs,
    resolve: (_root, args, ctx) => ctx.services.rollouts.pause(args.flagKey, changeMeta(ctx, args.reason)),
  }),
  resumeReleasePlan: t.field({
    type: ReleasePlanRef,
    description: 'Resumes a paused plan at its step, or restarts a finished one at its first step.',
    authScopes: { ops: true },
    args: stateArgs,
    resolve: (_root, args, ctx) => ctx.services.rollouts.resume(args.flagKey, changeMeta(ctx, args.reason)),
  }),
  abortReleasePlan: t.field({
    type: ReleasePlanRef,
    description: 'Stops the rollout: the treatment goes back to 0% of the fallthrough.',
    authScopes: { ops: true },
    args: stateArgs,
    resolve: (_root, args, ctx) => ctx.services.rollouts.abort(args.flagKey, changeMeta(ctx, args.reason)),
  }),
}));
