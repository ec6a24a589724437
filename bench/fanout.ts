// `npm run bench:fanout [round ...]`: this process is the server; separate client processes hold 1,000 then
// 10,000 WebSocket subscribers with distinct contexts. A flag edit changes the result for a known 30% of them;
// each receipt is timed from the mutation's response (medians over several edits). Then the same with
// subscribers holding every flag (no keys), then a reconnect storm, then paused readers (slow consumers).
// Rounds: keys1k keys10k all1k all10k storm slow (default all). Every wait has a deadline; what failed is in the JSON on the last line.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createApp } from '../server/app/app.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';
import { describeError, until, withDeadline } from './deadline.js';
import { spawnSubscribers } from './fanout-clients.js';
import { cohortB, cohortOf, META, percentile, round, rule } from './fanout-flag.js';
import { slowRound } from './fanout-slow.js';
import { stormRound } from './fanout-storm.js';

/** Flag edits per size; p50/p99 are medians over them, max and needless over all. */
const FLIPS = 5;
/** Subscribers that are not all up by then are reported in the JSON (`notReady`) instead of waited for. */
const READY_DEADLINE_MS = 180_000;
/** Flags besides the bench flag, so an every-flag subscriber holds a realistic set. */
const OTHER_FLAGS = 49;
/** Sockets per API key: under the default per-principal cap of 50. */
const SOCKETS_PER_KEY = 40;
const MAX_CLIENTS = 10_000;

const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Live heap plus off-heap buffers after full collections; `external` already includes arrayBuffers. */
async function settledMemory(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let pass = 0; pass < 3; pass++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-fanout-'));
const config = loadConfig({
  PORT: '0',
  AUGUR_DATA_DIR: dataDir,
  AUGUR_DEMO: '0',
  AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
});
const app = await createApp({ config, logger: createLogger(config.logLevel) });
const url = await app.listen();
const wsUrl = `${url.replace('http', 'ws')}/graphql`;
const tenant = await app.services.tenants.ensure('bench', 'Bench');
const secrets: string[] = [];
for (let k = 0; k < Math.ceil(MAX_CLIENTS / SOCKETS_PER_KEY); k++) {
  secrets.push((await app.services.apiKeys.create(tenant.id, `fanout-${k}`, null)).secret);
}

/** Waits (with a deadline) until the previous round's sockets and subscribers are gone from the server. */
async function quiesced(): Promise<boolean> {
  return until(() => app.socketStats().open === 0 && app.services.fanOut.size === 0, 30_000);
}

async function latencyRound(clients: number, flagKey: string, mode: 'keys' | 'all' = 'keys') {
  const problems: string[] = [];
  await app.services.flags.create(flagKey, rule(['a']), META);
  if (!(await quiesced())) problems.push('sockets of the previous round still open');
  const before = await settledMemory();
  const subs = spawnSubscribers({ wsUrl, secrets, flagKey, clients, mode, retry: false, processes: 2 });
  if (!(await until(() => subs.ready >= clients, READY_DEADLINE_MS))) {
    problems.push(`${clients - subs.ready} subscribers not up within ${READY_DEADLINE_MS} ms`);
  }
  const notReady = clients - subs.ready;
  const idle = await settledMemory();
  const bytesPerIdleClient = Math.round((idle - before) / Math.max(1, subs.ready));

  const expected = cohortB(clients);
  const flips: Array<{
    p50: number;
    p99: number;
    max: number;
    needless: number;
    received: number;
    loopMaxMs: number;
    /** This (the server's) process's CPU from the edit until its receipts and the settle second are over. */
    cpuMs: number;
    /** The server's own figures (docs/propagation.md): commit to the client's pong. */
    reached: number;
    open: number;
    serverP50: number;
    serverP99: number;
  }> = [];
  for (let flip = 0; flip < FLIPS; flip++) {
    subs.receipts.length = 0;
    const current = await app.services.flags.find(flagKey);
    const cpuBefore = process.cpuUsage();
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    // Alternately turn cohort b on and off: the result changes for exactly the b subscribers each time.
    await app.services.flags.update(
      flagKey,
      current?.revision ?? 1,
      rule(flip % 2 === 0 ? ['a', 'b'] : ['a']),
      META,
    );
    const respondedAt = performance.timeOrigin + performance.now();
    const revision = app.services.evaluator.revision;
    const readyB = Math.round(expected * (subs.ready / clients));
    if (!(await until(() => subs.receipts.length >= readyB, 15_000))) {
      problems.push(`flip ${flip}: ${subs.receipts.length} of ${readyB} receipts within 15 s`);
    }
    loop.disable();
    // Anything arriving later than this is counted too: needless messages would show up here.
    await new Promise((r) => setTimeout(r, 1000));
    const cpu = process.cpuUsage(cpuBefore);
    const latencies = subs.receipts
      .filter((r) => cohortOf(r.i) === 'b' && !r.needless)
      .map((r) => r.at - respondedAt)
      .sort((x, y) => x - y);
    flips.push({
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      needless: subs.receipts.filter((r) => cohortOf(r.i) !== 'b' || r.needless).length,
      received: latencies.length,
      loopMaxMs: loop.max / 1e6,
      cpuMs: (cpu.user + cpu.system) / 1000,
      ...propagationOf(revision),
    });
  }
  problems.push(...(await subs.stop(30_000)));
  const med = (pick: (f: (typeof flips)[number]) => number) => median(flips.map(pick));
  return {
    p50Ms: round(med((f) => f.p50)),
    p99Ms: round(med((f) => f.p99)),
    maxMs: round(Math.max(...flips.map((f) => f.max))),
    received: Math.min(...flips.map((f) => f.received)),
    expected,
    needless: flips.reduce((sum, f) => sum + f.needless, 0),
    errors: subs.errors,
    errorKinds: subs.errorKinds,
    notReady,
    eventLoopMaxBlockMs: round(med((f) => f.loopMaxMs)),
    serverCpuMsPerEdit: round(med((f) => f.cpuMs)),
    flips: FLIPS,
    bytesPerIdleClient,
    propagation: {
      serverP50Ms: round(med((f) => f.serverP50)),
      serverP99Ms: round(med((f) => f.serverP99)),
      minReached: Math.min(...flips.map((f) => f.reached)),
      maxOpen: Math.max(...flips.map((f) => f.open)),
    },
    problems,
  };
}

function propagationOf(revision: number) {
  const figures = app.services.propagation.tracker.revision(revision);
  return {
    reached: figures?.reached ?? 0,
    open: figures?.open ?? 0,
    serverP50: figures?.sketch.quantile(0.5) ?? Number.NaN,
    serverP99: figures?.sketch.quantile(0.99) ?? Number.NaN,
  };
}

const ROUNDS = {
  keys1k: () => latencyRound(1000, 'bench_fanout_1k'),
  keys10k: () => latencyRound(10_000, 'bench_fanout_10k'),
  // myFlagUpdates/flagUpdates without keys: every subscriber holds all 50+ flags; one edit still reaches only b.
  all1k: () => latencyRound(1000, 'bench_fanout_all_1k', 'all'),
  all10k: () => latencyRound(10_000, 'bench_fanout_all_10k', 'all'),
  storm: async () => {
    if (!(await quiesced())) return { problems: ['sockets of the previous round still open'] };
    return stormRound({ app, wsUrl, secrets }, MAX_CLIENTS);
  },
  slow: async () => {
    if (!(await quiesced())) return { problems: ['sockets of the previous round still open'] };
    return slowRound({ app, wsUrl, secrets }, settledMemory);
  },
} as const;
type RoundName = keyof typeof ROUNDS;
const asked = process.argv.slice(2).filter((a): a is RoundName => a in ROUNDS);
const chosen: RoundName[] = asked.length > 0 ? asked : (Object.keys(ROUNDS) as RoundName[]);

for (let n = 0; n < OTHER_FLAGS; n++) await app.services.flags.create(`bench_other_${n}`, rule(['c']), META);
const results: Record<string, unknown> = {};
const loadAverage = { start: loadavg().map(round) };
for (const name of chosen) {
  results[name] = await ROUNDS[name]().catch((error: unknown) => ({ problems: [describeError(error)] }));
  console.log(`${name}: ${JSON.stringify(results[name])}`);
}
const closeProblem = await withDeadline(app.close(), 30_000, 'server close').then(
  () => undefined,
  (error: unknown) => describeError(error),
);
await rm(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    ...results,
    ...(closeProblem ? { closeProblem } : {}),
    loadAverage: { ...loadAverage, end: loadavg().map(round) },
    goals: {
      p99At1000Ms: 100,
      p99At10000Ms: 300,
      needless: 0,
      bytesPerIdleClient: 30 * 1024,
      stormMissed: 0,
    },
    node: process.version,
  }),
);
process.exit(0);
