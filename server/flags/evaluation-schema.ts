// GraphQL for evaluated flags: myFlags (the caller's own), evaluateFlags (API keys and ops), explain (ops).
import { z } from 'zod';
import type { User } from '../auth/user.js';
import type { AccountViewer } from '../auth/viewer.js';
import {
  type EvaluationContext,
  type EvaluationResult,
  type Explanation,
  REASONS,
  TRACE_STEPS,
  type TraceEntry,
} from '../evaluation/definitions.js';
import { builder } from '../platform/builder.js';
import type { Context } from '../platform/context.js';
import { AugurError, type FieldIssue, validationFailed } from '../platform/errors.js';
import { FlagEvaluator } from './flag-evaluator.js';

const ReasonEnum = builder.enumType('EvaluationReason', { values: REASONS });

/**
 * FlagEvaluation's own scopes are not re-checked on each of its leaves (7 fields x 50 flags per snapshot):
 * every field that returns it sits on a type with the same or narrower scopes (FlagSnapshot, FlagUpdate,
 * Explanation), checked once on that field. evaluation-schema.test.ts holds every such field to that. With no
 * wrapper left, the leaves are plain property reads that graphql-jit inlines.
 */
const leaf = { skipTypeScopes: true } as const;

export const EvaluationResultRef = builder.objectRef<EvaluationResult>('FlagEvaluation').implement({
  description: 'One flag evaluated for one context, with the reason and the flag revision that decided.',
  authScopes: { user: true, apiKey: true },
  fields: (t) => ({
    key: t.exposeString('key', leaf),
    enabled: t.exposeBoolean('enabled', leaf),
    variant: t.exposeString('variant', { ...leaf, nullable: true }),
    payload: t.expose('payload', { ...leaf, type: 'JSON', nullable: true }),
    reason: t.expose('reason', { ...leaf, type: ReasonEnum }),
    ruleId: t.exposeString('ruleId', { ...leaf, nullable: true }),
    revision: t.exposeInt('revision', { ...leaf, nullable: true }),
  }),
});

const TraceStepEnum = builder.enumType('ExplainStepName', {
  description: 'The steps of the evaluation order, in order (RULE once per rule).',
  values: TRACE_STEPS,
});

const TraceOutcomeEnum = builder.enumType('ExplainOutcome', {
  description: 'PASSED: did not decide, evaluation went on. DECIDED: chose the result. SKIPPED: not reached.',
  values: ['PASSED', 'DECIDED', 'SKIPPED'] as const,
});

const TraceEntryRef = builder.objectRef<TraceEntry>('ExplainStep').implement({
  authScopes: { ops: true },
  fields: (t) => ({
    step: t.field({ type: TraceStepEnum, resolve: (e) => e.step }),
    outcome: t.field({ type: TraceOutcomeEnum, resolve: (e) => e.outcome }),
    ruleId: t.string({ nullable: true, resolve: (e) => e.ruleId ?? null }),
    detail: t.exposeString('detail'),
  }),
});

export const ExplanationRef = builder.objectRef<Explanation>('Explanation').implement({
  description: 'Why a context gets what it gets: the result and every step of the evaluation order.',
  authScopes: { ops: true },
  fields: (t) => ({
    result: t.field({ type: EvaluationResultRef, resolve: (e) => e.result }),
    trace: t.field({ type: [TraceEntryRef], resolve: (e) => e.trace }),
  }),
});

const FlagSnapshotRef = builder
  .objectRef<{ configRevision: number; flags: EvaluationResult[] }>('FlagSnapshot')
  .implement({
    authScopes: { user: true, apiKey: true },
    fields: (t) => ({
      configRevision: t.exposeInt('configRevision', {
        description: 'The configuration revision these results reflect.',
      }),
      flags: t.field({ type: [EvaluationResultRef], resolve: (s) => s.flags }),
    }),
  });

const shortText = z.string().max(256);

/** JSON length, or Infinity for values too deeply nested to serialise. */
function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
const attributesSchema = z
  .record(z.string().max(64), z.unknown())
  .refine((a) => Object.keys(a).length <= 50, 'at most 50 attributes')
  .refine((a) => jsonSize(a) <= 10_000, 'at most 10 KB of attributes, nested at most a few levels');

export const ClientContextInput = builder.inputType('ClientContextInput', {
  description: 'What the client may add to its own context; identity always comes from the session.',
  fields: (t) => ({
    sessionId: t.string({ validate: shortText }),
    country: t.string({ validate: shortText }),
    appVersion: t.string({ validate: shortText }),
    attributes: t.field({ type: 'JSON', validate: attributesSchema }),
  }),
});

export const EvaluationContextInput = builder.inputType('EvaluationContextInput', {
  fields: (t) => ({
    userId: t.string({ validate: shortText }),
    sessionId: t.string({ validate: shortText }),
    role: t.string({ validate: shortText }),
    plan: t.string({ validate: shortText }),
    country: t.string({ validate: shortText }),
    appVersion: t.string({ validate: shortText }),
    attributes: t.field({ type: 'JSON', validate: attributesSchema }),
  }),
});

type ContextArg = typeof EvaluationContextInput.$inferInput;

/** The caller's tenant always wins: a key or an ops account evaluates only inside its own tenant. */
export const inTenant = (context: ContextArg, tenantId: string) => ({
  userId: context.userId ?? null,
  sessionId: context.sessionId ?? null,
  role: context.role ?? null,
  plan: context.plan ?? null,
  country: context.country ?? null,
  appVersion: context.appVersion ?? null,
  attributes: (context.attributes ?? null) as Record<string, unknown> | null,
  tenantId,
});

export const keysArg = z.array(z.string().max(64)).max(500);

/** Context fields that come from the account when explaining for a user email. */
const IDENTITY_FIELDS = ['userId', 'plan', 'role'] as const;

/** The account as accountContext reads it: only its identity (user, tenant, role, plan) is used. */
const asViewer = (user: User): AccountViewer => ({
  kind: 'account',
  userId: user.id,
  tenantId: user.tenantId,
  role: user.role,
  plan: user.plan,
  expiresAt: 0,
});

/**
 * The context explain-like fields evaluate: the one typed in (inside the caller's tenant), or with
 * `userEmail` that account's own identity (user, role, plan) plus the extra fields typed in.
 */
export async function explainContext(
  ctx: Context,
  context: ContextArg,
  userEmail: string | null | undefined,
  /** The tenant to evaluate in (its entitlements apply; the email is looked up there); the caller's by default. */
  inTenantId?: string | null,
): Promise<EvaluationContext> {
  const tenantId = inTenantId ?? ctx.viewer?.tenantId;
  if (!tenantId) throw new AugurError('UNAUTHENTICATED', 'Sign in to use this field');
  if (userEmail == null) return inTenant(context, tenantId);
  const conflicts: FieldIssue[] = IDENTITY_FIELDS.filter((name) => context[name] != null).map((name) => ({
    path: `context.${name}`,
    message: `Leave ${name} empty when a user email is given: the account's own ${name} is used.`,
  }));
  if (conflicts.length > 0) throw validationFailed(conflicts);
  const user = await ctx.services.users.findByEmail(tenantId, userEmail);
  // The same answer whether the email is unknown or another tenant's: other tenants' accounts never leak.
  if (!user) throw new AugurError('NOT_FOUND', 'No account with this email in that tenant');
  const { sessionId, country, appVersion, attributes } = inTenant(context, tenantId);
  return FlagEvaluator.accountContext(asViewer(user), { sessionId, country, appVersion, attributes });
}

/**
 * The tenant evaluateFlags works in: the caller's own, or for ops any existing tenant named. Another
 * tenant for a key, or an unknown one, is NOT_FOUND (the same answer, so ids of other tenants never leak).
 */
async function evaluationTenant(ctx: Context, named: string | null): Promise<string> {
  const own = ctx.viewer?.tenantId;
  if (!own) throw new AugurError('UNAUTHENTICATED', 'Sign in to use this field');
  if (named === null || named === own) return own;
  if (!ctx.scopes.ops || !(await ctx.services.tenancy.find(named))) {
    throw new AugurError('NOT_FOUND', 'Tenant not found');
  }
  return named;
}

builder.queryFields((t) => ({
  myFlags: t.field({
    type: FlagSnapshotRef,
    description: "The caller's flags, evaluated on the server from the session's identity.",
    authScopes: { user: true },
    args: { context: t.arg({ type: ClientContextInput }), keys: t.arg.stringList({ validate: keysArg }) },
    resolve: (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (viewer?.kind !== 'account') throw new AugurError('UNAUTHENTICATED', 'Sign in to use this field');
      const evaluator = ctx.services.evaluator;
      const context = FlagEvaluator.accountContext(
        viewer,
        (args.context ?? {}) as Parameters<typeof FlagEvaluator.accountContext>[1],
      );
      const flags = evaluator.evaluateMany(context, args.keys ?? undefined);
      ctx.services.exposures.count(viewer.tenantId, flags);
      return { configRevision: evaluator.revision, flags };
    },
  }),
  evaluateFlags: t.field({
    type: FlagSnapshotRef,
    description:
      "Evaluates flags for one of the caller's users, inside the caller's tenant (ops: or the tenant named by tenantId).",
    authScopes: { apiKeyEvaluate: true, ops: true },
    args: {
      context: t.arg({ type: EvaluationContextInput, required: true }),
      keys: t.arg.stringList({ validate: keysArg }),
      tenantId: t.arg.id({
        description:
          "Ops: the tenant to evaluate in (its entitlements apply); the caller's by default. A key may name only its own.",
        validate: z.uuid({ message: 'must be a tenant id (UUID)' }),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const tenantId = await evaluationTenant(ctx, args.tenantId == null ? null : String(args.tenantId));
      const evaluator = ctx.services.evaluator;
      const flags = evaluator.evaluateMany(inTenant(args.context, tenantId), args.keys ?? undefined);
      ctx.services.exposures.count(tenantId, flags);
      return { configRevision: evaluator.revision, flags };
    },
  }),
  explain: t.field({
    type: ExplanationRef,
    description:
      "Why does this context get this? Every step of the evaluation order, for one flag. With userEmail, the context is that account's own (user, role, plan) plus the extra fields given.",
    authScopes: { ops: true },
    args: {
      flagKey: t.arg.string({ required: true }),
      context: t.arg({ type: EvaluationContextInput, required: true }),
      userEmail: t.arg.string({
        description: 'The email of an account of that tenant to explain the flag for.',
        validate: z.string().trim().min(1, 'must not be empty').max(254),
      }),
      tenantId: t.arg.id({
        description:
          "The tenant to explain for (its entitlements apply, and userEmail is looked up there); the caller's by default.",
        validate: z.uuid({ message: 'must be a tenant id (UUID)' }),
      }),
    },
    resolve: async (_root, args, ctx) =>
      ctx.services.evaluator.explain(
        args.flagKey,
        await explainContext(
          ctx,
          args.context,
          args.userEmail,
          args.tenantId == null ? null : String(args.tenantId),
        ),
      ),
  }),
}));
