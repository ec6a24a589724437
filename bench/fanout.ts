// `npm run bench:fanout`: this process is the server; separate client processes hold 1,000 then 10,000
// WebSocket subscribers with distinct contexts. A flag edit changes the result for a known 30% of them;
// each receipt is timed from the mutation's response (medians over several edits). Then the same with
// subscribers holding every flag (no keys). JSON on the last line.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createApp } from '../server/app/app.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';

const CLIENT_PROCESSES = 2;
/** Flag edits per size; p50/p99 are medians over them, max and needless over all. */
const FLIPS = 5;
const META = { actor: 'system', reason: 'bench', requestId: 'bench-fanout' };
const cohortOf = (i: number) => (i % 10 < 3 ? 'a' : i % 10 < 6 ? 'b' : 'c');

const rule = (values: string[]) => ({
  type: 'BOOLEAN' as const,
  description: 'bench',
  enabled: true,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [],
  rules: [
    {
      id: 'cohort',
      conditions: [{ attribute: 'cohort', operator: 'IN' as const, values }],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: { variant: 'off' },
});

interface Receipt {
  i: number;
  at: number;
  enabled: boolean;
  needless?: boolean;
}

/** Subscribers that are not all up by then are reported in the JSON (`notReady`) instead of waited for. */
const READY_DEADLINE_MS = 180_000;
/** Flags besides the bench flag, so an every-flag subscriber holds a realistic set. */
const OTHER_FLAGS = 49;

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

function heapAndExternal(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
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
const { secret } = await app.services.apiKeys.create(tenant.id, 'fanout', null);

async function round1(clients: number, flagKey: string, mode: 'keys' | 'all' = 'keys') {
  await app.services.flags.create(flagKey, rule(['a']), META);
  const before = heapAndExternal();
  const per = Math.ceil(clients / CLIENT_PROCESSES);
  const children: ChildProcess[] = [];
  const receipts: Receipt[] = [];
  let ready = 0;
  let errors = 0;
  let allReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    allReady = resolve;
  });
  for (let p = 0; p < CLIENT_PROCESSES; p++) {
    const from = p * per;
    const count = Math.min(per, clients - from);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/fanout-client.ts',
        wsUrl,
        secret,
        flagKey,
        String(from),
        String(count),
        mode,
      ],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    children.push(child);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const message = JSON.parse(line) as { type: string } & Receipt & { count: number };
      if (message.type === 'ready') {
        ready += message.count;
        if (ready === clients) allReady();
      } else if (message.type === 'update') receipts.push(message);
      else errors++;
    });
  }
  let deadline: NodeJS.Timeout | undefined;
  await Promise.race([readyPromise, new Promise((r) => (deadline = setTimeout(r, READY_DEADLINE_MS)))]);
  clearTimeout(deadline);
  const notReady = clients - ready;
  await new Promise((r) => setTimeout(r, 1000));
  const idle = heapAndExternal();
  const bytesPerIdleClient = Math.round((idle - before) / clients);

  const expected = Array.from({ length: clients }, (_, i) => i).filter((i) => cohortOf(i) === 'b').length;
  const flips: Array<{
    p50: number;
    p99: number;
    max: number;
    needless: number;
    received: number;
    loopMaxMs: number;
  }> = [];
  for (let flip = 0; flip < FLIPS; flip++) {
    receipts.length = 0;
    const current = await app.services.flags.find(flagKey);
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
    const deadline = Date.now() + 15_000;
    while (receipts.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    loop.disable();
    // Anything arriving later than this is counted too: needless messages would show up here.
    await new Promise((r) => setTimeout(r, 1000));
    const latencies = receipts
      .filter((r) => cohortOf(r.i) === 'b' && !r.needless)
      .map((r) => r.at - respondedAt)
      .sort((x, y) => x - y);
    flips.push({
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
      needless: receipts.filter((r) => cohortOf(r.i) !== 'b' || r.needless).length,
      received: latencies.length,
      loopMaxMs: loop.max / 1e6,
    });
  }
  for (const child of children) child.stdin?.write('stop\n');
  await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
  const med = (pick: (f: (typeof flips)[number]) => number) => median(flips.map(pick));
  return {
    p50Ms: round(med((f) => f.p50)),
    p99Ms: round(med((f) => f.p99)),
    maxMs: round(Math.max(...flips.map((f) => f.max))),
    received: Math.min(...flips.map((f) => f.received)),
    expected,
    needless: flips.reduce((sum, f) => sum + f.needless, 0),
    errors,
    notReady,
    eventLoopMaxBlockMs: round(med((f) => f.loopMaxMs)),
    flips: FLIPS,
    bytesPerIdleClient,
  };
}

for (let n = 0; n < OTHER_FLAGS; n++) await app.services.flags.create(`bench_other_${n}`, rule(['c']), META);
const clients1000 = await round1(1000, 'bench_fanout_1k');
console.log(`1,000 subscribers: ${JSON.stringify(clients1000)}`);
const clients10000 = await round1(10_000, 'bench_fanout_10k');
console.log(`10,000 subscribers: ${JSON.stringify(clients10000)}`);
// myFlagUpdates/flagUpdates without keys: every subscriber holds all 50+ flags; one edit still reaches only b.
const everyFlag1000 = await round1(1000, 'bench_fanout_all_1k', 'all');
console.log(`1,000 every-flag subscribers: ${JSON.stringify(everyFlag1000)}`);
const everyFlag10000 = await round1(10_000, 'bench_fanout_all_10k', 'all');
console.log(`10,000 every-flag subscribers: ${JSON.stringify(everyFlag10000)}`);
await app.close();
await rm(dataDir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    clients1000,
    clients10000,
    everyFlag1000,
    everyFlag10000,
    goals: { p99At1000Ms: 100, p99At10000Ms: 300, needless: 0, bytesPerIdleClient: 30 * 1024 },
    node: process.version,
  }),
);
