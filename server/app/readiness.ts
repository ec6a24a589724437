// Readiness: the database answers and every migration is applied.
import type { Redis } from 'ioredis';
import { sql } from 'kysely';
import type { Db } from '../platform/db.js';
import { migrationsApplied } from '../platform/migrations.js';

export type Readiness = { ready: true } | { ready: false; reason: 'database' | 'migrations' | 'redis' };

/** Redis, when configured, must answer too: rate limits and events depend on it. */
export function createReadinessCheck(db: Db, redis?: Pick<Redis, 'ping'>): () => Promise<Readiness> {
  let migrated = false;
  return async () => {
    try {
      await sql`select 1`.execute(db);
      migrated ||= await migrationsApplied(db);
    } catch {
      return { ready: false, reason: 'database' };
    }
    if (!migrated) return { ready: false, reason: 'migrations' };
    if (redis) {
      const answered = await Promise.race([
        redis.ping().then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref()),
      ]);
      if (!answered) return { ready: false, reason: 'redis' };
    }
    return { ready: true };
  };
}
