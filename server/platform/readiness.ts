// Readiness: the database answers and every migration is applied.
import { sql } from 'kysely';
import type { Db } from './db.js';
import { migrationsApplied } from './migrations.js';

export type Readiness = { ready: true } | { ready: false; reason: 'database' | 'migrations' };

export function createReadinessCheck(db: Db): () => Promise<Readiness> {
  let migrated = false;
  return async () => {
    try {
      await sql`select 1`.execute(db);
      migrated ||= await migrationsApplied(db);
    } catch {
      return { ready: false, reason: 'database' };
    }
    return migrated ? { ready: true } : { ready: false, reason: 'migrations' };
  };
}
