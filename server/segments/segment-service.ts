// Segment operations (reads, create, update, archive, rollback) over the one writer.
import type { ChangeMeta, EntityWriter } from '../revisions/entity-writer.js';
import type { Revision } from '../revisions/revision.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import type { Segment, SegmentContent } from './segment.js';
import { type SegmentTx, segmentDefinition } from './segment-definition.js';
import type { SegmentStore } from './segment-store.js';

export class SegmentService {
  constructor(
    private readonly store: SegmentStore,
    private readonly revisions: RevisionStore,
    private readonly writer: EntityWriter<SegmentTx>,
  ) {}

  find(key: string): Promise<Segment | undefined> {
    return this.store.find(key);
  }

  list(): Promise<Segment[]> {
    return this.store.list();
  }

  history(key: string, limit: number): Promise<Revision[]> {
    return this.revisions.list('segment', key, limit);
  }

  async create(key: string, content: SegmentContent, meta: ChangeMeta): Promise<Segment> {
    return (await this.writer.write(segmentDefinition, { kind: 'create', key, content }, meta)).entity;
  }

  async update(
    key: string,
    expectedRevision: number,
    content: SegmentContent,
    meta: ChangeMeta,
  ): Promise<Segment> {
    const op = { kind: 'update', key, expectedRevision, content } as const;
    return (await this.writer.write(segmentDefinition, op, meta)).entity;
  }

  /** Retires the segment; refused with VALIDATION_FAILED while a live flag's rule uses it. */
  async archive(key: string, expectedRevision: number | undefined, meta: ChangeMeta): Promise<Segment> {
    const op = { kind: 'archive', key, expectedRevision } as const;
    return (await this.writer.write(segmentDefinition, op, meta)).entity;
  }

  /** Writes revision N's content as a new revision; rolling back to the content in force is a no-op. */
  async rollback(
    key: string,
    toRevision: number,
    meta: ChangeMeta,
  ): Promise<{ segment: Segment; changed: boolean }> {
    const op = { kind: 'rollback', key, toRevision } as const;
    const { entity, changed } = await this.writer.write(segmentDefinition, op, meta);
    return { segment: entity, changed };
  }
}
