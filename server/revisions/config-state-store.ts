// The one configuration revision (the config_state row): read, locked for a write, and moved by one per commit.
import type { Db } from '../platform/db.js';

export interface ConfigStateStore {
  /** The configuration revision in force. */
  current(): Promise<number>;
  /** Takes the configuration write lock for the rest of the transaction. */
  lock(): Promise<void>;
  /** Moves the revision by one and returns it (inside the locked transaction). */
  next(): Promise<number>;
}

export class PgConfigStateStore implements ConfigStateStore {
  constructor(private readonly db: Db) {}

  async current(): Promise<number> {
    const row = await this.db
      .selectFrom('config_state')
      .select('revision')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return Number(row.revision);
  }

  async lock(): Promise<void> {
    await this.db.selectFrom('config_state').select('revision').where('id', '=', 1).forUpdate().execute();
  }

  async next(): Promise<number> {
    const row = await this.db
      .updateTable('config_state')
      .set((eb) => ({ revision: eb('revision', '+', 1) }))
      .where('id', '=', 1)
      .returning('revision')
      .executeTakeFirstOrThrow();
    return Number(row.revision);
  }
}
