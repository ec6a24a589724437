// The unit of work every configuration write runs in: stores bound to one transaction, all or nothing.
import type { AuditStore } from '../audit/audit-store.js';
import type { ConfigStateStore } from './config-state-store.js';
import type { RevisionStore } from './revision-store.js';

/** What the writer itself needs inside a transaction; the composition root adds each entity's store. */
export interface ConfigTx {
  revisions: RevisionStore;
  audit: AuditStore;
  configState: ConfigStateStore;
}

export interface ConfigTransactions<Tx extends ConfigTx> {
  /** Runs `work` in one transaction: every store in `tx` commits or rolls back with it. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Outside any transaction: where a failed attempt is audited after its rollback. */
  readonly audit: AuditStore;
}
