// Transactions in memory: one at a time, and a failed one puts every fake store back as it was.
import type { ConfigTransactions, ConfigTx } from './config-transaction.js';

/** A fake store that a fake transaction can put back after a failure. */
export interface Restorable {
  save(): unknown;
  restore(saved: unknown): void;
}

/** Any unit of work over fake stores (configuration writes, module runs): serialized, all or nothing. */
export class FakeTransactions<Tx> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    protected readonly tx: Tx,
    private readonly stores: readonly Restorable[],
  ) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      const saved = this.stores.map((store) => store.save());
      try {
        return await work(this.tx);
      } catch (error) {
        this.stores.forEach((store, i) => {
          store.restore(saved[i]);
        });
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }
}

export class FakeConfigTransactions<Tx extends ConfigTx>
  extends FakeTransactions<Tx>
  implements ConfigTransactions<Tx>
{
  get audit() {
    return this.tx.audit;
  }
}
