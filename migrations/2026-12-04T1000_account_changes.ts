// Disabled accounts, and a log of every change to who may call (role, plan, disabled, revoked, deleted)
// that each instance polls, so a change made anywhere (another instance, or SQL by hand) reaches every
// instance's in-memory account view even when no event crossed.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('disabled_at', 'timestamptz').execute();
  await db.schema
    .createTable('account_changes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('user', 'apiKey')`))
    .addColumn('account_id', 'uuid', (c) => c.notNull())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    // clock_timestamp, not now(): the poll reads by time, and now() is when a long transaction began.
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`))
    .execute();
  await db.schema.createIndex('account_changes_at_idx').on('account_changes').column('at').execute();

  await sql`
    create function record_account_change() returns trigger language plpgsql as $$
    declare
      row_kind text := case when tg_table_name = 'users' then 'user' else 'apiKey' end;
      changed record := case when tg_op = 'DELETE' then old else new end;
    begin
      insert into account_changes (kind, account_id, tenant_id) values (row_kind, changed.id, changed.tenant_id);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger users_account_change after update of role, plan, disabled_at, tenant_id or delete on users
    for each row execute function record_account_change()`.execute(db);
  await sql`
    create trigger api_keys_account_change after update of revoked_at, tenant_id or delete on api_keys
    for each row execute function record_account_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger api_keys_account_change on api_keys`.execute(db);
  await sql`drop trigger users_account_change on users`.execute(db);
  await sql`drop function record_account_change()`.execute(db);
  await db.schema.dropTable('account_changes').execute();
  await db.schema.alterTable('users').dropColumn('disabled_at').execute();
}
