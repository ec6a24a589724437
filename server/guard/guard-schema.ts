// GraphQL for guards: config CRUD (ops; support reads), state with the live window, re-enable with a reason,
// the guard's figures on explain, and trackFlagOutcome(s) for third parties and signed-in users.
import { z } from 'zod';
import { changeMeta } from '../auth/actor.js';
import type { EvaluationContext } from '../evaluation/definitions.js';
import { EvaluationContextInput, ExplanationRef, inTenant } from '../flags/evaluation-schema.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { CHANGE_REASON, ENTITY_KEY, REQUIRED_REASON } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import type { Context } from '../platform/context.js';
import { AugurError } from '../platform/errors.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import { historyArgs, REASON_REQUIRED } from '../revisions/versioned-schema.js';
import {
  GUARD_ACTIONS,
  GUARD_LIMITS,
  GUARD_METRICS,
  GUARD_STATUSES,
  type Guard,
  type GuardConfig,
  type GuardFigures,
  type GuardState,
  HALF_OPEN_POLICIES,
} from './guard.js';
import { MAX_OUTCOME_BATCH, type TrackedOutcome } from './guard-service.js';

/** A guard's key is its flag's; the reason is required like every configuration change's. */
const createArgs = builder.args((t) => ({
  key: t.string({ required: true, validate: ENTITY_KEY }),
  reason: t.string({ validate: CHANGE_REASON }),
}));

const updateArgs = builder.args((t) => ({
  key: t.string({ required: true }),
  expectedRevision: t.int({ required: true }),
  reason: t.string({ validate: CHANGE_REASON }),
}));

const STAFF = { ops: true, support: true } as const;

const MetricEnum = builder.enumType('GuardMetric', { values: GUARD_METRICS });
const ActionEnum = builder.enumType('GuardAction', {
  description:
    'OFF: hold the flag off (GUARD_OPEN). ROLLBACK: restore the revision in force when the guard was armed.',
  values: GUARD_ACTIONS,
});
const HalfOpenEnum = builder.enumType('GuardHalfOpenPolicy', {
  description:
    'MANUAL: stays open until re-enabled. AUTO: after the cool-down, a probe share of tenants decides.',
  values: HALF_OPEN_POLICIES,
});
const StatusEnum = builder.enumType('GuardStatus', { values: GUARD_STATUSES });
const OutcomeEnum = builder.enumType('FlagOutcome', { values: ['SUCCESS', 'ERROR'] as const });

const GuardFiguresRef = builder.objectRef<GuardFigures>('GuardFigures').implement({
  description: 'Outcomes in a guard window and the limit they were judged against.',
  authScopes: STAFF,
  fields: (t) => ({
    samples: t.exposeInt('samples'),
    errors: t.exposeInt('errors'),
    errorRate: t.exposeFloat('errorRate'),
    p95LatencyMs: t.int({ nullable: true, resolve: (f) => f.p95LatencyMs }),
    metric: t.field({ type: MetricEnum, resolve: (f) => f.metric }),
    threshold: t.exposeFloat('threshold'),
    windowSeconds: t.exposeInt('windowSeconds'),
  }),
});

type Trip = NonNullable<GuardState['lastTrip']>;

const GuardTripRef = builder.objectRef<Trip>('GuardTrip').implement({
  description: 'When and on what figures the guard last tripped.',
  authScopes: STAFF,
  fields: (t) => ({
    at: t.field({ type: 'DateTime', resolve: (trip) => new Date(trip.at) }),
    figures: t.field({ type: GuardFiguresRef, resolve: (trip) => trip }),
    flagRevision: t.int({ nullable: true, resolve: (trip) => trip.flagRevision }),
    rolledBackTo: t.int({
      nullable: true,
      description: 'The flag revision restored (ROLLBACK); null when the flag is held off.',
      resolve: (trip) => trip.rolledBackTo,
    }),
  }),
});

export const GuardRef = builder.objectRef<Guard>('Guard').implement({
  description: "A flag's guard: what it watches, when it trips, and its breaker state.",
  authScopes: STAFF,
  fields: (t) => ({
    flagKey: t.exposeString('flagKey'),
    metric: t.field({ type: MetricEnum, resolve: (g) => g.metric }),
    threshold: t.exposeFloat('threshold', { description: 'ERROR_RATE: a share; P95_LATENCY: milliseconds.' }),
    errorRateThreshold: t.float({ nullable: true, resolve: (g) => g.errorRateThreshold }),
    windowSeconds: t.exposeInt('windowSeconds'),
    minSamples: t.exposeInt('minSamples'),
    action: t.field({ type: ActionEnum, resolve: (g) => g.action }),
    coolDownSeconds: t.exposeInt('coolDownSeconds'),
    halfOpen: t.field({ type: HalfOpenEnum, resolve: (g) => g.halfOpen }),
    probeShare: t.exposeFloat('probeShare'),
    status: t.field({ type: StatusEnum, resolve: (g) => g.state.status }),
    since: t.field({ type: 'DateTime', resolve: (g) => new Date(g.state.since) }),
    lastTrip: t.field({ type: GuardTripRef, nullable: true, resolve: (g) => g.state.lastTrip }),
    healthyFlagRevision: t.int({ nullable: true, resolve: (g) => g.state.healthyFlagRevision }),
    window: t.field({
      type: GuardFiguresRef,
      description: 'The outcomes counted now (since the status began, within the window), across instances.',
      resolve: (g, _args, ctx) => ctx.services.guards.window(g),
    }),
    revision: t.exposeInt('revision'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const share = z.number().gt(0).lte(1);

const GuardInput = builder.inputType('GuardInput', {
  description: 'A whole guard configuration (its state is changed only by trips, probes and reenableGuard).',
  fields: (t) => ({
    metric: t.field({ type: MetricEnum, defaultValue: 'ERROR_RATE' }),
    threshold: t.float({ required: true, validate: z.number().gt(0).lte(GUARD_LIMITS.maxLatencyMs) }),
    errorRateThreshold: t.float({ validate: share }),
    windowSeconds: t.int({ defaultValue: 300 }),
    minSamples: t.int({ defaultValue: 10 }),
    action: t.field({ type: ActionEnum, defaultValue: 'OFF' }),
    coolDownSeconds: t.int({ defaultValue: 300 }),
    halfOpen: t.field({ type: HalfOpenEnum, defaultValue: 'MANUAL' }),
    probeShare: t.float({ defaultValue: 0.1, validate: share }),
  }),
});

function toConfig(input: typeof GuardInput.$inferInput): GuardConfig {
  return {
    metric: input.metric ?? 'ERROR_RATE',
    threshold: input.threshold,
    errorRateThreshold: input.errorRateThreshold ?? null,
    windowSeconds: input.windowSeconds ?? 300,
    minSamples: input.minSamples ?? 10,
    action: input.action ?? 'OFF',
    coolDownSeconds: input.coolDownSeconds ?? 300,
    halfOpen: input.halfOpen ?? 'MANUAL',
    probeShare: input.probeShare ?? 0.1,
  };
}

const FlagOutcomeInput = builder.inputType('FlagOutcomeInput', {
  description:
    "One outcome of work a flag allowed (OpenFeature's track(): the event is the outcome). API keys give the user's context; a signed-in account's identity comes from its session.",
  fields: (t) => ({
    flagKey: t.string({ required: true, validate: z.string().max(64) }),
    outcome: t.field({ type: OutcomeEnum, required: true }),
    latencyMs: t.float({ validate: z.number().min(0).max(GUARD_LIMITS.maxLatencyMs) }),
    context: t.field({ type: EvaluationContextInput }),
  }),
});

const TrackedRef = builder.objectRef<{ accepted: number; counted: number }>('TrackedOutcomes').implement({
  authScopes: { user: true, apiKeyEvaluate: true },
  fields: (t) => ({
    accepted: t.exposeInt('accepted'),
    counted: t.exposeInt('counted', {
      description: 'Outcomes counted: the flag has a guard and is on for that context.',
    }),
  }),
});

type OutcomeArg = typeof FlagOutcomeInput.$inferInput;

/** The context an outcome is judged in: the caller's tenant always; an account's own identity. */
function outcomeContext(ctx: Context, context: OutcomeArg['context']): EvaluationContext {
  const viewer = ctx.viewer;
  if (!viewer) throw new AugurError('UNAUTHENTICATED', 'Sign in to use this field');
  const given = context ?? {};
  if (viewer.kind === 'account') {
    return FlagEvaluator.accountContext(viewer, {
      sessionId: given.sessionId ?? null,
      country: given.country ?? null,
      appVersion: given.appVersion ?? null,
      attributes: (given.attributes ?? null) as Record<string, unknown> | null,
    });
  }
  return inTenant(given, viewer.tenantId);
}

const track = (ctx: Context, outcomes: readonly OutcomeArg[]) =>
  ctx.services.guards.track(
    outcomes.map(
      (o): TrackedOutcome => ({
        flagKey: o.flagKey,
        outcome: o.outcome,
        latencyMs: o.latencyMs ?? null,
        context: outcomeContext(ctx, o.context),
      }),
    ),
  );

builder.queryFields((t) => ({
  guard: t.field({
    type: GuardRef,
    nullable: true,
    description: "A flag's guard, as this instance holds it (current within a commit or a poll).",
    authScopes: STAFF,
    args: { flagKey: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.guards.find(args.flagKey) ?? null,
  }),
  guards: t.field({
    type: [GuardRef],
    description: 'Every live guard, by flag key.',
    authScopes: STAFF,
    resolve: (_root, _args, ctx) => ctx.services.guards.list(),
  }),
  guardRevisions: t.field({
    type: [RevisionRef],
    description: "A guard's revisions, newest first: config changes, trips, probes, re-enables.",
    authScopes: STAFF,
    args: historyArgs,
    resolve: (_root, args, ctx) => ctx.services.guards.history(args.key, args.first ?? 50),
  }),
}));

builder.mutationFields((t) => ({
  createGuard: t.field({
    type: GuardRef,
    description: 'Puts a guard on the flag `key`, closed, armed at the flag revision in force.',
    authScopes: { ops: true },
    validate: REASON_REQUIRED,
    args: { ...createArgs, input: t.arg({ type: GuardInput, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.guards.create(args.key, toConfig(args.input), changeMeta(ctx, args.reason)),
  }),
  updateGuard: t.field({
    type: GuardRef,
    description: 'Replaces the configuration; CONFLICT unless expectedRevision is in force. The state stays.',
    authScopes: { ops: true },
    validate: REASON_REQUIRED,
    args: { ...updateArgs, input: t.arg({ type: GuardInput, required: true }) },
    resolve: (_root, args, ctx) =>
      ctx.services.guards.update(
        args.key,
        args.expectedRevision,
        toConfig(args.input),
        changeMeta(ctx, args.reason),
      ),
  }),
  archiveGuard: t.field({
    type: GuardRef,
    description: 'Removes the guard: its flag is no longer watched (and no longer held off by it).',
    authScopes: { ops: true },
    validate: REASON_REQUIRED,
    args: {
      key: t.arg.string({ required: true }),
      expectedRevision: t.arg.int(),
      reason: t.arg.string({ validate: CHANGE_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.guards.archive(args.key, args.expectedRevision ?? undefined, changeMeta(ctx, args.reason)),
  }),
  reenableGuard: t.field({
    type: GuardRef,
    description:
      'Closes an open or probing guard; the window starts afresh. A closed guard is returned unchanged.',
    authScopes: { ops: true },
    args: {
      flagKey: t.arg.string({ required: true }),
      reason: t.arg.string({ required: true, validate: REQUIRED_REASON }),
    },
    resolve: (_root, args, ctx) => ctx.services.guards.reenable(args.flagKey, changeMeta(ctx, args.reason)),
  }),
  trackFlagOutcome: t.field({
    type: TrackedRef,
    description:
      'Reports one outcome of work the flag allowed; it counts against the variant and rule that allowed it.',
    authScopes: { user: true, apiKeyEvaluate: true },
    args: {
      flagKey: t.arg.string({ required: true, validate: z.string().max(64) }),
      outcome: t.arg({ type: OutcomeEnum, required: true }),
      latencyMs: t.arg.float({ validate: z.number().min(0).max(GUARD_LIMITS.maxLatencyMs) }),
      context: t.arg({ type: EvaluationContextInput }),
    },
    resolve: (_root, args, ctx) => track(ctx, [args]),
  }),
  trackFlagOutcomes: t.field({
    type: TrackedRef,
    description: `Reports up to ${MAX_OUTCOME_BATCH} outcomes at once (a provider's batched track()).`,
    authScopes: { user: true, apiKeyEvaluate: true },
    args: {
      outcomes: t.arg({
        type: [FlagOutcomeInput],
        required: true,
        validate: z.array(z.unknown()).min(1).max(MAX_OUTCOME_BATCH),
      }),
    },
    resolve: (_root, args, ctx) => track(ctx, args.outcomes),
  }),
}));

builder.objectField(ExplanationRef, 'guard', (t) =>
  t.field({
    type: GuardRef,
    nullable: true,
    description: "The flag's guard when it decided (GUARD_OPEN): its trip's figures and time.",
    resolve: (e, _args, ctx) =>
      e.result.reason === 'GUARD_OPEN' ? (ctx.services.guards.find(e.result.key) ?? null) : null,
  }),
);
