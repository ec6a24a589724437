// GraphQL for the host app's gated modules: availability and execution (scope user).
import { z } from 'zod';
import { PlanEnum } from '../auth/auth-schema.js';
import { accountViewerOf, type Plan } from '../auth/viewer.js';
import { MessageRef } from '../chat/chat-schema.js';
import { builder } from '../platform/builder.js';
import { AugurError } from '../platform/errors.js';
import type { PlanAllowance } from './module-catalog.js';
import type { ExecuteInput, ModuleAvailability, ModuleRun } from './module-service.js';
import { MODULE_NAMES, type ModuleName, type Spread } from './spreads.js';

const ModuleNameEnum = builder.enumType('ModuleName', {
  values: Object.fromEntries(MODULE_NAMES.map((m) => [m.toUpperCase(), { value: m }])) as Record<
    'TAROT' | 'RUNES',
    { value: ModuleName }
  >,
});
const ModuleStateEnum = builder.enumType('ModuleState', {
  values: {
    READY: { description: 'The gate is open and runs are left today.' },
    LOCKED: { description: 'The gate is off (see reason); checked before the quota.' },
    EXHAUSTED: { description: "The gate is open but today's runs are used up until resetsAt." },
  } as const,
});

const planName = (plan: Plan) => plan.toUpperCase() as 'FREE';

const PlanAllowanceRef = builder.objectRef<PlanAllowance>('PlanAllowance').implement({
  description: "A plan's daily allowance of runs per module.",
  authScopes: { user: true },
  fields: (t) => ({
    plan: t.field({ type: PlanEnum, resolve: (a) => planName(a.plan) }),
    quotaLimit: t.exposeInt('quotaLimit', { description: 'Runs per module per UTC day.' }),
  }),
});

const SpreadRef = builder.objectRef<Spread>('ModuleSpread').implement({
  authScopes: { user: true },
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    positions: t.stringList({ resolve: (s) => s.positions.map((p) => p.name) }),
  }),
});

const AvailabilityRef = builder.objectRef<ModuleAvailability>('ModuleAvailability').implement({
  description:
    "A module's state for the caller: LOCKED (with the gate's reason), EXHAUSTED (no runs left until resetsAt) or READY, and today's quota.",
  authScopes: { user: true },
  fields: (t) => ({
    module: t.field({ type: ModuleNameEnum, resolve: (a) => a.module }),
    state: t.field({ type: ModuleStateEnum, resolve: (a) => a.state }),
    reason: t.string({ description: "The gate's evaluation reason.", resolve: (a) => a.gate.reason }),
    flagRevision: t.int({ nullable: true, resolve: (a) => a.gate.revision }),
    inAudience: t.exposeBoolean('inAudience', {
      description:
        'False when no rule, target or rollout share reaches the caller, even with the kill switch, environment gate and guard open: the app hides the module instead of showing it locked.',
    }),
    plan: t.field({
      type: PlanEnum,
      description: "The caller's plan, whose allowance quotaLimit is.",
      resolve: (a) => planName(a.plan),
    }),
    quotaLimit: t.exposeInt('quotaLimit', { description: "Runs per UTC day on the caller's plan." }),
    quotaLeft: t.exposeInt('quotaLeft', {
      nullable: true,
      description: 'Runs left today; null while the database is unavailable (the gate still answers).',
    }),
    resetsAt: t.expose('resetsAt', {
      type: 'DateTime',
      description: 'When the quota starts again (the next UTC midnight).',
    }),
    largerPlan: t.field({
      type: PlanAllowanceRef,
      nullable: true,
      description: "The next plan with a larger allowance than the caller's, or null when there is none.",
      resolve: (a) => a.largerPlan,
    }),
    spreads: t.field({ type: [SpreadRef], resolve: (a) => a.spreads }),
  }),
});

type Item = ModuleRun['draw']['items'][number];

const DrawItemRef = builder.objectRef<Item>('DrawItem').implement({
  description: 'One card or rune of a draw, at its place in the spread.',
  authScopes: { user: true, apiKeyModules: true },
  fields: (t) => ({
    position: t.exposeInt('position'),
    positionName: t.exposeString('positionName'),
    id: t.string({ resolve: (i) => ('cardId' in i ? i.cardId : i.runeId) }),
    name: t.exposeString('name'),
    reversed: t.exposeBoolean('reversed'),
    meaning: t.exposeString('meaning'),
  }),
});

const ModuleRunRef = builder.objectRef<ModuleRun>('ModuleRun').implement({
  description: 'A completed module run; the seed reproduces the draw.',
  authScopes: { user: true, apiKeyModules: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    module: t.field({ type: ModuleNameEnum, resolve: (r) => r.module }),
    spread: t.string({ resolve: (r) => r.draw.spread }),
    seed: t.string({ resolve: (r) => r.draw.seed }),
    question: t.exposeString('question'),
    items: t.field({ type: [DrawItemRef], resolve: (r) => [...r.draw.items] }),
    quotaLeft: t.exposeInt('quotaLeft'),
    resetsAt: t.expose('resetsAt', { type: 'DateTime' }),
    message: t.field({
      type: MessageRef,
      nullable: true,
      description: 'The result as posted in the conversation, when reinject was true.',
      resolve: (r) => r.message,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('moduleAvailability', (t) =>
  t.withAuth({ user: true }).field({
    type: [AvailabilityRef],
    resolve: (_root, _args, ctx) => ctx.services.modules.availability(ctx.viewer),
  }),
);

/** What a run names: the module, the caller's conversation, the spread and the question. */
const runArgs = builder.args((t) => ({
  module: t.field({ type: ModuleNameEnum, required: true }),
  conversationId: t.id({ required: true }),
  spread: t.string({ required: true, validate: z.string().max(64) }),
  question: t.string({ required: true, validate: z.string().max(10_000) }),
  reinject: t.boolean({ defaultValue: false }),
}));

type RunArgs = {
  module: ModuleName;
  conversationId: string | number;
  spread: string;
  question: string;
  reinject?: boolean | null;
};

const runInput = (args: RunArgs): ExecuteInput => ({
  module: args.module,
  conversationId: String(args.conversationId),
  spread: args.spread,
  question: args.question,
  reinject: args.reinject ?? false,
});

builder.mutationField('executeModule', (t) =>
  t.withAuth({ user: true }).field({
    type: ModuleRunRef,
    description:
      'Runs a module in one of your conversations: CONVERSATION_FORBIDDEN, then MODULE_DISABLED (the gate), then QUOTA_EXCEEDED; quota is used only when the run is stored.',
    args: runArgs,
    resolve: (_root, args, ctx) => ctx.services.modules.execute(ctx.viewer, runInput(args), ctx.requestId),
  }),
);

builder.mutationField('executeModuleForUser', (t) =>
  t.withAuth({ apiKeyModules: true }).field({
    type: ModuleRunRef,
    description:
      "An API key with the modules scope runs a module for one of its tenant's users, in that user's conversation: the same checks as executeModule, as that user. A user of another tenant is NOT_FOUND.",
    args: {
      userId: t.arg.id({ required: true, validate: z.uuid({ message: 'must be an account id (UUID)' }) }),
      ...runArgs,
    },
    resolve: async (_root, args, ctx) => {
      // Looked up inside the key's tenant only: another tenant's account is unknown here.
      const user = await ctx.services.auth.findUser(ctx.viewer.tenantId, String(args.userId));
      if (!user || user.disabledAt !== null)
        throw new AugurError('NOT_FOUND', 'No such account in your tenant');
      return ctx.services.modules.execute(accountViewerOf(user), runInput(args), ctx.requestId);
    },
  }),
);
