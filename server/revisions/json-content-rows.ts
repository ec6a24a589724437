// The rows of a versioned kind kept as one jsonb content column beside the writer's bookkeeping (guards,
// release plans, alert rules): the writer's row operations and the plain reads, for any table of that shape.
import type { Kysely } from 'kysely';
import type { Db } from '../platform/db.js';
import type { EntityRows } from './versioned-entity.js';

/** What the table adds to the content: the writer's revision and the row's times. */
export interface RowMeta {
  revision: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface JsonContentTable<E, C> {
  table: 'guards' | 'release_plans' | 'alert_rules';
  /** The column holding the entity's key. */
  keyColumn: 'flag_key' | 'key';
  /** The entity from its key, content and meta (e.g. `{ ...content, flagKey, ...meta }`). */
  toEntity(key: string, content: C, meta: RowMeta): E;
}

/** A row as the untyped handle returns it (the columns of every such table). */
type StoredRow = Record<string, unknown>;

export interface JsonContentRows<E, C> extends EntityRows<E, C> {
  find(key: string): Promise<E | undefined>;
  /** Every entity not archived. */
  live(): Promise<E[]>;
  /** Every entity by key, archived ones included when asked. */
  list(includeArchived?: boolean): Promise<E[]>;
  insert(key: string, content: C, revision: number, configRevision: number): Promise<E>;
  archive(key: string, revision: number, configRevision: number): Promise<E>;
}

export class PgJsonContentRows<E, C> implements JsonContentRows<E, C> {
  // The three tables share this shape but not a key column name, which Kysely's types cannot say of a union.
  // biome-ignore lint/suspicious/noExplicitAny: one untyped handle, confined to this class.
  private readonly db: Kysely<any>;

  constructor(
    db: Db,
    private readonly spec: JsonContentTable<E, C>,
  ) {
    this.db = db;
  }

  private toEntity = (row: StoredRow): E =>
    this.spec.toEntity(String(row[this.spec.keyColumn]), row.content as C, {
      revision: row.revision as number,
      archivedAt: row.archived_at as Date | null,
      createdAt: row.created_at as Date,
      updatedAt: row.updated_at as Date,
    });

  private select() {
    return this.db.selectFrom(this.spec.table).selectAll();
  }

  async find(key: string): Promise<E | undefined> {
    const row = await this.select().where(this.spec.keyColumn, '=', key).executeTakeFirst();
    return row && this.toEntity(row);
  }

  async findForUpdate(key: string): Promise<E | undefined> {
    const row = await this.select().where(this.spec.keyColumn, '=', key).forUpdate().executeTakeFirst();
    return row && this.toEntity(row);
  }

  async live(): Promise<E[]> {
    const rows = await this.select().where('archived_at', 'is', null).orderBy(this.spec.keyColumn).execute();
    return rows.map(this.toEntity);
  }

  async list(includeArchived = false): Promise<E[]> {
    if (!includeArchived) return this.live();
    const rows = await this.select().orderBy(this.spec.keyColumn).execute();
    return rows.map(this.toEntity);
  }

  async insert(key: string, content: C, revision: number, configRevision: number): Promise<E> {
    const row = await this.db
      .insertInto(this.spec.table)
      .values({
        [this.spec.keyColumn]: key,
        content: JSON.stringify(content),
        revision,
        config_revision: configRevision,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.toEntity(row);
  }

  /** Replaces the content; brings an archived entity back. */
  async update(key: string, content: C, revision: number, configRevision: number): Promise<E> {
    const row = await this.db
      .updateTable(this.spec.table)
      .set({
        content: JSON.stringify(content),
        revision,
        config_revision: configRevision,
        archived_at: null,
        updated_at: new Date(),
      })
      .where(this.spec.keyColumn, '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.toEntity(row);
  }

  async archive(key: string, revision: number, configRevision: number): Promise<E> {
    const row = await this.db
      .updateTable(this.spec.table)
      .set({ revision, config_revision: configRevision, archived_at: new Date(), updated_at: new Date() })
      .where(this.spec.keyColumn, '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.toEntity(row);
  }
}
