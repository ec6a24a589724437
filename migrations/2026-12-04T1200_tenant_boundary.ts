// The tenant boundary: one operator tenant holds the staff roles, customers get `tenant_admin`, and audit
// events and revisions record the tenant they concern. Staff accounts found in customer tenants are demoted.
import { type Kysely, sql } from 'kysely';

const MIGRATION_REASON = 'migration: staff roles exist only in the operator tenant';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('tenants')
    .addColumn('kind', 'text', (c) =>
      c.notNull().defaultTo('customer').check(sql`kind in ('operator', 'customer')`),
    )
    .execute();
  // At most one operator tenant.
  await sql`create unique index tenants_one_operator on tenants (kind) where kind = 'operator'`.execute(db);

  await sql`alter table users drop constraint if exists users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check
    check (role in ('user', 'tenant_admin', 'support', 'ops', 'platform'))`.execute(db);

  for (const table of ['audit_events', 'revisions']) {
    await db.schema.alterTable(table).addColumn('tenant_id', 'uuid').execute();
  }
  await db.schema
    .createIndex('audit_events_tenant_idx')
    .on('audit_events')
    .columns(['tenant_id', 'id'])
    .execute();

  // The operator: the demo tenant when there is one, else the oldest tenant holding a platform account.
  await sql`
    update tenants set kind = 'operator' where id = (
      select t.id from tenants t
      where t.slug = 'demo'
         or exists (select 1 from users u where u.tenant_id = t.id and u.role = 'platform')
      order by (t.slug = 'demo') desc, t.created_at, t.id
      limit 1)`.execute(db);

  // Staff accounts of customer tenants lose their role, audited as a system change (streams end by trigger).
  await sql`
    with demoted as (
      update users u set role = 'user'
      from tenants t
      where t.id = u.tenant_id and t.kind = 'customer' and u.role in ('support', 'ops', 'platform')
      returning u.id, u.tenant_id, u.email, (select role from users o where o.id = u.id) as before
    )
    insert into audit_events (request_id, actor, action, target_type, target_key, status, details, tenant_id)
    select 'migration', 'system', 'user.role', 'user', d.id::text, 'success',
      jsonb_build_object('tenantId', d.tenant_id, 'reason', ${MIGRATION_REASON}::text,
        'before', jsonb_build_object('role', d.before), 'after', jsonb_build_object('role', 'user')),
      d.tenant_id
    from demoted d`.execute(db);

  // The database itself refuses a staff role outside the operator tenant, and tenant_admin inside it.
  await sql`
    create function enforce_tenant_roles() returns trigger language plpgsql as $$
    declare
      tenant_kind text;
    begin
      select kind into tenant_kind from tenants where id = new.tenant_id;
      if new.role in ('support', 'ops', 'platform') and tenant_kind is distinct from 'operator' then
        raise exception 'staff role % exists only in the operator tenant', new.role using errcode = '23514';
      end if;
      if new.role = 'tenant_admin' and tenant_kind = 'operator' then
        raise exception 'tenant_admin exists only in customer tenants' using errcode = '23514';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger users_tenant_roles before insert or update of role, tenant_id on users
    for each row execute function enforce_tenant_roles()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger users_tenant_roles on users`.execute(db);
  await sql`drop function enforce_tenant_roles()`.execute(db);
  await db.schema.dropIndex('audit_events_tenant_idx').execute();
  for (const table of ['audit_events', 'revisions']) {
    await db.schema.alterTable(table).dropColumn('tenant_id').execute();
  }
  await sql`update users set role = 'user' where role = 'tenant_admin'`.execute(db);
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check
    check (role in ('user', 'support', 'ops', 'platform'))`.execute(db);
  await sql`drop index tenants_one_operator`.execute(db);
  await db.schema.alterTable('tenants').dropColumn('kind').execute();
}
