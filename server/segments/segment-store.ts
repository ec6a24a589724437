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
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const definitionJson = (c: SegmentContent) =>
  JSON.stringify({ included: c.included, excluded: c.excluded, rules: c.rules });

export class SegmentStore {
  constructor(private readonly db: Db) {}

  static async findForUpdate(trx: Db, key: string): Promise<Segment | undefined> {
    const row = await trx
      .selectFrom('segments')
      .selectAll()
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    return row && toSegment(row);
  }

  static async all(db: Db): Promise<Segment[]> {
    const rows = await db.selectFrom('segments').selectAll().orderBy('key').execute();
    return rows.map(toSegment);
  }

  static async insert(
    trx: Db,
    key: string,
    content: SegmentContent,
    configRevision: number,
  ): Promise<Segment> {
    const row = await trx
      .insertInto('segments')
      .values({
        key,
        description: content.description,
        definition: definitionJson(content),
        revision: 1,
        config_revision: configRevision,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSegment(row);
  }

  static async update(
    trx: Db,
    key: string,
    content: SegmentContent,
    revision: number,
    configRevision: number,
  ) {
    const row = await trx
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

  async find(key: string): Promise<Segment | undefined> {
    const row = await this.db.selectFrom('segments').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toSegment(row);
  }

  async list(): Promise<Segment[]> {
    return SegmentStore.all(this.db);
  }
}
