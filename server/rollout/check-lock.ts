// One release-plan checker at a time across instances: a PostgreSQL session advisory lock on its own pooled
// connection (released when the check ends or the process dies), or a flag in memory on the embedded database.
import type pg from 'pg';

export interface CheckLock {
  /** Runs `work` when no other instance (or check here) holds the lock; undefined when it was held. */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
}

/** PGlite is one process and one session: a flag is enough. */
export class MemoryCheckLock implements CheckLock {
  private held = false;

  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.held) return undefined;
    this.held = true;
    try {
      return await work();
    } finally {
      this.held = false;
    }
  }
}

export class PgCheckLock implements CheckLock {
  private readonly local = new MemoryCheckLock();

  constructor(
    private readonly pool: pg.Pool,
    private readonly key: number,
  ) {}

  run<T>(work: () => Promise<T>): Promise<T | undefined> {
    return this.local.run(async () => {
      const client = await this.pool.connect();
      let locked = false;
      let broken = false;
      try {
        const { rows } = await client.query<{ locked: boolean }>(
          'select pg_try_advisory_lock($1::bigint) as locked',
          [this.key],
        );
        locked = rows[0]?.locked === true;
        if (!locked) return undefined;
        return await work();
      } finally {
        // A connection that could not unlock is dropped, so no pooled connection keeps the lock.
        if (locked)
          await client.query('select pg_advisory_unlock($1::bigint)', [this.key]).catch(() => {
            broken = true;
          });
        client.release(broken);
      }
    });
  }
}
