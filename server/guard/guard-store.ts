// The only Kysely code for guards: the versioned rows the writer changes, and the reads the overlay needs.
import type { Db } from '../platform/db.js';
import type { GuardsTable } from '../platform/db-types.js';
import type { EntityRows } from '../revisions/versioned-entity.js';
import type { Guard, GuardContent } from './guard.js';

type Row = { [K in keyof GuardsTable]: GuardsTable[K] extends { __select__: infer S } ? S : GuardsTable[K] };

const toGuard = (
  row: Pick<Row, 'flag_key' | 'content' | 'revision' | 'archived_at' | 'created_at' | 'updated_at'>,
): Guard => ({
  ...(row.content as GuardContent),
  flagKey: row.flag_key,
  revision: row.revision,
  archivedAt: row.archived_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface GuardRows extends EntityRows<Guard, GuardContent> {
  find(flagKey: string): Promise<Guard | undefined>;
  /** Every live guard (the overlay's load). */
  live(): Promise<Guard[]>;
}

export class PgGuardStore implements GuardRows {
  constructor(private readonly db: Db) {}

  async find(flagKey: string): Promise<Guard | undefined> {
    const row = await this.db
      .selectFrom('guards')
      .selectAll()
      .where('flag_key', '=', flagKey)
      .executeTakeFirst();
    return row && toGuard(row);
  }

  async live(): Promise<Guard[]> {
    const rows = await this.db.selectFrom('guards').selectAll().where('archived_at', 'is', null).execute();
    return rows.map(toGuard);
  }

  async findForUpdate(flagKey: string): Promise<Guard | undefined> {
    const row = await this.db
      .selectFrom('guards')
      .selectAll()
      .where('flag_key', '=', flagKey)
      .forUpdate()
      .executeTakeFirst();
    return row && toGuard(row);
  }

  async insert(
    flagKey: string,
    content: GuardContent,
    revision: number,
    configRevision: number,
  ): Promise<Guard> {
    const row = await this.db
      .insertInto('guards')
      .values({
        flag_key: flagKey,
        content: JSON.stringify(content),
        revision,
        config_revision: configRevision,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toGuard(row);
  }

  async update(
    flagKey: string,
    content: GuardContent,
    revision: number,
    configRevision: number,
  ): Promise<Guard> {
    const row = await this.db
      .updateTable('guards')
      .set({
        content: JSON.stringify(content),
        revision,
        config_revision: configRevision,
        // Brings a removed guard back.
        archived_at: null,
        updated_at: new Date(),
      })
      .where('flag_key', '=', flagKey)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toGuard(row);
  }

  async archive(flagKey: string, revision: number, configRevision: number): Promise<Guard> {
    const row = await this.db
      .updateTable('guards')
      .set({ revision, config_revision: configRevision, archived_at: new Date(), updated_at: new Date() })
      .where('flag_key', '=', flagKey)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toGuard(row);
  }
}
