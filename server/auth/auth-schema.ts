// GraphQL for signing in and for the signed-in account: login, me, and the User type.
import { z } from 'zod';
import { builder } from '../platform/builder.js';
import { AugurError } from '../platform/errors.js';
import { TenantRef } from '../tenants/tenant-schema.js';
import { TOKEN_TTL_SECONDS } from './token.js';
import type { User } from './user.js';
import { PLANS, ROLES } from './viewer.js';

export const RoleEnum = builder.enumType('Role', { values: ROLES.map((r) => r.toUpperCase()) as ['USER'] });
export const PlanEnum = builder.enumType('Plan', { values: PLANS.map((p) => p.toUpperCase()) as ['FREE'] });

export const UserRef = builder.objectRef<User>('User').implement({
  description: 'An account of a tenant.',
  // Returned by login (to an anonymous caller) and by me: the parent field decides who sees it.
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role.toUpperCase() as 'USER' }),
    plan: t.field({ type: PlanEnum, resolve: (user) => user.plan.toUpperCase() as 'FREE' }),
    disabledAt: t.expose('disabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the account was disabled; null while it may sign in.',
    }),
    tenant: t.field({
      type: TenantRef,
      resolve: async (user, _args, ctx) => {
        const tenant = await ctx.services.tenants.findById(user.tenantId);
        if (!tenant) throw new Error(`tenant ${user.tenantId} of user ${user.id} is missing`);
        return tenant;
      },
    }),
  }),
});

const AuthPayloadRef = builder.objectRef<{ token: string; user: User }>('AuthPayload').implement({
  description: 'A session token (send it as `Authorization: Bearer <token>`) and its account.',
  authScopes: { public: true },
  fields: (t) => ({
    token: t.exposeString('token'),
    expiresInSeconds: t.int({ resolve: () => TOKEN_TTL_SECONDS }),
    user: t.field({ type: UserRef, resolve: (payload) => payload.user }),
  }),
});

builder.mutationField('login', (t) =>
  t.field({
    type: AuthPayloadRef,
    description: 'Signs in with email and password. Every failure gives the same UNAUTHENTICATED answer.',
    authScopes: { public: true },
    args: {
      email: t.arg.string({ required: true, validate: z.string().min(1).max(254) }),
      password: t.arg.string({ required: true, validate: z.string().min(1).max(1024) }),
      tenant: t.arg.string({
        description: 'Tenant slug; needed only when the email exists in several tenants.',
      }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.auth.login({
        email: args.email,
        password: args.password,
        tenant: args.tenant ?? undefined,
        address: ctx.clientAddress,
      }),
  }),
);

builder.queryField('me', (t) =>
  t.withAuth({ user: true }).field({
    type: UserRef,
    description: 'The signed-in account.',
    resolve: async (_root, _args, ctx) => {
      const user = await ctx.services.auth.findUser(ctx.viewer.tenantId, ctx.viewer.userId);
      if (!user) throw new AugurError('UNAUTHENTICATED', 'Account no longer exists');
      return user;
    },
  }),
);
