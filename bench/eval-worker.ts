// One engine's measurements in its own worker thread: a fresh heap and JIT state, so engines measured
// earlier cannot slow down (or warm up) the ones measured later.
import { parentPort, workerData } from 'node:worker_threads';
import { compileFlagSet } from '../server/evaluation/compile.js';
import { augurFlag, ENGINES } from './eval-engines.js';
import { COMPILE_FLAGS, type Figures, measure, median, RUNS } from './eval-measure.js';

const name = (workerData as { engine: string }).engine;
const engine = ENGINES.find((e) => e.name === name);
let figures: Figures & { compileOnlyMs?: number };
try {
  if (!engine) throw new Error(`unknown engine ${name}`);
  figures = await measure(engine);
  if (name === 'augur') {
    // Augur also without JSON.parse: what a refresh from already-parsed store rows costs.
    const flags = Array.from({ length: COMPILE_FLAGS }, (_, i) => augurFlag(i));
    const times: number[] = [];
    for (let r = 0; r < RUNS + 2; r++) {
      const started = performance.now();
      compileFlagSet({ flags, segments: [], revision: 1 });
      if (r >= 2) times.push(performance.now() - started);
    }
    figures.compileOnlyMs = median(times);
  }
} catch (error) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  figures = { singleNs: null, snapshotUs: null, compileMs: null, checks: [], error: message };
}
parentPort?.postMessage(figures);
