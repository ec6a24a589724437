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
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('metric_rollups').where('grain', '=', 'day').execute();
  await db.schema.alterTable('metric_rollups').dropConstraint('metric_rollups_grain_check').execute();
  await db.schema
    .alterTable('metric_rollups')
    .addCheckConstraint('metric_rollups_grain_check', sql`grain in ('minute', 'hour')`)
    .execute();
  await db.schema.alterTable('metric_events').dropColumn('count').execute();
}
