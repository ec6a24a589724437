// The store of module runs and quota counters: its interface, and the only Kysely code for them.
import { sql } from 'kysely';
import type { Db } from '../platform/db.js';

export interface NewRun {
  tenantId: string;
  userId: string;
  conversationId: string;
  module: string;
  spread: string;
  question: string;
  seed: string;
  result: unknown;
  flagRevision: number | null;
  personaRevision: number;
}

export interface QuotaKey {
  tenantId: string;
  userId: string;
  module: string;
  day: string;
}

export interface ModuleStore {
  /**
   * Takes one unit of today's quota, atomically: two runs racing for the last unit cannot both get it.
   * Returns the count after this run, or undefined when the limit is reached.
   */
  consumeQuota(key: QuotaKey, limit: number): Promise<number | undefined>;
  insertRun(run: NewRun): Promise<{ id: string; createdAt: Date }>;
  /** Units used today per module. */
  usedToday(tenantId: string, userId: string, day: string): Promise<Map<string, number>>;
}

export class PgModuleStore implements ModuleStore {
  /** `db` may be a transaction: the store then reads and writes inside it. */
  constructor(private readonly db: Db) {}

  // The conditional upsert locks the counter row until the transaction ends.
  async consumeQuota(key: QuotaKey, limit: number): Promise<number | undefined> {
    if (limit <= 0) return undefined;
    const row = await this.db
      .insertInto('quota_usage')
      .values({ tenant_id: key.tenantId, user_id: key.userId, module: key.module, day: key.day, used: 1 })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'user_id', 'module', 'day'])
          .doUpdateSet({ used: sql`quota_usage.used + 1` })
          .where('quota_usage.used', '<', limit),
      )
      .returning('used')
      .executeTakeFirst();
    return row?.used;
  }

  async insertRun(run: NewRun): Promise<{ id: string; createdAt: Date }> {
    const row = await this.db
      .insertInto('module_runs')
      .values({
        tenant_id: run.tenantId,
        user_id: run.userId,
        conversation_id: run.conversationId,
        module: run.module,
        spread: run.spread,
        question: run.question,
        seed: run.seed,
        result: JSON.stringify(run.result),
        flag_revision: run.flagRevision,
        persona_revision: run.personaRevision,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    return { id: row.id, createdAt: row.created_at };
  }

  async usedToday(tenantId: string, userId: string, day: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('quota_usage')
      .select(['module', 'used'])
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId)
      .where('day', '=', day)
      .execute();
    return new Map(rows.map((r) => [r.module, r.used]));
  }
}
