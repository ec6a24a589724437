// The only Kysely code for flags.
import { type Selectable, sql } from 'kysely';
import type { Db } from '../platform/db.js';
import type { FlagsTable } from '../platform/db-types.js';
import { type Flag, type FlagContent, flagContent } from './flag.js';

type StoredDefinition = Omit<FlagContent, 'description' | 'type' | 'enabled'>;

const toFlag = (row: Selectable<FlagsTable>): Flag => {
  const d = row.definition as StoredDefinition;
  return {
    key: row.key,
    description: row.description,
    type: row.type,
    enabled: row.enabled,
    variants: d.variants,
    offVariant: d.offVariant,
    prerequisites: d.prerequisites,
    targets: d.targets,
    rules: d.rules,
    fallthrough: d.fallthrough,
    ...(d.salt !== undefined ? { salt: d.salt } : {}),
    ...(d.bucketing !== undefined ? { bucketing: d.bucketing } : {}),
    revision: row.revision,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const definitionJson = (content: FlagContent): string => {
  const { description: _d, type: _t, enabled: _e, ...definition } = flagContent(content);
  return JSON.stringify(definition);
};

export interface FlagListFilter {
  search?: string | undefined;
  enabled?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

export interface FlagStore {
  find(key: string): Promise<Flag | undefined>;
  /** Locks the row until the transaction ends. */
  findForUpdate(key: string): Promise<Flag | undefined>;
  /** Every flag, archived ones included. */
  all(): Promise<Flag[]>;
  /** The live flags among `keys` (validation walks a flag's prerequisites with it, level by level). */
  liveByKeys(keys: readonly string[]): Promise<Flag[]>;
  /** Live flags that name `key` as a prerequisite. */
  liveDependentsOf(key: string): Promise<Flag[]>;
  /** Live (not archived) flags, for compiling the evaluation set. */
  live(): Promise<Flag[]>;
  /** Flags written by configuration revisions after `configRevision`, archived ones included (incremental refresh). */
  changedSince(configRevision: number): Promise<Flag[]>;
  /** A page ordered by key, starting after `after`. */
  list(filter: FlagListFilter, limit: number, after: string | undefined): Promise<Flag[]>;
  insert(key: string, content: FlagContent, revision: number, configRevision: number): Promise<Flag>;
  /** Replaces the content (and brings an archived flag back). */
  update(key: string, content: FlagContent, revision: number, configRevision: number): Promise<Flag>;
  archive(key: string, revision: number, configRevision: number): Promise<Flag>;
}

export class PgFlagStore implements FlagStore {
  constructor(private readonly db: Db) {}

  async findForUpdate(key: string): Promise<Flag | undefined> {
    const row = await this.db
      .selectFrom('flags')
      .selectAll()
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    return row && toFlag(row);
  }

  async changedSince(configRevision: number): Promise<Flag[]> {
    const rows = await this.db
      .selectFrom('flags')
      .selectAll()
      .where('config_revision', '>', configRevision)
      .orderBy('key')
      .execute();
    return rows.map(toFlag);
  }

  async all(): Promise<Flag[]> {
    const rows = await this.db.selectFrom('flags').selectAll().orderBy('key').execute();
    return rows.map(toFlag);
  }

  async liveByKeys(keys: readonly string[]): Promise<Flag[]> {
    if (keys.length === 0) return [];
    const rows = await this.db
      .selectFrom('flags')
      .selectAll()
      .where('key', 'in', keys)
      .where('archived_at', 'is', null)
      .execute();
    return rows.map(toFlag);
  }

  async liveDependentsOf(key: string): Promise<Flag[]> {
    const naming = JSON.stringify([{ flagKey: key }]);
    const rows = await this.db
      .selectFrom('flags')
      .selectAll()
      .where('archived_at', 'is', null)
      .where(sql<boolean>`definition -> 'prerequisites' @> ${naming}::jsonb`)
      .orderBy('key')
      .execute();
    return rows.map(toFlag);
  }

  async insert(key: string, content: FlagContent, revision: number, configRevision: number): Promise<Flag> {
    const row = await this.db
      .insertInto('flags')
      .values({
        key,
        description: content.description,
        type: content.type,
        enabled: content.enabled,
        definition: definitionJson(content),
        revision,
        config_revision: configRevision,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toFlag(row);
  }

  update(key: string, content: FlagContent, revision: number, configRevision: number): Promise<Flag> {
    return this.write(key, content, revision, configRevision, null);
  }

  async archive(key: string, revision: number, configRevision: number): Promise<Flag> {
    const current = await this.findForUpdate(key);
    if (!current) throw new Error(`flag ${key} is missing`);
    return this.write(key, current, revision, configRevision, new Date());
  }

  private async write(
    key: string,
    content: FlagContent,
    revision: number,
    configRevision: number,
    archivedAt: Date | null,
  ): Promise<Flag> {
    const row = await this.db
      .updateTable('flags')
      .set({
        description: content.description,
        type: content.type,
        enabled: content.enabled,
        definition: definitionJson(content),
        revision,
        config_revision: configRevision,
        archived_at: archivedAt,
        updated_at: new Date(),
      })
      .where('key', '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toFlag(row);
  }

  async find(key: string): Promise<Flag | undefined> {
    const row = await this.db.selectFrom('flags').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toFlag(row);
  }

  async live(): Promise<Flag[]> {
    const rows = await this.db.selectFrom('flags').selectAll().where('archived_at', 'is', null).execute();
    return rows.map(toFlag);
  }

  async list(filter: FlagListFilter, limit: number, after: string | undefined): Promise<Flag[]> {
    let query = this.db.selectFrom('flags').selectAll();
    if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
    if (filter.enabled !== undefined) query = query.where('enabled', '=', filter.enabled);
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) => eb.or([eb('key', 'ilike', pattern), eb('description', 'ilike', pattern)]));
    }
    if (after !== undefined) query = query.where('key', '>', after);
    const rows = await query.orderBy('key').limit(limit).execute();
    return rows.map(toFlag);
  }
}
