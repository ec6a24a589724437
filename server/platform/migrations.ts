// Applies the ISO-dated kysely migrations in migrations/ and reports whether the database is current.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMigrationProvider, type Kysely, Migrator } from 'kysely';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: migrations run on an untyped handle by design.
function migrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR }),
  });
}

/** Applies every pending migration; throws with the failing migration's name. */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every migration on disk is applied. */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export async function migrationsApplied(db: Kysely<any>): Promise<boolean> {
  const list = await migrator(db).getMigrations();
  return list.every((m) => m.executedAt !== undefined);
}

/** Applies migrations up to and including `name` (tests of one migration on data shaped before it). */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export async function migrateUpTo(db: Kysely<any>, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
