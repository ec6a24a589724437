// What the one writer needs to know about a kind of versioned configuration (flag, segment, persona...).
import type { AuditAction, TargetType } from '../audit/audit-event.js';
import type { FieldIssue } from '../platform/errors.js';
import type { ConfigTx } from './config-transaction.js';
import type { EntityType } from './revision.js';

/** The entity's store as seen inside a write transaction. */
export interface EntityRows<E, C> {
  /** Locks the row until the transaction ends. */
  findForUpdate(key: string): Promise<E | undefined>;
  /** Absent for kinds that always exist (the persona). */
  insert?(key: string, content: C, revision: number, configRevision: number): Promise<E>;
  update(key: string, content: C, revision: number, configRevision: number): Promise<E>;
  /** Absent for kinds that cannot be archived. */
  archive?(key: string, revision: number, configRevision: number): Promise<E>;
}

export interface EntityDefinition<E extends { revision: number }, C, Tx extends ConfigTx = ConfigTx> {
  type: EntityType & TargetType;
  /** The tenant an entity concerns, recorded on its revisions and audit rows; absent: global (null). */
  tenantOf?(key: string): string | null;
  /** How messages name one: "Flag beta", "The persona". */
  name(key: string): string;
  rows(tx: Tx): EntityRows<E, C>;
  /** The canonical content (defaults made explicit once), so equal meaning diffs as no change. */
  canonical(key: string, content: C): C;
  /** Issues that refuse this content as revision `revision`; checked inside the write's transaction. */
  validate(tx: Tx, key: string, content: C, revision: number): FieldIssue[] | Promise<FieldIssue[]>;
  /** Why the entity cannot be archived now (e.g. other flags depend on it). */
  archiveBlockers?(tx: Tx, key: string): Promise<FieldIssue[]>;
  /** Whether a stored entity counts as absent for writes (archived). */
  isRetired?(entity: E): boolean;
}

/** One change to one entity; `update` may derive its content from the content in force (the kill switch). */
export type EntityOp<C> =
  | { kind: 'create'; key: string; content: C }
  | {
      kind: 'update';
      key: string;
      content: C | ((current: C) => C);
      /** Optimistic concurrency: refused with CONFLICT unless this revision is in force. */
      expectedRevision?: number | undefined;
      /** The audit action when it is not `<type>.update` (e.g. `flag.disable`). */
      action?: AuditAction;
      /** Content only a server path produces (a switch flip) skips validation. */
      validate?: boolean;
    }
  | { kind: 'archive'; key: string; expectedRevision?: number | undefined }
  | { kind: 'rollback'; key: string; toRevision: number };

export interface WriteOutcome<E> {
  entity: E;
  /** False when the change asked for the content already in force: nothing was written. */
  changed: boolean;
}
