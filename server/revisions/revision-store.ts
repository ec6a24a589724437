// The only Kysely code for revisions.
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { RevisionsTable } from '../platform/db-types.js';
import type { DiffEntry, EntityType, Revision } from './revision.js';

const toRevision = (row: Selectable<RevisionsTable>): Revision => ({
  entityType: row.entity_type as EntityType,
  entityKey: row.entity_key,
  revision: row.revision,
  configRevision: row.config_revision === null ? null : Number(row.config_revision),
  action: row.action,
  content: row.content,
  diff: row.diff as DiffEntry[],
  actor: row.actor,
  reason: row.reason,
  requestId: row.request_id,
  tenantId: row.tenant_id,
  createdAt: row.created_at,
});

export type EntityRef = { entityType: EntityType; entityKey: string };

export interface RevisionStore {
  insert(revision: Omit<Revision, 'createdAt'>): Promise<void>;
  find(entityType: EntityType, key: string, revision: number): Promise<Revision | undefined>;
  /** Entities changed after a configuration revision; undefined when there are more than `limit`. */
  changedSince(configRevision: number, limit: number): Promise<EntityRef[] | undefined>;
  /** Each entity's revision in force at a configuration revision (absent when it did not exist then). */
  asOf(entities: readonly EntityRef[], configRevision: number): Promise<Revision[]>;
  /** Every revision with a configuration revision in (after, upTo], in commit order (the ops feed's replay). */
  committedBetween(after: number, upTo: number): Promise<Revision[]>;
  /** Newest first. */
  list(entityType: EntityType, key: string, limit: number): Promise<Revision[]>;
}

export class PgRevisionStore implements RevisionStore {
  constructor(private readonly db: Db) {}

  async insert(revision: Omit<Revision, 'createdAt'>): Promise<void> {
    await this.db
      .insertInto('revisions')
      .values({
        entity_type: revision.entityType,
        entity_key: revision.entityKey,
        revision: revision.revision,
        config_revision: revision.configRevision,
        action: revision.action,
        content: JSON.stringify(revision.content),
        diff: JSON.stringify(revision.diff),
        actor: revision.actor,
        reason: revision.reason,
        request_id: revision.requestId,
        tenant_id: revision.tenantId,
      })
      .execute();
  }

  async find(entityType: EntityType, key: string, revision: number): Promise<Revision | undefined> {
    const row = await this.db
      .selectFrom('revisions')
      .selectAll()
      .where('entity_type', '=', entityType)
      .where('entity_key', '=', key)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return row && toRevision(row);
  }

  async changedSince(configRevision: number, limit: number): Promise<EntityRef[] | undefined> {
    const rows = await this.db
      .selectFrom('revisions')
      .select(['entity_type', 'entity_key'])
      .distinct()
      .where('config_revision', '>', configRevision)
      .limit(limit + 1)
      .execute();
    if (rows.length > limit) return undefined;
    return rows.map((r) => ({ entityType: r.entity_type as EntityType, entityKey: r.entity_key }));
  }

  async asOf(entities: readonly EntityRef[], configRevision: number): Promise<Revision[]> {
    if (entities.length === 0) return [];
    const wanted = new Set(entities.map((e) => `${e.entityType}:${e.entityKey}`));
    const rows = await this.db
      .selectFrom('revisions')
      .selectAll()
      .distinctOn(['entity_type', 'entity_key'])
      .where('entity_key', 'in', [...new Set(entities.map((e) => e.entityKey))])
      .where('config_revision', '<=', configRevision)
      .orderBy('entity_type')
      .orderBy('entity_key')
      .orderBy('revision', 'desc')
      .execute();
    return rows.filter((r) => wanted.has(`${r.entity_type}:${r.entity_key}`)).map(toRevision);
  }

  async committedBetween(after: number, upTo: number): Promise<Revision[]> {
    if (upTo <= after) return [];
    const rows = await this.db
      .selectFrom('revisions')
      .selectAll()
      .where('config_revision', '>', after)
      .where('config_revision', '<=', upTo)
      // id follows insertion, so changes of one transaction keep the order they were written in.
      .orderBy('config_revision')
      .orderBy('id')
      .execute();
    return rows.map(toRevision);
  }

  async list(entityType: EntityType, key: string, limit: number): Promise<Revision[]> {
    const rows = await this.db
      .selectFrom('revisions')
      .selectAll()
      .where('entity_type', '=', entityType)
      .where('entity_key', '=', key)
      .orderBy('revision', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toRevision);
  }
}
