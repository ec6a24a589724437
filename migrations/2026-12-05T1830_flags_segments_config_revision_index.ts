// An incremental refresh reads the flags and segments written after the compiled configuration revision.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('flags_config_revision_idx').on('flags').column('config_revision').execute();
  await db.schema
    .createIndex('segments_config_revision_idx')
    .on('segments')
    .column('config_revision')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('segments_config_revision_idx').execute();
  await db.schema.dropIndex('flags_config_revision_idx').execute();
}
