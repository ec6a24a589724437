// Counted metric events (one row standing for `count` events: exposures aggregated in memory per minute)
// and day rollups beside minute and hour ones (a 7-day window reads days, not 168 hours).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('metric_events')
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('metric_rollups').dropConstraint('metric_rollups_grain_check').execute();
  await db.schema
    .alterTable('metric_rollups')
    .addCheckConstraint('metric_rollups_grain_check', sql`grain in ('minute', 'hour', 'day')`)
    .execute();
  // Hours rolled before day rows existed: the rollup job builds their days, one a run, from this marker on.
  await sql`
    insert into metric_rollup_state (job, rolled_through, runs, last_run_at, created_at)
    select 'rollup:day-backfill', date_trunc('day', min(bucket) at time zone 'UTC') at time zone 'UTC', 0, null, now()
    from metric_rollups where grain = 'hour' having count(*) > 0
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('metric_rollup_state').where('job', '=', 'rollup:day-backfill').execute();
  await db.deleteFrom('metric_rollups').where('grain', '=', 'day').execute();
  await db.schema.alterTable('metric_rollups').dropConstraint('metric_rollups_grain_check').execute();
  await db.schema
    .alterTable('metric_rollups')
    .addCheckConstraint('metric_rollups_grain_check', sql`grain in ('minute', 'hour')`)
    .execute();
  await db.schema.alterTable('metric_events').dropColumn('count').execute();
}
