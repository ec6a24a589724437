// The one path for configuration writes: change + revision + audit in one transaction, failures audited too.
import type { AuditAction, TargetType } from '../audit/audit-event.js';
import { AuditStore } from '../audit/audit-store.js';
import type { Db } from '../platform/db.js';
import { AugurError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { type ChangeMeta, lockConfiguration, nextConfigRevision, recordChange } from './change-recorder.js';
import { type DiffEntry, summarizeDiff } from './revision.js';

/** Optimistic concurrency: a write based on another revision than the one in force is refused. */
export function assertExpectedRevision(what: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && current !== expected) {
    throw new AugurError('CONFLICT', `${what} is at revision ${current}, not ${expected}`, {
      currentRevision: current,
    });
  }
}

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

export interface CommittedChange {
  targetType: TargetType;
  key: string;
  action: AuditAction;
  revision: number;
  configRevision: number;
  actor: string;
  summary: string;
}

/** What a write decided inside its transaction: nothing to do, or a change to apply at a config revision. */
export type PlannedWrite<T> =
  | { kind: 'noop'; result: T }
  | {
      kind: 'change';
      revision: number;
      content: unknown;
      diff: DiffEntry[];
      apply: (configRevision: number) => Promise<T>;
    };

export interface WriteTarget {
  targetType: TargetType;
  key: string;
  action: AuditAction;
}

export class ConfigWriter {
  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    /** Runs after commit, before the write returns (refreshes caches, later publishes events). */
    private readonly onCommitted: (change: CommittedChange) => Promise<void>,
  ) {}

  async write<T>(
    target: WriteTarget,
    meta: ChangeMeta,
    plan: (trx: Db) => Promise<PlannedWrite<T>>,
  ): Promise<T> {
    let committed: CommittedChange | undefined;
    let result: T;
    try {
      result = await this.db.transaction().execute(async (trx) => {
        // Serialise configuration writes before any check runs, so no two writers validate against the
        // same state (two updates could otherwise commit a prerequisite cycle between them).
        await lockConfiguration(trx);
        const planned = await plan(trx);
        if (planned.kind === 'noop') return planned.result;
        const configRevision = await nextConfigRevision(trx);
        const applied = await planned.apply(configRevision);
        await recordChange(trx, {
          ...target,
          ...meta,
          revision: planned.revision,
          configRevision,
          content: planned.content,
          diff: planned.diff,
        });
        committed = {
          ...target,
          revision: planned.revision,
          configRevision,
          actor: meta.actor,
          summary: summarizeDiff(planned.diff),
        };
        return applied;
      });
    } catch (caught) {
      const error = isUniqueViolation(caught)
        ? new AugurError('CONFLICT', `${target.targetType} ${target.key} already exists`)
        : caught;
      await this.auditFailure(target, meta, error);
      throw error;
    }
    if (committed) {
      // The change is committed: a failing cache refresh or bus must not report it as failed.
      await this.onCommitted(committed).catch((err: unknown) =>
        this.logger.error({ err, requestId: meta.requestId }, 'post-commit step failed'),
      );
    }
    return result;
  }

  /** A refused or failed write is audited as failed when the audit trail is reachable; never masks the error. */
  private async auditFailure(target: WriteTarget, meta: ChangeMeta, error: unknown): Promise<void> {
    if (error instanceof AugurError && error.code === 'AUDIT_UNAVAILABLE') return;
    const code = error instanceof AugurError ? error.code : 'INTERNAL';
    try {
      await AuditStore.insert(this.db, {
        requestId: meta.requestId,
        actor: meta.actor,
        action: target.action,
        targetType: target.targetType,
        targetKey: target.key,
        status: 'failed',
        details: {
          code,
          reason: meta.reason,
          ...(error instanceof AugurError ? { message: error.message } : {}),
        },
      });
    } catch (auditError) {
      this.logger.warn({ err: auditError, requestId: meta.requestId }, 'could not audit a failed change');
    }
  }
}
