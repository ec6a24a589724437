// The one writer of versioned configuration: N changes, their revisions and audit rows in one transaction,
// one configuration revision and one `config.changed` event per commit; refused attempts are audited too.
import type { AuditAction } from '../audit/audit-event.js';
import type { Publisher } from '../platform/bus.js';
import { isDependencyDown } from '../platform/dependency-errors.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import {
  CONFIG_CHANGED,
  type ConfigChanged,
  type ConfigTopics,
  type EntityChange,
  touchedBy,
} from './config-changed.js';
import type { ConfigTransactions, ConfigTx } from './config-transaction.js';
import { type DiffEntry, diffContent, type EntityType, summarizeDiff } from './revision.js';
import type { EntityDefinition, EntityOp, WriteOutcome } from './versioned-entity.js';

export interface ChangeMeta {
  actor: string;
  reason: string;
  requestId: string;
}

export interface WriteTarget {
  targetType: EntityType;
  /** The tenant the change concerns; null for global configuration. */
  tenantId: string | null;
  key: string;
  action: AuditAction;
  /** "Flag beta": how errors name it. */
  name: string;
}

export type Step<E> =
  | { kind: 'noop'; entity: E }
  | {
      kind: 'change';
      revision: number;
      content: unknown;
      diff: DiffEntry[];
      apply: (configRevision: number) => Promise<E>;
    };

/** One planned change; typed inside, so one batch can hold changes to several kinds. */
export interface EntityWrite<Tx extends ConfigTx, E = unknown> {
  target: WriteTarget;
  plan(tx: Tx): Promise<Step<E>>;
}

type Outcomes<W extends readonly EntityWrite<never, unknown>[]> = {
  [K in keyof W]: WriteOutcome<W[K] extends EntityWrite<never, infer E> ? E : never>;
};

export interface EntityWriterOptions<Tx extends ConfigTx> {
  transactions: ConfigTransactions<Tx>;
  events: Publisher<ConfigTopics>;
  /** Runs after commit and the event, before the write returns (read-your-writes: the local refresh). */
  afterCommit: (event: ConfigChanged) => Promise<void>;
  logger: Logger;
  now?: () => Date;
}

export class EntityWriter<Tx extends ConfigTx> {
  constructor(private readonly options: EntityWriterOptions<Tx>) {}

  /** One change in its own transaction. */
  async write<E extends { revision: number }, C>(
    definition: EntityDefinition<E, C, Tx>,
    op: EntityOp<C>,
    meta: ChangeMeta,
  ): Promise<WriteOutcome<E>> {
    const [outcome] = await this.commit([planWrite(definition, op)], meta);
    return outcome;
  }

  /** Every change in one transaction: all commit at one configuration revision, or none does. */
  async commit<const W extends readonly EntityWrite<Tx, unknown>[]>(
    writes: W,
    meta: ChangeMeta,
  ): Promise<Outcomes<W>> {
    let failing = writes[0]?.target;
    let event: ConfigChanged | undefined;
    let outcomes: Array<WriteOutcome<unknown>>;
    try {
      outcomes = await this.options.transactions.run(async (tx) => {
        // Serialise configuration writes before any check runs, so no two writers validate against the
        // same state (two updates could otherwise commit a prerequisite cycle between them).
        await tx.configState.lock();
        let configRevision: number | undefined;
        const changes: EntityChange[] = [];
        const results: Array<WriteOutcome<unknown>> = [];
        for (const write of writes) {
          failing = write.target;
          const step = await write.plan(tx);
          if (step.kind === 'noop') {
            results.push({ entity: step.entity, changed: false });
            continue;
          }
          configRevision ??= await tx.configState.next();
          // Applied at once, so the next change of the batch is planned against this one's result.
          const entity = await step.apply(configRevision);
          const change = {
            ...pick(write.target),
            revision: step.revision,
            summary: summarizeDiff(step.diff),
          };
          await record(tx, change, write.target.tenantId, meta, configRevision, step);
          changes.push(change);
          results.push({ entity, changed: true });
        }
        if (configRevision !== undefined) {
          const at = (this.options.now?.() ?? new Date()).toISOString();
          event = { configRevision, actor: meta.actor, at, changes, touched: touchedBy(changes) };
        }
        return results;
      });
    } catch (caught) {
      const error =
        isUniqueViolation(caught) && failing
          ? new AugurError('CONFLICT', `${failing.name} already exists`)
          : caught;
      if (failing) await this.auditFailure(failing, meta, error);
      throw error;
    }
    if (event) {
      // The change is committed: a failing bus or refresh must not report it as failed. Announce first, so
      // every instance hears of it even if this process's refresh fails.
      try {
        this.options.events.publish(CONFIG_CHANGED, event);
        await this.options.afterCommit(event);
      } catch (err) {
        this.options.logger.error({ err, requestId: meta.requestId }, 'post-commit step failed');
      }
    }
    return outcomes as Outcomes<W>;
  }

  /** A refused or failed write is audited as failed when the audit trail is reachable; never masks the error. */
  private async auditFailure(target: WriteTarget, meta: ChangeMeta, error: unknown): Promise<void> {
    if (error instanceof AugurError && error.code === 'AUDIT_UNAVAILABLE') return;
    // The database is unreachable: trying to record the attempt would only double the wait.
    if (isDependencyDown(error)) return;
    const code = error instanceof AugurError ? error.code : 'INTERNAL';
    try {
      await this.options.transactions.audit.insert({
        requestId: meta.requestId,
        actor: meta.actor,
        action: target.action,
        targetType: target.targetType,
        targetKey: target.key,
        tenantId: target.tenantId,
        status: 'failed',
        details: {
          code,
          reason: meta.reason,
          ...(error instanceof AugurError ? { message: error.message } : {}),
        },
      });
    } catch (auditError) {
      this.options.logger.warn(
        { err: auditError, requestId: meta.requestId },
        'could not audit a failed change',
      );
    }
  }
}

/** Plans one change against the state inside the transaction: create, update, archive or rollback. */
export function planWrite<E extends { revision: number }, C, Tx extends ConfigTx>(
  definition: EntityDefinition<E, C, Tx>,
  op: EntityOp<C>,
): EntityWrite<Tx, E> {
  const { key } = op;
  const action = (op.kind === 'update' && op.action) || (`${definition.type}.${op.kind}` as AuditAction);
  const name = definition.name(key);
  const tenantId = definition.tenantOf?.(key) ?? null;
  const target: WriteTarget = { targetType: definition.type, tenantId, key, action, name };

  const live = async (tx: Tx): Promise<E> => {
    const entity = await definition.rows(tx).findForUpdate(key);
    if (!entity || definition.isRetired?.(entity)) throw new AugurError('NOT_FOUND', `${name} not found`);
    return entity;
  };
  const assertValid = async (tx: Tx, content: C, revision: number) => {
    const issues = await definition.validate(tx, key, content, revision);
    if (issues.length > 0) throw validationFailed(issues);
  };
  const checkRevision = (current: E, expected: number | undefined) => {
    if (expected !== undefined && current.revision !== expected) {
      throw new AugurError('CONFLICT', `${name} is at revision ${current.revision}, not ${expected}`, {
        currentRevision: current.revision,
      });
    }
  };
  /** Replaces the content in force with `next`; the same content (canonically) writes nothing. */
  const replace = async (tx: Tx, current: E, next: C, validate: boolean): Promise<Step<E>> => {
    const diff = diffContent(definition.canonical(key, current as unknown as C), next);
    if (diff.length === 0) return { kind: 'noop', entity: current };
    const revision = current.revision + 1;
    // Rollback targets were valid when written; checking again keeps rules tightened since enforced.
    if (validate) await assertValid(tx, next, revision);
    return {
      kind: 'change',
      revision,
      content: next,
      diff,
      apply: (configRevision) => definition.rows(tx).update(key, next, revision, configRevision),
    };
  };

  return {
    target,
    async plan(tx) {
      const rows = definition.rows(tx);
      switch (op.kind) {
        case 'create': {
          if (!rows.insert) throw new AugurError('VALIDATION_FAILED', `${name} cannot be created`);
          const insert = rows.insert.bind(rows);
          if (await rows.findForUpdate(key)) throw new AugurError('CONFLICT', `${name} already exists`);
          const next = definition.canonical(key, op.content);
          await assertValid(tx, next, 1);
          return {
            kind: 'change',
            revision: 1,
            content: next,
            diff: diffContent({}, next),
            apply: (configRevision) => insert(key, next, 1, configRevision),
          };
        }
        case 'update': {
          const current = await live(tx);
          checkRevision(current, op.expectedRevision);
          const { content } = op;
          const proposed =
            typeof content === 'function'
              ? (content as (c: C) => C)(definition.canonical(key, current as unknown as C))
              : content;
          return replace(tx, current, definition.canonical(key, proposed), op.validate ?? true);
        }
        case 'archive': {
          if (!rows.archive) throw new AugurError('VALIDATION_FAILED', `${name} cannot be archived`);
          const archive = rows.archive.bind(rows);
          const current = await live(tx);
          checkRevision(current, op.expectedRevision);
          const blockers = (await definition.archiveBlockers?.(tx, key)) ?? [];
          if (blockers.length > 0) throw validationFailed(blockers);
          const revision = current.revision + 1;
          return {
            kind: 'change',
            revision,
            content: { ...definition.canonical(key, current as unknown as C), archived: true },
            diff: [{ path: 'archived', change: 'CHANGE', from: false, to: true }],
            apply: (configRevision) => archive(key, revision, configRevision),
          };
        }
        case 'rollback': {
          const current = await live(tx);
          const stored = await tx.revisions.find(definition.type, key, op.toRevision);
          if (!stored) throw new AugurError('NOT_FOUND', `${name} has no revision ${op.toRevision}`);
          // An archive revision's marker is not content; a revision stored before content was canonical
          // must not bring its explicit defaults back as a diff.
          const { archived: _archived, ...content } = stored.content as Record<string, unknown>;
          return replace(tx, current, definition.canonical(key, content as C), true);
        }
      }
    },
  };
}

const pick = ({ targetType, key, action }: WriteTarget) => ({ targetType, key, action });

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

async function record(
  tx: ConfigTx,
  change: EntityChange,
  tenantId: string | null,
  meta: ChangeMeta,
  configRevision: number,
  step: { content: unknown; diff: DiffEntry[] },
): Promise<void> {
  await tx.revisions.insert({
    entityType: change.targetType,
    entityKey: change.key,
    revision: change.revision,
    configRevision,
    action: change.action,
    content: step.content,
    diff: step.diff,
    actor: meta.actor,
    reason: meta.reason,
    requestId: meta.requestId,
    tenantId,
  });
  try {
    await tx.audit.insert({
      requestId: meta.requestId,
      actor: meta.actor,
      action: change.action,
      targetType: change.targetType,
      targetKey: change.key,
      tenantId,
      status: 'success',
      details: { revision: change.revision, configRevision, summary: change.summary, reason: meta.reason },
    });
  } catch (error) {
    // No unaudited change: the transaction rolls back with this.
    throw new AugurError(
      'AUDIT_UNAVAILABLE',
      'The audit trail is unavailable; nothing was changed',
      {},
      { cause: error },
    );
  }
}
