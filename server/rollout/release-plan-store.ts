// The only Kysely code for release plans: the versioned rows the writer changes, and the live plans' read.
import type { Db } from '../platform/db.js';
import type { ReleasePlansTable } from '../platform/db-types.js';
import type { EntityRows } from '../revisions/versioned-entity.js';
import type { PlanContent, ReleasePlan } from './release-plan.js';

type Row = {
  [K in keyof ReleasePlansTable]: ReleasePlansTable[K] extends { __select__: infer S }
    ? S
    : ReleasePlansTable[K];
};

const toPlan = (
  row: Pick<Row, 'flag_key' | 'content' | 'revision' | 'archived_at' | 'created_at' | 'updated_at'>,
): ReleasePlan => ({
  ...(row.content as PlanContent),
  flagKey: row.flag_key,
  revision: row.revision,
  archivedAt: row.archived_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface ReleasePlanRows extends EntityRows<ReleasePlan, PlanContent> {
  find(flagKey: string): Promise<ReleasePlan | undefined>;
  /** Every plan not archived (the cache's load). */
  live(): Promise<ReleasePlan[]>;
}

export class PgReleasePlanStore implements ReleasePlanRows {
  constructor(private readonly db: Db) {}

  async find(flagKey: string): Promise<ReleasePlan | undefined> {
    const row = await this.db
      .selectFrom('release_plans')
      .selectAll()
      .where('flag_key', '=', flagKey)
      .executeTakeFirst();
    return row && toPlan(row);
  }

  async live(): Promise<ReleasePlan[]> {
    const rows = await this.db
      .selectFrom('release_plans')
      .selectAll()
      .where('archived_at', 'is', null)
      .execute();
    return rows.map(toPlan);
  }

  async findForUpdate(flagKey: string): Promise<ReleasePlan | undefined> {
    const row = await this.db
      .selectFrom('release_plans')
      .selectAll()
      .where('flag_key', '=', flagKey)
      .forUpdate()
      .executeTakeFirst();
    return row && toPlan(row);
  }

  async insert(
    flagKey: string,
    content: PlanContent,
    revision: number,
    configRevision: number,
  ): Promise<ReleasePlan> {
    const row = await this.db
      .insertInto('release_plans')
      .values({
        flag_key: flagKey,
        content: JSON.stringify(content),
        revision,
        config_revision: configRevision,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPlan(row);
  }

  async update(
    flagKey: string,
    content: PlanContent,
    revision: number,
    configRevision: number,
  ): Promise<ReleasePlan> {
    const row = await this.db
      .updateTable('release_plans')
      .set({
        content: JSON.stringify(content),
        revision,
        config_revision: configRevision,
        archived_at: null,
        updated_at: new Date(),
      })
      .where('flag_key', '=', flagKey)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPlan(row);
  }

  async archive(flagKey: string, revision: number, configRevision: number): Promise<ReleasePlan> {
    const row = await this.db
      .updateTable('release_plans')
      .set({ revision, config_revision: configRevision, archived_at: new Date(), updated_at: new Date() })
      .where('flag_key', '=', flagKey)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPlan(row);
  }
}
