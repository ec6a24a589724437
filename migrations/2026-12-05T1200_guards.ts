// Guards on flags (a versioned kind: config and breaker state) and the outcome counters they read on PostgreSQL.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('guards')
    .addColumn('flag_key', 'text', (c) => c.primaryKey())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('config_revision', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // One row per flag, variant, rule, time bucket and latency bucket: a window is one indexed range read.
  await db.schema
    .createTable('guard_outcomes')
    .addColumn('flag_key', 'text', (c) => c.notNull())
    .addColumn('bucket_seconds', 'integer', (c) => c.notNull())
    .addColumn('bucket_start', 'bigint', (c) => c.notNull())
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('latency_bucket', 'integer', (c) => c.notNull())
    .addColumn('successes', 'integer', (c) => c.notNull())
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('guard_outcomes_pk', [
      'flag_key',
      'bucket_seconds',
      'bucket_start',
      'variant',
      'rule_id',
      'latency_bucket',
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('guard_outcomes').execute();
  await db.schema.dropTable('guards').execute();
}
