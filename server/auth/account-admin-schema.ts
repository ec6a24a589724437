// GraphQL for platform staff's account changes: disable, enable, role and plan, each with a reason.
import { z } from 'zod';
import { REQUIRED_REASON } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import type { AdminMeta } from './account-admin-service.js';
import { actorOf } from './actor.js';
import { PlanEnum, RoleEnum, UserRef } from './auth-schema.js';
import type { AccountContext, Plan, Role } from './viewer.js';

const idArg = (what: string) => z.uuid({ message: `must be ${what} id (UUID)` });

function adminMeta(ctx: AccountContext, reason: string): AdminMeta {
  return {
    actor: actorOf(ctx),
    actorUserId: ctx.viewer.userId,
    actorTenantId: ctx.viewer.tenantId,
    reason,
    requestId: ctx.requestId,
  };
}

builder.mutationFields((t) => {
  const platform = t.withAuth({ platform: true });
  const target = {
    tenantId: t.arg.id({ required: true, validate: idArg('a tenant') }),
    userId: t.arg.id({ required: true, validate: idArg('an account') }),
    reason: t.arg.string({ required: true, validate: REQUIRED_REASON }),
  };
  /** disableUser and enableUser: the account and a reason, nothing else. */
  const switchField = (description: string, action: 'disable' | 'enable') =>
    platform.field({
      type: UserRef,
      description,
      args: target,
      resolve: (_root, args, ctx) =>
        ctx.services.accountAdmin[action](
          String(args.tenantId),
          String(args.userId),
          adminMeta(ctx, args.reason),
        ),
    });
  return {
    disableUser: switchField(
      'Disables an account: it can no longer sign in, and its sessions and open streams end on every instance at once.',
      'disable',
    ),
    enableUser: switchField('Enables a disabled account again.', 'enable'),
    setUserRole: platform.field({
      type: UserRef,
      description:
        "Changes an account's role; its open streams end on every instance at once (it signs in again).",
      args: { ...target, role: t.arg({ type: RoleEnum, required: true }) },
      resolve: (_root, args, ctx) =>
        ctx.services.accountAdmin.setRole(
          String(args.tenantId),
          String(args.userId),
          args.role.toLowerCase() as Role,
          adminMeta(ctx, args.reason),
        ),
    }),
    setUserPlan: platform.field({
      type: UserRef,
      description: "Changes an account's plan; its open flag streams re-evaluate at once.",
      args: { ...target, plan: t.arg({ type: PlanEnum, required: true }) },
      resolve: (_root, args, ctx) =>
        ctx.services.accountAdmin.setPlan(
          String(args.tenantId),
          String(args.userId),
          args.plan.toLowerCase() as Plan,
          adminMeta(ctx, args.reason),
        ),
    }),
  };
});
