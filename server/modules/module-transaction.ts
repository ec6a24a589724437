// The unit of work of a module run: quota, the run, its reply and its activation metric commit together.
import type { ChatStore } from '../chat/chat-store.js';
import type { MetricEvent } from '../metrics/metric-recorder.js';
import type { ModuleStore } from './module-store.js';

/** Where metric events go; inside a ModuleTx they commit with the run they describe. */
export interface MetricSink {
  record(events: MetricEvent[]): Promise<void>;
}

export interface ModuleTx {
  modules: ModuleStore;
  /** Chat's public store: a reinjected reading is appended in the run's transaction. */
  messages: Pick<ChatStore, 'appendMessages'>;
  metrics: MetricSink;
}

export interface ModuleTransactions {
  /** Runs `work` in one transaction: every store in `tx` commits or rolls back with it. */
  run<T>(work: (tx: ModuleTx) => Promise<T>): Promise<T>;
}
