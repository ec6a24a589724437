// The test-only fault switch of the chaos tests: makes a module's runs fail at a chosen rate. It exists only
// when AUGUR_TEST_FAULTS=1, which the configuration refuses unless NODE_ENV=test.
import type { ModuleName } from './spreads.js';

export class ModuleFaults {
  private readonly rates = new Map<ModuleName, number>();
  private readonly runs = new Map<ModuleName, number>();

  /** The share (0 to 1) of the module's next runs that fail; 0 turns faults off. */
  set(module: ModuleName, rate: number): void {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError('a fault rate is a share from 0 to 1');
    this.rates.set(module, rate);
    this.runs.set(module, 0);
  }

  /** Throws for exactly that share of runs, spread evenly (run n fails when floor(n * rate) moves). */
  maybeFail(module: ModuleName): void {
    const rate = this.rates.get(module) ?? 0;
    if (rate === 0) return;
    const n = (this.runs.get(module) ?? 0) + 1;
    this.runs.set(module, n);
    if (Math.floor(n * rate) > Math.floor((n - 1) * rate)) {
      throw new Error(`injected fault in ${module} (test-only fault switch)`);
    }
  }
}
