// `npm run bench:eval`: Augur's engine against unleash-client, GrowthBook and flagd-core on the same workloads,
// in one process, offline: single-flag evaluations, 50-flag snapshots, loading 1,000 flags. Medians of 5.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { CONTEXTS, type Figures, RUNS } from './eval-measure.js';

// As on a production server (GrowthBook, for one, does extra logging work outside production).
process.env.NODE_ENV ??= 'production';

type EngineFigures = Figures & { compileOnlyMs?: number };
type Field = 'singleNs' | 'snapshotUs' | 'compileMs';

const PEERS = ['unleash', 'growthbook', 'flagd'];
const NAMES = ['augur', ...PEERS];

const failed = (error: string): EngineFigures => ({
  singleNs: null,
  snapshotUs: null,
  compileMs: null,
  checks: [],
  error,
});

// The worker registers tsx's loader itself: a worker's entry module is resolved before `--import` hooks apply.
const WORKER_SOURCE = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
  new URL('./eval-worker.ts', import.meta.url).href,
)}); });`;

/** An engine that has not reported by then is stopped and reported as failed (the bench never hangs). */
const WORKER_DEADLINE_MS = 600_000;

/** Runs one engine in a worker thread of this process: a fresh isolate, so no JIT or heap state is shared. */
function measureInWorker(engine: string): Promise<EngineFigures> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { engine } });
    let answered = false;
    const deadline = setTimeout(() => {
      answer(failed(`no figures within ${WORKER_DEADLINE_MS} ms`));
      void worker.terminate();
    }, WORKER_DEADLINE_MS);
    const answer = (figures: EngineFigures) => {
      clearTimeout(deadline);
      if (!answered) resolve(figures);
      answered = true;
    };
    worker.once('message', answer);
    worker.once('error', (error) => answer(failed(error.message)));
    worker.once('exit', (code) => answer(failed(`worker exited with code ${code} before reporting`)));
  });
}

const started = performance.now();
console.log(
  `Augur evaluation bench: node ${process.version}, ${os.cpus().length} CPUs, ${CONTEXTS.toLocaleString('en')} ` +
    `contexts, median of ${RUNS} runs after warm-up, one worker thread per engine`,
);
const results = new Map<string, EngineFigures>();
for (const name of NAMES) {
  const engineStarted = performance.now();
  results.set(name, await measureInWorker(name));
  console.log(`  ${name} measured in ${((performance.now() - engineStarted) / 1000).toFixed(1)} s`);
}
const augur = results.get('augur') as EngineFigures;

const figure = (name: string, field: Field) => results.get(name)?.[field] ?? null;
const round = (n: number | null | undefined, digits = 1) => (n == null ? null : Number(n.toFixed(digits)));
const ratio = (peer: number | null, ours: number | null) =>
  peer === null || ours === null || ours === 0 ? null : round(peer / ours, 2);
const ratios = (field: Field) =>
  Object.fromEntries(PEERS.map((p) => [p, ratio(figure(p, field), augur[field])]));
const peers = (field: Field, digits: number) =>
  Object.fromEntries(PEERS.map((p) => [p, round(figure(p, field), digits)]));
const vsFastest = (field: Field) => {
  const values = PEERS.map((p) => figure(p, field)).filter((v): v is number => v !== null);
  return values.length > 0 ? ratio(Math.min(...values), augur[field]) : null;
};

const row = (label: string, cells: Array<string | number | null>) =>
  `${label.padEnd(28)}${cells.map((c) => (c === null ? 'n/a' : String(c)).padStart(12)).join('')}`;
console.log('');
console.log(row('', NAMES));
console.log(
  row(
    'single flag (ns/eval)',
    NAMES.map((n) => round(figure(n, 'singleNs'), 0)),
  ),
);
console.log(
  row(
    '50-flag snapshot (µs)',
    NAMES.map((n) => round(figure(n, 'snapshotUs'), 2)),
  ),
);
console.log(
  row(
    'load 1,000 flags (ms)',
    NAMES.map((n) => round(figure(n, 'compileMs'), 1)),
  ),
);
for (const [label, field] of [
  ['augur speed-up: single', 'singleNs'],
  ['augur speed-up: snapshot', 'snapshotUs'],
  ['augur speed-up: load', 'compileMs'],
] as const) {
  console.log(row(label, ['', ...PEERS.map((p) => ratio(figure(p, field), augur[field]))]));
}
console.log(`\nAugur compileFlagSet alone (no JSON.parse), 1,000 flags: ${round(augur.compileOnlyMs, 1)} ms`);
console.log('\nSanity checks (each engine against the contexts that must be on or off, and the ~50% split):');
for (const name of NAMES) {
  const r = results.get(name) as EngineFigures;
  if (r.error) console.log(`  ${name}: could not run: ${r.error}`);
  for (const check of r.checks) console.log(`  ${name}: ${check}`);
}
console.log(
  '\nSame semantics everywhere except bucketing: Augur 10,000 buckets (murmur3), Unleash 100 (murmur3), ' +
    'GrowthBook 1,000 (FNV-1a), flagd murmur3 scaled to the weights; details in bench/eval-engines.ts.',
);
console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s\n`);

const summary = {
  single: {
    augurNs: round(augur.singleNs),
    unleashNs: round(figure('unleash', 'singleNs')),
    growthbookNs: round(figure('growthbook', 'singleNs')),
    flagdNs: round(figure('flagd', 'singleNs')),
    peersNs: peers('singleNs', 1),
    ratioVsFastestPeer: vsFastest('singleNs'),
  },
  snapshot: {
    augurUs: round(augur.snapshotUs, 2),
    peersUs: peers('snapshotUs', 2),
    ratioVsFastestPeer: vsFastest('snapshotUs'),
  },
  snapshot50: {
    augurUs: round(augur.snapshotUs, 2),
    unleashUs: round(figure('unleash', 'snapshotUs'), 2),
    growthbookUs: round(figure('growthbook', 'snapshotUs'), 2),
    flagdUs: round(figure('flagd', 'snapshotUs'), 2),
  },
  compile1000: {
    augurMs: round(augur.compileMs, 2),
    augurCompileOnlyMs: round(augur.compileOnlyMs, 2),
    unleashMs: round(figure('unleash', 'compileMs'), 2),
    growthbookMs: round(figure('growthbook', 'compileMs'), 2),
    flagdMs: round(figure('flagd', 'compileMs'), 2),
  },
  compile1000Ms: round(augur.compileMs, 2),
  ratios: { single: ratios('singleNs'), snapshot50: ratios('snapshotUs'), compile1000: ratios('compileMs') },
  checksPassed: NAMES.every((n) => {
    const r = results.get(n);
    return (
      r !== undefined && !r.error && r.checks.length === 2 && r.checks.every((c) => !c.includes('FAILED'))
    );
  }),
  errors: Object.fromEntries(
    NAMES.flatMap((n) => (results.get(n)?.error ? [[n, results.get(n)?.error]] : [])),
  ),
  runs: RUNS,
  contexts: CONTEXTS,
  node: process.version,
  cpus: os.cpus().length,
};
console.log(JSON.stringify(summary));
