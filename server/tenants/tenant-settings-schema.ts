// GraphQL for tenant settings and entitlements: read (platform; a tenant admin its own), update with the
// version read, set an entitlement, history and rollback (platform only).
import { z } from 'zod';
import { changeMeta } from '../auth/actor.js';
import { CHANGE_REASON, PAGE_SIZE, REQUIRED_REASON } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import type { Context } from '../platform/context.js';
import { KEY_PATTERN } from '../platform/key-pattern.js';
import { RevisionRef } from '../revisions/revision-schema.js';
import { type TenantGate, tenantGate } from './tenant-gate.js';
import { ownTenant, TenantRef, tenantIdArg } from './tenant-schema.js';
import {
  type EntitlementState,
  entitlementsOf,
  plainSettings,
  stateOf,
  type TenantSettings,
} from './tenant-settings.js';

const EntitlementStateEnum = builder.enumType('EntitlementState', {
  description:
    'ON and OFF set `feature.<flagKey>` for the tenant; INHERIT removes it (the global gate decides).',
  values: ['ON', 'OFF', 'INHERIT'] as const,
});

interface EntitlementView {
  tenantId: string;
  flagKey: string;
  state: EntitlementState;
}

const TenantGateRef = builder.objectRef<TenantGate>('TenantFlagGate').implement({
  description:
    "Whether a flag is open for a tenant's users before targeting: kill switch, environment gate, entitlement, guard.",
  authScopes: { platform: true },
  fields: (t) => ({
    open: t.exposeBoolean('open', {
      description: "False: off for every user of the tenant. True: the flag's targeting decides per user.",
    }),
    step: t.string({
      nullable: true,
      description: 'The evaluation step that closed it (KILL_SWITCH, ENV_GATE, ENTITLEMENT, GUARD, FLAG).',
      resolve: (g) => g.step,
    }),
    detail: t.exposeString('detail', {
      description: "The deciding step's explanation, as explain words it.",
    }),
  }),
});

const TenantEntitlementRef = builder.objectRef<EntitlementView>('TenantEntitlement').implement({
  description: "A flag's entitlement for one tenant. Effective = global gate AND entitlement.",
  authScopes: { platform: true, tenantAdmin: true },
  fields: (t) => ({
    flagKey: t.exposeString('flagKey'),
    state: t.field({ type: EntitlementStateEnum, resolve: (e) => e.state }),
    gate: t.field({
      type: TenantGateRef,
      description: 'The effective result at the tenant level, and why (platform: it tells global state).',
      authScopes: { platform: true },
      resolve: (e, _args, ctx) =>
        tenantGate(ctx.services.evaluator.explain(e.flagKey, { tenantId: e.tenantId })),
    }),
  }),
});

const TenantSettingsRef = builder.objectRef<TenantSettings>('TenantSettings').implement({
  description: "A tenant's versioned settings; send `version` back as expectedVersion to change them.",
  authScopes: { platform: true, tenantAdmin: true },
  fields: (t) => ({
    tenantId: t.exposeID('tenantId'),
    version: t.exposeInt('revision'),
    settings: t.field({
      type: 'JSON',
      description:
        'The settings other than entitlements (moduleQuota.free, moduleQuota.premium, rateLimit...).',
      resolve: (s) => plainSettings(s.content),
    }),
    entitlements: t.field({
      type: [TenantEntitlementRef],
      description:
        'Every live flag with its state for this tenant, by key (plus any set on a flag since removed).',
      resolve: (s, _args, ctx) => entitlementViews(s, ctx),
    }),
  }),
});

function entitlementViews(settings: TenantSettings, ctx: Context): EntitlementView[] {
  const set = entitlementsOf(settings.content);
  const keys = new Set([...ctx.services.snapshot.current().flags.keys(), ...set.keys()]);
  return [...keys]
    .sort()
    .map((flagKey) => ({ tenantId: settings.tenantId, flagKey, state: stateOf(set.get(flagKey)) }));
}

builder.objectField(TenantRef, 'settings', (t) =>
  t.field({
    type: TenantSettingsRef,
    nullable: true,
    description:
      "The tenant's settings and entitlements (platform: the entitlements matrix reads every tenant).",
    authScopes: { platform: true },
    resolve: (tenant, _args, ctx) => ctx.services.tenancy.settingsOf(tenant.id),
  }),
);

const SettingsRollbackRef = builder
  .objectRef<{ settings: TenantSettings; changed: boolean }>('TenantSettingsRollback')
  .implement({
    authScopes: { platform: true },
    fields: (t) => ({
      settings: t.field({ type: TenantSettingsRef, resolve: (r) => r.settings }),
      changed: t.boolean({
        description: 'False when that version was already in force (nothing written).',
        resolve: (r) => r.changed,
      }),
    }),
  });

const expectedVersionArg = z.number().int().min(1);
const patchArg = z.record(z.string(), z.unknown(), { message: 'must be an object of setting keys' });

builder.queryFields((t) => ({
  tenantSettings: t.field({
    type: TenantSettingsRef,
    description: "A tenant's settings and entitlements: any tenant for platform, its own for a tenant admin.",
    authScopes: { platform: true, tenantAdmin: true },
    args: { tenantId: t.arg.id({ required: true, validate: tenantIdArg }) },
    resolve: (_root, args, ctx) => ctx.services.tenancy.settingsOf(ownTenant(ctx, String(args.tenantId))),
  }),
  tenantSettingsHistory: t.field({
    type: [RevisionRef],
    description: "A tenant's settings revisions, newest first.",
    authScopes: { platform: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      first: t.arg.int({ defaultValue: 50, validate: PAGE_SIZE }),
    },
    resolve: (_root, args, ctx) => ctx.services.tenancy.history(String(args.tenantId), args.first ?? 50),
  }),
}));

builder.mutationFields((t) => ({
  updateTenantSettings: t.field({
    type: TenantSettingsRef,
    description:
      'Patches settings (null removes a key). Without expectedVersion: PRECONDITION_REQUIRED; stale: CONFLICT with currentVersion; unknown or feature.* keys: VALIDATION_FAILED.',
    authScopes: { platform: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      expectedVersion: t.arg.int({ validate: expectedVersionArg }),
      patch: t.arg({ type: 'JSON', required: true, validate: patchArg }),
      reason: t.arg.string({ validate: CHANGE_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.tenancy.updateSettings(
        String(args.tenantId),
        args.expectedVersion,
        args.patch as Record<string, unknown>,
        changeMeta(ctx, args.reason),
      ),
  }),
  setTenantEntitlement: t.field({
    type: TenantSettingsRef,
    description:
      "Sets `feature.<flagKey>` for a tenant (ON, OFF) or removes it (INHERIT); the only way to write feature.*. Pushed to that tenant's open clients.",
    authScopes: { platform: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      flagKey: t.arg.string({
        required: true,
        validate: z.string().regex(KEY_PATTERN, 'must be a flag key'),
      }),
      state: t.arg({ type: EntitlementStateEnum, required: true }),
      expectedVersion: t.arg.int({ validate: expectedVersionArg }),
      reason: t.arg.string({ required: true, validate: REQUIRED_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.tenancy.setEntitlement(
        String(args.tenantId),
        args.flagKey,
        args.state,
        args.expectedVersion,
        changeMeta(ctx, args.reason),
      ),
  }),
  rollbackTenantSettings: t.field({
    type: SettingsRollbackRef,
    description: "Writes version toVersion's content as a new version (entitlements included).",
    authScopes: { platform: true },
    args: {
      tenantId: t.arg.id({ required: true, validate: tenantIdArg }),
      toVersion: t.arg.int({ required: true, validate: expectedVersionArg }),
      reason: t.arg.string({ required: true, validate: REQUIRED_REASON }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.tenancy.rollback(String(args.tenantId), args.toVersion, changeMeta(ctx, args.reason)),
  }),
}));
