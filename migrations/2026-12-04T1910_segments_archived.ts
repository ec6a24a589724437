// Segments can be archived (refused while a live flag's rule uses them): an archived segment leaves evaluation.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('segments').addColumn('archived_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('segments').dropColumn('archived_at').execute();
}
