// Each instance's live propagation figures (clients on the latest revision, recent revisions' reach), so any
// instance can answer for all of them; a row not refreshed for a while belongs to an instance that is gone.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('propagation_reports')
    .addColumn('instance', 'text', (c) => c.primaryKey())
    .addColumn('report', 'jsonb', (c) => c.notNull())
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('propagation_reports').execute();
}
