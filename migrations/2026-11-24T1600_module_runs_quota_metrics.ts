// Gated module runs (tarot, runes), daily quota counters, and the metric events they record.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('quota_usage')
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('module', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('used', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quota_usage_pk', ['tenant_id', 'user_id', 'module', 'day'])
    .execute();

  await db.schema
    .createTable('module_runs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('conversation_id', 'uuid', (c) => c.notNull())
    .addColumn('module', 'text', (c) => c.notNull())
    .addColumn('spread', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('result', 'jsonb', (c) => c.notNull())
    .addColumn('flag_revision', 'integer')
    .addColumn('persona_revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('module_runs_tenant_user_idx')
    .on('module_runs')
    .columns(['tenant_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('metric_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('module', 'text')
    .addColumn('plan', 'text')
    .addColumn('segment', 'text')
    .addColumn('latency_ms', 'integer')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('metric_events_at_idx').on('metric_events').columns(['at', 'kind']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['metric_events', 'module_runs', 'quota_usage'])
    await db.schema.dropTable(table).execute();
}
