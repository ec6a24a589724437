// Module runs on the database: the module, chat and metric stores bound to one kysely transaction.
import { PgChatStore } from '../chat/chat-store.js';
import type { MetricRecorder } from '../metrics/metric-recorder.js';
import { PgModuleStore } from '../modules/module-store.js';
import type { ModuleTransactions, ModuleTx } from '../modules/module-transaction.js';
import type { Db } from '../platform/db.js';

export class PgModuleTransactions implements ModuleTransactions {
  constructor(
    private readonly db: Db,
    private readonly metrics: MetricRecorder,
  ) {}

  run<T>(work: (tx: ModuleTx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) =>
      work({
        modules: new PgModuleStore(trx),
        messages: new PgChatStore(trx),
        metrics: { record: (events) => this.metrics.record(events, trx) },
      }),
    );
  }
}
