// The only Kysely code for segments.
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { SegmentsTable } from '../platform/db-types.js';
import type { Segment, SegmentContent } from './segment.js';

const toSegment = (row: Selectable<SegmentsTable>): Segment => {
  const d = row.definition as Omit<SegmentContent, 'description'>;
  return {
    key: row.key,
    description: row.description,
    included: d.included,
    excluded: d.excluded,
    rules: d.rules,
    ...(d.bucketing !== undefined ? { bucketing: d.bucketing } : {}),
    revision: row.revision,
    archivedAt: row.archived_at ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const definitionJson = (c: SegmentContent) =>
  JSON.stringify({
    included: c.included,
    excluded: c.excluded,
    rules: c.rules,
    ...(c.bucketing !== undefined ? { bucketing: c.bucketing } : {}),
  });

export interface SegmentStore {
  find(key: string): Promise<Segment | undefined>;
  /** Locks the row until the transaction ends. */
  findForUpdate(key: string): Promise<Segment | undefined>;
  /** Every live (not archived) segment, ordered by key. */
  list(): Promise<Segment[]>;
  /** Segments written by configuration revisions after `configRevision`, archived ones included. */
  changedSince(configRevision: number): Promise<Segment[]>;
  insert(key: string, content: SegmentContent, revision: number, configRevision: number): Promise<Segment>;
  update(key: string, content: SegmentContent, revision: number, configRevision: number): Promise<Segment>;
  archive(key: string, revision: number, configRevision: number): Promise<Segment>;
}

export class PgSegmentStore implements SegmentStore {
  constructor(private readonly db: Db) {}

  async findForUpdate(key: string): Promise<Segment | undefined> {
    const row = await this.db
      .selectFrom('segments')
      .selectAll()
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    return row && toSegment(row);
  }

  async insert(
    key: string,
    content: SegmentContent,
    revision: number,
    configRevision: number,
  ): Promise<Segment> {
    const row = await this.db
      .insertInto('segments')
      .values({
        key,
        description: content.description,
        definition: definitionJson(content),
        revision,
        config_revision: configRevision,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSegment(row);
  }

  async update(
    key: string,
    content: SegmentContent,
    revision: number,
    configRevision: number,
  ): Promise<Segment> {
    const row = await this.db
      .updateTable('segments')
      .set({
        description: content.description,
        definition: definitionJson(content),
        revision,
        config_revision: configRevision,
        updated_at: new Date(),
      })
      .where('key', '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSegment(row);
  }

  async archive(key: string, revision: number, configRevision: number): Promise<Segment> {
    const row = await this.db
      .updateTable('segments')
      .set({ revision, config_revision: configRevision, archived_at: new Date(), updated_at: new Date() })
      .where('key', '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSegment(row);
  }

  async find(key: string): Promise<Segment | undefined> {
    const row = await this.db.selectFrom('segments').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toSegment(row);
  }

  async changedSince(configRevision: number): Promise<Segment[]> {
    const rows = await this.db
      .selectFrom('segments')
      .selectAll()
      .where('config_revision', '>', configRevision)
      .orderBy('key')
      .execute();
    return rows.map(toSegment);
  }

  async list(): Promise<Segment[]> {
    const rows = await this.db
      .selectFrom('segments')
      .selectAll()
      .where('archived_at', 'is', null)
      .orderBy('key')
      .execute();
    return rows.map(toSegment);
  }
}
