// Platform staff's changes to accounts (disable, enable, role, plan): audited in the same transaction, and
// announced so every instance ends or re-evaluates that account's open streams at once.
import type { AuditStore } from '../audit/audit-store.js';
import type { Publisher } from '../platform/bus.js';
import { AugurError } from '../platform/errors.js';
import { isUuid } from '../platform/text.js';
import { ACCOUNT_CHANGED, type AccountChanged } from './account-changed.js';
import type { AccountDirectory } from './account-directory.js';
import type { User } from './user.js';
import type { UserStore } from './user-store.js';
import { isStaffRole, type Plan, type Role } from './viewer.js';

/** Which tenant is the operator's (server/tenants/operator-tenant.ts). */
export interface OperatorCheck {
  is(tenantId: string): boolean;
}

export interface AccountAdminStores {
  users: Pick<UserStore, 'findById' | 'update'>;
  audit: Pick<AuditStore, 'insert'>;
}

/** Runs `work` in one transaction with stores bound to it. */
export type AccountAdminTransaction = <T>(work: (stores: AccountAdminStores) => Promise<T>) => Promise<T>;

/** Who asks for the change, as the audit row records it. */
export interface AdminMeta {
  actor: string;
  /** The staff account making the change: it may not disable or demote itself. */
  actorUserId: string;
  actorTenantId: string;
  reason: string;
  requestId: string;
}

type AccountChange =
  | { action: 'user.disable' }
  | { action: 'user.enable' }
  | { action: 'user.role'; role: Role }
  | { action: 'user.plan'; plan: Plan };

export class AccountAdminService {
  constructor(
    private readonly transact: AccountAdminTransaction,
    private readonly events: Publisher<{ [ACCOUNT_CHANGED]: AccountChanged }>,
    /** This instance's account view, updated before the change is announced to the others. */
    private readonly accounts: Pick<AccountDirectory, 'apply'>,
    private readonly operator: OperatorCheck,
    private readonly now: () => Date = () => new Date(),
  ) {}

  disable(tenantId: string, userId: string, meta: AdminMeta): Promise<User> {
    return this.change(tenantId, userId, { action: 'user.disable' }, meta);
  }

  enable(tenantId: string, userId: string, meta: AdminMeta): Promise<User> {
    return this.change(tenantId, userId, { action: 'user.enable' }, meta);
  }

  setRole(tenantId: string, userId: string, role: Role, meta: AdminMeta): Promise<User> {
    // Staff roles exist only in the operator tenant, tenant_admin only in customer tenants.
    const operator = this.operator.is(tenantId);
    if (isStaffRole(role) && !operator) {
      throw new AugurError('VALIDATION_FAILED', 'Staff roles exist only in the operator tenant', {
        fields: [{ path: 'role', message: 'staff roles exist only in the operator tenant' }],
      });
    }
    if (role === 'tenant_admin' && operator) {
      throw new AugurError('VALIDATION_FAILED', 'tenant_admin exists only in customer tenants', {
        fields: [{ path: 'role', message: 'tenant_admin exists only in customer tenants' }],
      });
    }
    return this.change(tenantId, userId, { action: 'user.role', role }, meta);
  }

  setPlan(tenantId: string, userId: string, plan: Plan, meta: AdminMeta): Promise<User> {
    return this.change(tenantId, userId, { action: 'user.plan', plan }, meta);
  }

  private async change(tenantId: string, userId: string, change: AccountChange, meta: AdminMeta) {
    if (!isUuid(tenantId) || !isUuid(userId)) throw new AugurError('NOT_FOUND', 'Account not found');
    const locksOut =
      change.action === 'user.disable' || (change.action === 'user.role' && change.role !== 'platform');
    if (locksOut && userId === meta.actorUserId) {
      throw new AugurError('FORBIDDEN', 'You cannot disable or demote your own account');
    }
    const user = await this.transact(async ({ users, audit }) => {
      const before = await users.findById(tenantId, userId);
      if (!before) throw new AugurError('NOT_FOUND', 'Account not found');
      const after = await users.update(tenantId, userId, patchFor(change, before, this.now()));
      if (!after) throw new AugurError('NOT_FOUND', 'Account not found');
      await audit.insert({
        requestId: meta.requestId,
        actor: meta.actor,
        action: change.action,
        targetType: 'user',
        targetKey: userId,
        status: 'success',
        details: { tenantId, reason: meta.reason, before: summary(before), after: summary(after) },
        tenantId,
      });
      return after;
    });
    await this.accounts.apply(tenantId, { kind: 'user', userId });
    this.events.publish(ACCOUNT_CHANGED, {
      account: { kind: 'user', userId },
      tenantId,
      at: this.now().toISOString(),
    });
    return user;
  }
}

function patchFor(change: AccountChange, before: User, now: Date) {
  switch (change.action) {
    case 'user.disable':
      return { disabledAt: before.disabledAt ?? now };
    case 'user.enable':
      return { disabledAt: null };
    case 'user.role':
      return { role: change.role };
    case 'user.plan':
      return { plan: change.plan };
  }
}

const summary = (user: User) => ({ role: user.role, plan: user.plan, disabled: user.disabledAt !== null });
