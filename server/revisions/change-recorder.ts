// Writes a configuration change's revision and audit row inside the change's own transaction.

import type { AuditAction, TargetType } from '../audit/audit-event.js';
import { AuditStore } from '../audit/audit-store.js';
import type { Db } from '../platform/db.js';
import { AugurError } from '../platform/errors.js';
import { type DiffEntry, summarizeDiff } from './revision.js';
import { RevisionStore } from './revision-store.js';

export interface ChangeMeta {
  actor: string;
  reason: string;
  requestId: string;
}

export interface RecordedChange extends ChangeMeta {
  targetType: TargetType;
  key: string;
  action: AuditAction;
  revision: number;
  configRevision: number;
  content: unknown;
  diff: DiffEntry[];
}

/** Takes the configuration write lock (the config_state row) for the rest of the transaction. */
export async function lockConfiguration(trx: Db): Promise<void> {
  await trx.selectFrom('config_state').select('revision').where('id', '=', 1).forUpdate().execute();
}

/** Bumps and returns the global configuration revision; the row lock orders concurrent config writes. */
export async function nextConfigRevision(trx: Db): Promise<number> {
  const row = await trx
    .updateTable('config_state')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .returning('revision')
    .executeTakeFirstOrThrow();
  return Number(row.revision);
}

export async function recordChange(trx: Db, change: RecordedChange): Promise<void> {
  await RevisionStore.insert(trx, {
    entityType: change.targetType,
    entityKey: change.key,
    revision: change.revision,
    configRevision: change.configRevision,
    action: change.action,
    content: change.content,
    diff: change.diff,
    actor: change.actor,
    reason: change.reason,
    requestId: change.requestId,
  });
  try {
    await AuditStore.insert(trx, {
      requestId: change.requestId,
      actor: change.actor,
      action: change.action,
      targetType: change.targetType,
      targetKey: change.key,
      status: 'success',
      details: {
        revision: change.revision,
        configRevision: change.configRevision,
        summary: summarizeDiff(change.diff),
        reason: change.reason,
      },
    });
  } catch (error) {
    // No unaudited change: the caller's transaction rolls back with this.
    throw new AugurError(
      'AUDIT_UNAVAILABLE',
      'The audit trail is unavailable; nothing was changed',
      {},
      { cause: error },
    );
  }
}
