// GraphQL for the audit trail: staff (ops, support) read all of it, a tenant admin only its own tenant's
// events (never global configuration's); filtered, newest first, cursor-paginated.
import { z } from 'zod';
import { PAGE_SIZE } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import { actorLabelsFor } from './actor-labels.js';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEvent,
  TARGET_TYPES,
  type TargetType,
} from './audit-event.js';

/** `flag.create` → FLAG_CREATE, `tenantSettings` → TENANT_SETTINGS: the GraphQL name of a closed-list value. */
const enumName = (value: string) =>
  value
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace('.', '_')
    .toUpperCase();

const enumValues = <V extends string>(values: readonly V[]) =>
  Object.fromEntries(values.map((value) => [enumName(value), { value }])) as Record<string, { value: V }>;

export const AuditActionEnum = builder.enumType('AuditAction', {
  description: 'What an audit event records: the target type and what was done to it.',
  values: enumValues<AuditAction>(AUDIT_ACTIONS),
});

export const AuditTargetTypeEnum = builder.enumType('AuditTargetType', {
  description: 'The kind of thing an audit event concerns.',
  values: enumValues<TargetType>(TARGET_TYPES),
});

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  authScopes: { ops: true, support: true, tenantAdmin: true },
  fields: (t) => ({
    id: t.id({ resolve: (e) => String(e.id) }),
    requestId: t.exposeString('requestId'),
    actor: t.exposeString('actor', { description: '`user:<id>`, `apiKey:<id>` or `system`, as stored.' }),
    actorLabel: t.string({
      description:
        "Who acted, for people: the account's email when the actor is an account of the caller's tenant, else the actor as stored.",
      resolve: (e, _args, ctx) => actorLabelsFor(ctx).label(e.actor),
    }),
    action: t.field({ type: AuditActionEnum, resolve: (e) => e.action }),
    targetType: t.field({ type: AuditTargetTypeEnum, resolve: (e) => e.targetType }),
    targetKey: t.exposeString('targetKey'),
    tenantId: t.exposeID('tenantId', {
      nullable: true,
      description: 'The tenant the event concerns; null for global configuration.',
    }),
    status: t.exposeString('status', { description: 'success or failed.' }),
    details: t.field({ type: 'JSON', resolve: (e) => e.details }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const AuditPageRef = builder
  .objectRef<{ items: AuditEvent[]; nextCursor: string | null }>('AuditPage')
  .implement({
    authScopes: { ops: true, support: true, tenantAdmin: true },
    fields: (t) => ({
      items: t.field({ type: [AuditEventRef], resolve: (p) => p.items }),
      nextCursor: t.string({ nullable: true, resolve: (p) => p.nextCursor }),
    }),
  });

builder.queryField('auditEvents', (t) =>
  t.withAuth({ ops: true, support: true, tenantAdmin: true }).field({
    type: AuditPageRef,
    description:
      "Audit events, newest first. A tenant admin sees only its own tenant's events, whatever `tenantId` says.",
    args: {
      actor: t.arg.string({
        description:
          "`user:<id>`, `apiKey:<id>`, `system`, or the email of an account of the caller's tenant.",
        validate: z.string().max(320),
      }),
      action: t.arg({ type: AuditActionEnum }),
      targetType: t.arg({ type: AuditTargetTypeEnum }),
      tenantId: t.arg.id({
        description: 'Only events concerning this tenant (staff); a tenant admin always gets its own.',
        validate: z.uuid({ message: 'must be a tenant id (UUID)' }),
      }),
      targetKey: t.arg.string(),
      since: t.arg({ type: 'DateTime' }),
      until: t.arg({ type: 'DateTime' }),
      first: t.arg.int({ defaultValue: 50, validate: PAGE_SIZE }),
      after: t.arg.string({
        validate: z.string().regex(/^\d{1,18}$/, 'must be a cursor from a previous page'),
      }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 50;
      const actor = args.actor ? await actorLabelsFor(ctx).actorFilter(args.actor) : undefined;
      // An email no account of this tenant has matches nothing; other tenants' accounts stay unknown.
      if (actor === null) return { items: [], nextCursor: null };
      // Filtered by the caller's tenant first: a tenant admin never reads global or other tenants' events.
      const tenantId = ctx.scopes.tenantAdmin ? ctx.viewer.tenantId : (args.tenantId ?? undefined);
      const items = await ctx.services.audit.list(
        {
          tenantId: tenantId === undefined ? undefined : String(tenantId),
          actor: actor || undefined,
          action: args.action ?? undefined,
          targetType: args.targetType ?? undefined,
          targetKey: args.targetKey ?? undefined,
          since: args.since ?? undefined,
          until: args.until ?? undefined,
        },
        first + 1,
        args.after ? Number(args.after) : undefined,
      );
      const page = items.slice(0, first);
      return { items: page, nextCursor: items.length > first ? String(page.at(-1)?.id) : null };
    },
  }),
);
