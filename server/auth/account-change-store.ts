// The only Kysely code for account_changes: the log that database triggers write on every change to who may call.
import { sql } from 'kysely';
import type { Db } from '../platform/db.js';
import type { AccountRef } from './account-changed.js';

export interface AccountChangeRow {
  id: number;
  account: AccountRef;
  tenantId: string;
}

export interface AccountChangeLog {
  /** Changes logged after `since` (every row when undefined), and the database clock when read. */
  since(since: Date | undefined): Promise<{ now: Date; changes: AccountChangeRow[] }>;
  /** Drops rows older than `before` (they have been seen by every instance long ago). */
  prune(before: Date): Promise<void>;
}

export class PgAccountChangeLog implements AccountChangeLog {
  constructor(private readonly db: Db) {}

  async since(since: Date | undefined): Promise<{ now: Date; changes: AccountChangeRow[] }> {
    const { now } = await sql<{ now: Date }>`select clock_timestamp() as now`
      .execute(this.db)
      .then((r) => r.rows[0] as { now: Date });
    let query = this.db.selectFrom('account_changes').selectAll().orderBy('id');
    if (since) query = query.where('at', '>', since);
    const rows = since ? await query.execute() : [];
    return {
      now: new Date(now),
      changes: rows.map((row) => ({
        id: row.id,
        tenantId: row.tenant_id,
        account:
          row.kind === 'user'
            ? { kind: 'user', userId: row.account_id }
            : { kind: 'apiKey', apiKeyId: row.account_id },
      })),
    };
  }

  async prune(before: Date): Promise<void> {
    await this.db.deleteFrom('account_changes').where('at', '<', before).execute();
  }
}
