// GraphQL for alerts (scope ops): rules through the versioned-kind mutations, their history, alerts past
// and active with their webhook deliveries, and the `alerts` subscription.
import { z } from 'zod';
import { PAGE_SIZE } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import { historyArgs, keyedWriteFields, rollbackPayload } from '../revisions/versioned-schema.js';
import {
  ALERT_STATES,
  type Alert,
  type AlertDelivery,
  DELIVERY_STATES,
  type DeliveryAttempt,
} from './alert.js';
import { ALERT_KPIS, type AlertRule, COMPARISONS, SEVERITIES } from './alert-rule.js';
import type { AlertRuleWrite } from './alert-service.js';

const OPS = { ops: true } as const;

const KpiEnum = builder.enumType('AlertKpi', {
  description: 'What a rule watches (docs/alerts.md gives each formula).',
  values: ALERT_KPIS,
});
const KindEnum = builder.enumType('AlertKind', {
  description: "An alert's KPI, or GUARD_TRIP for a guard's automatic rollback.",
  values: [...ALERT_KPIS, 'GUARD_TRIP'] as const,
});
const ComparisonEnum = builder.enumType('AlertComparison', { values: COMPARISONS });
const SeverityEnum = builder.enumType('AlertSeverity', { values: SEVERITIES });
const StateEnum = builder.enumType('AlertState', {
  description: 'PENDING: breached, waiting out the for-duration. FIRING. RESOLVED: the condition cleared.',
  values: ALERT_STATES,
});
const DeliveryStateEnum = builder.enumType('AlertDeliveryState', { values: DELIVERY_STATES });
const DeliveryEventEnum = builder.enumType('AlertDeliveryEvent', { values: ['FIRING', 'RESOLVED'] as const });

export const AlertRuleRef = builder.objectRef<AlertRule>('AlertRule').implement({
  description:
    'A versioned alert rule: a KPI, a threshold over a window, a severity and an optional webhook.',
  authScopes: OPS,
  fields: (t) => ({
    key: t.exposeString('key'),
    description: t.exposeString('description'),
    kpi: t.field({ type: KpiEnum, resolve: (r) => r.kpi }),
    operation: t.string({
      nullable: true,
      description: 'GraphQL root field(s) for request KPIs, a module for QUOTA_SATURATION; null: all.',
      resolve: (r) => r.operation,
    }),
    tenantId: t.id({
      nullable: true,
      description: 'One tenant; null: every tenant.',
      resolve: (r) => r.tenantId,
    }),
    comparison: t.field({ type: ComparisonEnum, resolve: (r) => r.comparison }),
    threshold: t.exposeFloat('threshold'),
    windowSeconds: t.exposeInt('windowSeconds'),
    minSamples: t.exposeInt('minSamples'),
    forSeconds: t.exposeInt('forSeconds'),
    severity: t.field({ type: SeverityEnum, resolve: (r) => r.severity }),
    webhookUrl: t.string({ nullable: true, resolve: (r) => r.webhookUrl }),
    hasWebhookSecret: t.boolean({
      description: 'Whether deliveries are signed. The secret itself is never returned.',
      resolve: (r) => r.webhookSecretRef !== null,
    }),
    enabled: t.exposeBoolean('enabled'),
    revision: t.exposeInt('revision'),
    archivedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.archivedAt }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const AttemptRef = builder.objectRef<DeliveryAttempt>('AlertDeliveryAttempt').implement({
  authScopes: OPS,
  fields: (t) => ({
    attempt: t.exposeInt('attempt'),
    ok: t.exposeBoolean('ok'),
    statusCode: t.int({ nullable: true, resolve: (a) => a.statusCode }),
    error: t.string({ nullable: true, resolve: (a) => a.error }),
    durationMs: t.exposeInt('durationMs'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const DeliveryRef = builder.objectRef<AlertDelivery>('AlertDelivery').implement({
  description: "One webhook notification of an alert's firing or resolution, with every attempt.",
  authScopes: OPS,
  fields: (t) => ({
    id: t.exposeID('id'),
    event: t.field({ type: DeliveryEventEnum, resolve: (d) => d.event }),
    url: t.exposeString('url'),
    state: t.field({ type: DeliveryStateEnum, resolve: (d) => d.state }),
    attempts: t.field({ type: [AttemptRef], resolve: (d) => d.attempts }),
    nextAttemptAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the next retry is due (PENDING only).',
      resolve: (d) => (d.state === 'PENDING' ? d.nextAttemptAt : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const AlertRef = builder.objectRef<Alert>('Alert').implement({
  description: 'A breach of a rule (or a guard trip): what, where, how bad, and the requests behind it.',
  authScopes: OPS,
  fields: (t) => ({
    id: t.exposeID('id'),
    rule: t.exposeString('ruleKey', { description: 'The rule key, or guard:<flagKey> for a guard trip.' }),
    ruleRevision: t.int({ nullable: true, resolve: (a) => a.ruleRevision }),
    state: t.field({ type: StateEnum, resolve: (a) => a.state }),
    severity: t.field({ type: SeverityEnum, resolve: (a) => a.severity }),
    kind: t.field({ type: KindEnum, resolve: (a) => a.kpi }),
    service: t.exposeString('service'),
    operation: t.string({ nullable: true, resolve: (a) => a.operation }),
    tenantId: t.id({ nullable: true, resolve: (a) => a.tenantId }),
    comparison: t.field({ type: ComparisonEnum, resolve: (a) => a.comparison }),
    value: t.float({
      nullable: true,
      description: 'The breaching value (the latest while open).',
      resolve: (a) => a.value,
    }),
    threshold: t.exposeFloat('threshold'),
    windowSeconds: t.exposeInt('windowSeconds'),
    samples: t.exposeInt('samples'),
    sampleRequestIds: t.exposeStringList('sampleRequestIds'),
    context: t.field({ type: 'JSON', resolve: (a) => a.context }),
    pendingSince: t.expose('pendingSince', { type: 'DateTime' }),
    firedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.firedAt }),
    resolvedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.resolvedAt }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deliveries: t.field({
      type: [DeliveryRef],
      resolve: (a, _args, ctx) => ctx.services.alerts.deliveries([a.id]),
    }),
  }),
});

const AlertPageRef = builder.objectRef<{ items: Alert[]; nextCursor: string | null }>('AlertPage').implement({
  authScopes: OPS,
  fields: (t) => ({
    items: t.field({ type: [AlertRef], resolve: (p) => p.items }),
    nextCursor: t.string({ nullable: true, resolve: (p) => p.nextCursor }),
  }),
});

const secret = z
  .string()
  .refine(
    (s) => s === '' || (s.length >= 16 && s.length <= 256),
    'at least 16 characters, at most 256 ("" removes it)',
  );

const AlertRuleInput = builder.inputType('AlertRuleInput', {
  description: 'A whole alert rule. webhookSecret: absent keeps the current one, "" removes it.',
  fields: (t) => ({
    description: t.string({ defaultValue: '', validate: z.string().max(500) }),
    kpi: t.field({ type: KpiEnum, required: true }),
    operation: t.string({ validate: z.string().max(200) }),
    tenantId: t.id({ validate: z.uuid({ message: 'must be a tenant id (UUID)' }) }),
    comparison: t.field({ type: ComparisonEnum, required: true }),
    threshold: t.float({ required: true }),
    windowSeconds: t.int({ defaultValue: 300 }),
    minSamples: t.int({ defaultValue: 0 }),
    forSeconds: t.int({ defaultValue: 0 }),
    severity: t.field({ type: SeverityEnum, defaultValue: 'WARNING' }),
    webhookUrl: t.string({ validate: z.string().max(2000) }),
    webhookSecret: t.string({ validate: secret }),
    enabled: t.boolean({ defaultValue: true }),
  }),
});

function toWrite(input: typeof AlertRuleInput.$inferInput): AlertRuleWrite {
  return {
    description: input.description ?? '',
    kpi: input.kpi,
    operation: input.operation ?? null,
    tenantId: input.tenantId == null ? null : String(input.tenantId),
    comparison: input.comparison,
    threshold: input.threshold,
    windowSeconds: input.windowSeconds ?? 300,
    minSamples: input.minSamples ?? 0,
    forSeconds: input.forSeconds ?? 0,
    severity: input.severity ?? 'WARNING',
    webhookUrl: input.webhookUrl || null,
    webhookSecret: input.webhookSecret ?? undefined,
    enabled: input.enabled ?? true,
  };
}

const AlertRuleRollbackRef = rollbackPayload('AlertRule', 'alertRule', AlertRuleRef);

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
const encodeCursor = (a: Alert) =>
  Buffer.from(`${a.pendingSince.toISOString()}|${a.id}`).toString('base64url');
function decodeCursor(cursor: string): { pendingSince: Date; id: string } | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const pendingSince = new Date(at ?? '');
  if (!id || Number.isNaN(+pendingSince) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return { pendingSince, id };
}

builder.queryFields((t) => ({
  alertRules: t.field({
    type: [AlertRuleRef],
    authScopes: OPS,
    args: { includeArchived: t.arg.boolean({ defaultValue: false }) },
    resolve: (_root, args, ctx) => ctx.services.alerts.listRules(args.includeArchived ?? false),
  }),
  alertRule: t.field({
    type: AlertRuleRef,
    nullable: true,
    authScopes: OPS,
    args: { key: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => ctx.services.alerts.findRule(args.key).then((r) => r ?? null),
  }),
  alertRuleRevisions: t.field({
    type: [RevisionRef],
    authScopes: OPS,
    args: historyArgs,
    resolve: (_root, args, ctx) => ctx.services.alerts.history(args.key, args.first ?? 50),
  }),
  alerts: t.field({
    type: AlertPageRef,
    authScopes: OPS,
    description: 'Alert history, newest first (by when the breach began); from/to bound that time.',
    args: {
      state: t.arg({ type: StateEnum }),
      rule: t.arg.string({ validate: z.string().max(200) }),
      from: t.arg({ type: 'DateTime' }),
      to: t.arg({ type: 'DateTime' }),
      first: t.arg.int({ defaultValue: 50, validate: PAGE_SIZE }),
      after: t.arg.string({
        validate: z
          .string()
          .regex(CURSOR, 'must be a cursor from a previous page')
          .refine((c) => decodeCursor(c) !== undefined, 'must be a cursor from a previous page'),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 50;
      const items = await ctx.services.alerts.list({
        state: args.state ?? undefined,
        ruleKey: args.rule ?? undefined,
        from: args.from ?? undefined,
        to: args.to ?? undefined,
        after: args.after ? decodeCursor(args.after) : undefined,
        first: first + 1,
      });
      const page = items.slice(0, first);
      const last = page.at(-1);
      return { items: page, nextCursor: items.length > first && last ? encodeCursor(last) : null };
    },
  }),
  activeAlerts: t.field({
    type: [AlertRef],
    authScopes: OPS,
    description: 'Alerts firing now, newest first.',
    resolve: (_root, _args, ctx) => ctx.services.alerts.active(),
  }),
}));

builder.mutationFields((t) =>
  keyedWriteFields(t, {
    name: 'AlertRule',
    entity: AlertRuleRef,
    rollback: AlertRuleRollbackRef,
    input: AlertRuleInput,
    toContent: toWrite,
    service: (ctx) => ctx.services.alerts,
    descriptions: {
      archive: 'Retires an alert rule: it is no longer evaluated and its open alert resolves.',
    },
  }),
);

builder.subscriptionFields((t) => ({
  alerts: t.field({
    type: AlertRef,
    authScopes: OPS,
    description: 'Alerts as they fire and resolve, from every instance.',
    subscribe: (_root, _args, ctx) => ctx.services.alerts.stream(),
    resolve: (alert) => alert,
  }),
}));
