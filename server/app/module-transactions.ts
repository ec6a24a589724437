// Module runs on the database: the module and chat stores bound to one kysely transaction.
import { PgChatStore } from '../chat/chat-store.js';
import { PgModuleStore } from '../modules/module-store.js';
import type { ModuleTransactions, ModuleTx } from '../modules/module-transaction.js';
import type { Db } from '../platform/db.js';

export class PgModuleTransactions implements ModuleTransactions {
  constructor(private readonly db: Db) {}

  run<T>(work: (tx: ModuleTx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) =>
      work({
        modules: new PgModuleStore(trx),
        messages: new PgChatStore(trx),
      }),
    );
  }
}
