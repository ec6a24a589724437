// The only Kysely code for users.
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { UsersTable } from '../platform/db-types.js';
import { isUuid } from '../platform/text.js';
import type { User, UserWithPassword } from './user.js';
import type { Plan, Role } from './viewer.js';

const toUser = (row: Selectable<UsersTable>): UserWithPassword => ({
  id: row.id,
  tenantId: row.tenant_id,
  email: row.email,
  role: row.role,
  plan: row.plan,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
  passwordHash: row.password_hash,
});

const withoutPassword = ({ passwordHash: _, ...user }: UserWithPassword): User => user;

export interface NewUser {
  tenantId: string;
  email: string;
  role: Role;
  plan: Plan;
  passwordHash: string;
}

export class UserStore {
  constructor(private readonly db: Db) {}

  async findById(tenantId: string, id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && withoutPassword(toUser(row));
  }

  /** The account with this email in one tenant (emails are stored lower-case). */
  async findByEmail(tenantId: string, email: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row && withoutPassword(toUser(row));
  }

  /** Emails of the given accounts of one tenant, by id; ids of other tenants or unknown ids are left out. */
  async emailsByIds(tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
    // users.id is a uuid: anything else could never match and would make Postgres reject the query.
    const valid = [...new Set(ids)].filter((id) => isUuid(id));
    if (valid.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', valid)
      .execute();
    return new Map(rows.map((row) => [row.id, row.email]));
  }

  /** Accounts with this email, in one tenant when its slug is given, else in any. */
  async findForLogin(email: string, tenantSlug: string | undefined, limit = 2): Promise<UserWithPassword[]> {
    let query = this.db
      .selectFrom('users')
      .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
      .selectAll('users')
      .where('users.email', '=', email);
    if (tenantSlug !== undefined) query = query.where('tenants.slug', '=', tenantSlug);
    const rows = await query.limit(limit).execute();
    return rows.map(toUser);
  }

  /** Applies a change to role, plan or disabled state; undefined when there is no such account. */
  async update(
    tenantId: string,
    id: string,
    change: { role?: Role; plan?: Plan; disabledAt?: Date | null },
  ): Promise<User | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db
      .updateTable('users')
      .set({
        ...(change.role ? { role: change.role } : {}),
        ...(change.plan ? { plan: change.plan } : {}),
        ...(change.disabledAt !== undefined ? { disabled_at: change.disabledAt } : {}),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && withoutPassword(toUser(row));
  }

  /** Inserts the user unless the email is taken in the tenant; returns the stored row either way. */
  async ensure(user: NewUser): Promise<User> {
    await this.db
      .insertInto('users')
      .values({
        tenant_id: user.tenantId,
        email: user.email,
        role: user.role,
        plan: user.plan,
        password_hash: user.passwordHash,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'email']).doNothing())
      .execute();
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', user.tenantId)
      .where('email', '=', user.email)
      .executeTakeFirstOrThrow();
    return withoutPassword(toUser(row));
  }
}
