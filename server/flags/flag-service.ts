// Flag rules: validation, optimistic concurrency, kill switch, archive and rollback, all through ConfigWriter.
import { validateFlag } from '../evaluation/validate.js';
import type { Db } from '../platform/db.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { ChangeMeta } from '../revisions/change-recorder.js';
import { assertExpectedRevision, type ConfigWriter, type PlannedWrite } from '../revisions/config-writer.js';
import { diffContent, type Revision } from '../revisions/revision.js';
import { RevisionStore } from '../revisions/revision-store.js';
import { SegmentStore } from '../segments/segment-store.js';
import { canonicalFlagContent, type Flag, type FlagContent } from './flag.js';
import { type FlagListFilter, FlagStore } from './flag-store.js';

export interface RollbackResult {
  flag: Flag;
  changed: boolean;
}

export class FlagService {
  constructor(
    private readonly store: FlagStore,
    private readonly revisions: RevisionStore,
    private readonly writer: ConfigWriter,
  ) {}

  find(key: string): Promise<Flag | undefined> {
    return this.store.find(key);
  }

  list(filter: FlagListFilter, limit: number, after: string | undefined): Promise<Flag[]> {
    return this.store.list(filter, limit, after);
  }

  history(key: string, limit: number): Promise<Revision[]> {
    return this.revisions.list('flag', key, limit);
  }

  create(key: string, content: FlagContent, meta: ChangeMeta): Promise<Flag> {
    return this.writer.write({ targetType: 'flag', key, action: 'flag.create' }, meta, async (trx) => {
      if (await FlagStore.findForUpdate(trx, key))
        throw new AugurError('CONFLICT', `Flag ${key} already exists`);
      const next = canonicalFlagContent(key, content);
      await assertValid(trx, key, next, 1);
      return {
        kind: 'change',
        revision: 1,
        content: next,
        diff: diffContent({}, next),
        apply: (configRevision) => FlagStore.insert(trx, key, next, 1, configRevision),
      };
    });
  }

  update(key: string, expectedRevision: number, content: FlagContent, meta: ChangeMeta): Promise<Flag> {
    return this.writer.write({ targetType: 'flag', key, action: 'flag.update' }, meta, async (trx) => {
      const current = await liveFlag(trx, key);
      assertExpectedRevision(`Flag ${key}`, current.revision, expectedRevision);
      return planReplace(trx, current, canonicalFlagContent(key, content));
    });
  }

  /** The kill switch: no expectedRevision, and asking for the state already in force changes nothing. */
  setEnabled(key: string, enabled: boolean, meta: ChangeMeta): Promise<Flag> {
    const action = enabled ? 'flag.enable' : 'flag.disable';
    return this.writer.write({ targetType: 'flag', key, action }, meta, async (trx) => {
      const current = await liveFlag(trx, key);
      if (current.enabled === enabled) return { kind: 'noop', result: current };
      return planReplace(trx, current, { ...canonicalFlagContent(key, current), enabled }, false);
    });
  }

  archive(key: string, expectedRevision: number | undefined, meta: ChangeMeta): Promise<Flag> {
    return this.writer.write({ targetType: 'flag', key, action: 'flag.archive' }, meta, async (trx) => {
      const current = await liveFlag(trx, key);
      assertExpectedRevision(`Flag ${key}`, current.revision, expectedRevision);
      const dependents = (await FlagStore.all(trx)).filter(
        (f) => f.archivedAt === null && f.prerequisites.some((p) => p.flagKey === key),
      );
      if (dependents.length > 0) {
        throw validationFailed([
          { path: 'key', message: `is a prerequisite of ${dependents.map((f) => f.key).join(', ')}` },
        ]);
      }
      const content = canonicalFlagContent(key, current);
      const revision = current.revision + 1;
      return {
        kind: 'change',
        revision,
        content: { ...content, archived: true },
        diff: [{ path: 'archived', change: 'CHANGE', from: false, to: true }],
        apply: (configRevision) => FlagStore.update(trx, key, content, revision, configRevision, new Date()),
      };
    });
  }

  /** Writes revision N's content as a new revision; rolling back to the content in force is a no-op. */
  async rollback(key: string, toRevision: number, meta: ChangeMeta): Promise<RollbackResult> {
    let changed = true;
    const flag = await this.writer.write(
      { targetType: 'flag', key, action: 'flag.rollback' },
      meta,
      async (trx) => {
        const current = await liveFlag(trx, key);
        const target = await RevisionStore.find(trx, 'flag', key, toRevision);
        if (!target) throw new AugurError('NOT_FOUND', `Flag ${key} has no revision ${toRevision}`);
        const { archived: _archived, ...content } = target.content as FlagContent & { archived?: boolean };
        // A revision stored before content was canonical must not bring its explicit defaults back as a diff.
        const planned = await planReplace(trx, current, canonicalFlagContent(key, content));
        if (planned.kind === 'noop') changed = false;
        return planned;
      },
    );
    return { flag, changed };
  }
}

async function liveFlag(trx: Db, key: string): Promise<Flag> {
  const flag = await FlagStore.findForUpdate(trx, key);
  if (!flag || flag.archivedAt) throw new AugurError('NOT_FOUND', `Flag ${key} not found`);
  return flag;
}

async function assertValid(trx: Db, key: string, content: FlagContent, revision: number): Promise<void> {
  const flags = await FlagStore.all(trx);
  const segments = await SegmentStore.all(trx);
  const issues = validateFlag(
    { ...content, key, revision },
    { flags: flags.filter((f) => f.archivedAt === null && f.key !== key), segments },
  );
  if (issues.length > 0) throw validationFailed(issues);
}

async function planReplace(
  trx: Db,
  current: Flag,
  next: FlagContent,
  validate = true,
): Promise<PlannedWrite<Flag>> {
  // Canonical on both sides, so a row stored with explicit defaults diffs only on what really changed.
  const before = canonicalFlagContent(current.key, current);
  const diff = diffContent(before, next);
  if (diff.length === 0) return { kind: 'noop', result: current };
  if (validate) await assertValid(trx, current.key, next, current.revision + 1);
  const revision = current.revision + 1;
  return {
    kind: 'change',
    revision,
    content: next,
    diff,
    apply: (configRevision) => FlagStore.update(trx, current.key, next, revision, configRevision, null),
  };
}
