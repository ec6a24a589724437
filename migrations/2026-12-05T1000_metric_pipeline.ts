// The metric pipeline: raw events become generic (kind + dimensions), per-minute and per-hour rollups with a
// latency sketch, the rollup job's shared state, and what flag metrics need (unique users, first/last exposure).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Events without a tenant (a sign-in that named none, an unknown API key) are kept too.
  await db.schema
    .alterTable('metric_events')
    .alterColumn('tenant_id', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('metric_events')
    .alterColumn('request_id', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('metric_events')
    .addColumn('dims', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('error', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('subject', 'text')
    .dropColumn('module')
    .dropColumn('plan')
    .dropColumn('segment')
    .execute();
  await db.schema
    .alterTable('metric_events')
    .alterColumn('latency_ms', (c) => c.setDataType('real'))
    .execute();
  await db.schema.dropIndex('metric_events_at_idx').execute();
  await db.schema.createIndex('metric_events_at_idx').on('metric_events').column('at').execute();

  await db.schema
    .createTable('metric_rollups')
    .addColumn('grain', 'text', (c) => c.notNull().check(sql`grain in ('minute', 'hour')`))
    .addColumn('bucket', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // '*' holds every tenant's events together, so a window over all tenants reads few rows.
    .addColumn('tenant_key', 'text', (c) => c.notNull())
    .addColumn('dims_key', 'text', (c) => c.notNull())
    .addColumn('dims', 'jsonb', (c) => c.notNull())
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addColumn('errors', 'bigint', (c) => c.notNull())
    .addColumn('latency_count', 'bigint', (c) => c.notNull())
    .addColumn('latency_sum', 'double precision', (c) => c.notNull())
    .addColumn('sketch', 'bytea')
    .addPrimaryKeyConstraint('metric_rollups_pk', ['tenant_key', 'grain', 'kind', 'bucket', 'dims_key'])
    .execute();
  await db.schema
    .createIndex('metric_rollups_bucket_idx')
    .on('metric_rollups')
    .columns(['grain', 'bucket'])
    .execute();

  await db.schema
    .createTable('metric_rollup_state')
    .addColumn('job', 'text', (c) => c.primaryKey())
    .addColumn('rolled_through', 'timestamptz', (c) => c.notNull())
    .addColumn('runs', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('last_run_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('metric_flag_users')
    .addColumn('flag', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('metric_flag_users_pk', ['flag', 'day', 'subject'])
    .execute();

  await db.schema
    .createTable('metric_flag_seen')
    .addColumn('flag', 'text', (c) => c.primaryKey())
    .addColumn('first_exposure_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_exposure_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['metric_flag_seen', 'metric_flag_users', 'metric_rollup_state', 'metric_rollups'])
    await db.schema.dropTable(table).execute();
  await db.deleteFrom('metric_events').execute();
  await db.schema
    .alterTable('metric_events')
    .dropColumn('dims')
    .dropColumn('error')
    .dropColumn('subject')
    .addColumn('module', 'text')
    .addColumn('plan', 'text')
    .addColumn('segment', 'text')
    .execute();
}
