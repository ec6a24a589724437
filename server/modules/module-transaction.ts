// The unit of work of a module run: quota, the run and its reply commit together (metric events are
// recorded after commit through the batched recorder).
import type { ChatStore } from '../chat/chat-store.js';
import type { ModuleStore } from './module-store.js';

export interface ModuleTx {
  modules: ModuleStore;
  /** Chat's public store: a reinjected reading is appended in the run's transaction. */
  messages: Pick<ChatStore, 'appendMessages'>;
}

export interface ModuleTransactions {
  /** Runs `work` in one transaction: every store in `tx` commits or rolls back with it. */
  run<T>(work: (tx: ModuleTx) => Promise<T>): Promise<T>;
}
