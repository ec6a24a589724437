// Replaying changes since a configuration revision reads revisions by config_revision.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('revisions_config_revision_idx')
    .on('revisions')
    .column('config_revision')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('revisions_config_revision_idx').execute();
}
