// Segment rules: validation, optimistic concurrency and rollback, through the shared ConfigWriter.
import { validateSegment } from '../evaluation/validate.js';
import type { Db } from '../platform/db.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { ChangeMeta } from '../revisions/change-recorder.js';
import { assertExpectedRevision, type ConfigWriter, type PlannedWrite } from '../revisions/config-writer.js';
import { diffContent, type Revision } from '../revisions/revision.js';
import { RevisionStore } from '../revisions/revision-store.js';
import { type Segment, type SegmentContent, segmentContent } from './segment.js';
import { SegmentStore } from './segment-store.js';

export class SegmentService {
  constructor(
    private readonly store: SegmentStore,
    private readonly revisions: RevisionStore,
    private readonly writer: ConfigWriter,
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

  create(key: string, content: SegmentContent, meta: ChangeMeta): Promise<Segment> {
    return this.writer.write({ targetType: 'segment', key, action: 'segment.create' }, meta, async (trx) => {
      if (await SegmentStore.findForUpdate(trx, key))
        throw new AugurError('CONFLICT', `Segment ${key} already exists`);
      const next = segmentContent(content);
      assertValid(key, next, 1);
      return {
        kind: 'change',
        revision: 1,
        content: next,
        diff: diffContent({}, next),
        apply: (configRevision) => SegmentStore.insert(trx, key, next, configRevision),
      };
    });
  }

  update(key: string, expectedRevision: number, content: SegmentContent, meta: ChangeMeta): Promise<Segment> {
    return this.writer.write({ targetType: 'segment', key, action: 'segment.update' }, meta, async (trx) => {
      const current = await existing(trx, key);
      assertExpectedRevision(`Segment ${key}`, current.revision, expectedRevision);
      return planReplace(trx, current, segmentContent(content));
    });
  }

  async rollback(
    key: string,
    toRevision: number,
    meta: ChangeMeta,
  ): Promise<{ segment: Segment; changed: boolean }> {
    let changed = true;
    const segment = await this.writer.write(
      { targetType: 'segment', key, action: 'segment.rollback' },
      meta,
      async (trx) => {
        const current = await existing(trx, key);
        const target = await RevisionStore.find(trx, 'segment', key, toRevision);
        if (!target) throw new AugurError('NOT_FOUND', `Segment ${key} has no revision ${toRevision}`);
        const planned = await planReplace(trx, current, segmentContent(target.content as SegmentContent));
        if (planned.kind === 'noop') changed = false;
        return planned;
      },
    );
    return { segment, changed };
  }
}

async function existing(trx: Db, key: string): Promise<Segment> {
  const segment = await SegmentStore.findForUpdate(trx, key);
  if (!segment) throw new AugurError('NOT_FOUND', `Segment ${key} not found`);
  return segment;
}

function assertValid(key: string, content: SegmentContent, revision: number): void {
  const issues = validateSegment({ ...content, key, revision });
  if (issues.length > 0) throw validationFailed(issues);
}

async function planReplace(trx: Db, current: Segment, next: SegmentContent): Promise<PlannedWrite<Segment>> {
  const diff = diffContent(segmentContent(current), next);
  if (diff.length === 0) return { kind: 'noop', result: current };
  const revision = current.revision + 1;
  assertValid(current.key, next, revision);
  return {
    kind: 'change',
    revision,
    content: next,
    diff,
    apply: (configRevision) => SegmentStore.update(trx, current.key, next, revision, configRevision),
  };
}
