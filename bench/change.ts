// `npm run bench:change`: the cost of one configuration change with 10,000 flags loaded. One flag is edited
// EDITS times through the flag service; for each edit: this process's refresh CPU and wall time (commit to
// compiled set current, read-your-writes), the whole write's CPU, and, with BENCH_DATABASE_URL and
// BENCH_REDIS_URL set, the same on a second server process that hears of the change through Redis.
// Without them: the embedded database, one instance. Also the cold load of the 10,000 flags (medians).
// Every wait has a deadline; what failed is in the JSON on the last line.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app/app.js';
import type { RefreshStats } from '../server/flags/flag-snapshot.js';
import { PgFlagStore } from '../server/flags/flag-store.js';
import { loadConfig } from '../server/platform/config.js';
import { openDatabase } from '../server/platform/db.js';
import { createLogger } from '../server/platform/logger.js';
import { migrateToLatest } from '../server/platform/migrations.js';
import { PgConfigStateStore } from '../server/revisions/config-state-store.js';
import { PgSegmentStore } from '../server/segments/segment-store.js';
import { changeFlagKey, flagContent, SEGMENTS, segmentContent, segmentKey } from './change-workload.js';
import { describeError, until, withDeadline } from './deadline.js';

const FLAGS = 10_000;
const EDITS = 50;
const COLD_LOADS = 5;
const EDITED = 4242;
const META = { actor: 'bench', reason: 'bench:change', requestId: 'bench-change' };

const databaseUrl = process.env.BENCH_DATABASE_URL;
const redisUrl = process.env.BENCH_REDIS_URL;
const twoInstances = databaseUrl !== undefined && redisUrl !== undefined;
const problems: string[] = [];
const median = (values: number[]) =>
  values.length === 0 ? null : ([...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number);
const round = (value: number | null, digits = 2) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
const cpuMsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const dataDir = twoInstances ? undefined : await mkdtemp(path.join(tmpdir(), 'augur-change-'));
const env = {
  PORT: '0',
  AUGUR_DEMO: '0',
  AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
  AUGUR_CONFIG_POLL_MS: '0',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
  ...(twoInstances ? { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl } : { AUGUR_DATA_DIR: dataDir }),
};

/** Seeds the flags and segments straight through the stores (the writer validates each against all others). */
async function seed(): Promise<number> {
  const handle = await openDatabase(twoInstances ? { databaseUrl } : { dataDir });
  try {
    await migrateToLatest(handle.db);
    return await handle.db.transaction().execute(async (trx) => {
      const state = new PgConfigStateStore(trx);
      await state.lock();
      const revision = await state.next();
      const segments = new PgSegmentStore(trx);
      for (let i = 0; i < SEGMENTS; i++) await segments.insert(segmentKey(i), segmentContent(i), 1, revision);
      const flags = new PgFlagStore(trx);
      for (let i = 0; i < FLAGS; i++) await flags.insert(changeFlagKey(i), flagContent(i), 1, revision);
      return revision;
    });
  } finally {
    await handle.close();
  }
}

interface Swap {
  revision: number;
  at: number;
  refresh?: RefreshStats;
}

/** The second instance, reporting each swap of its compiled set. */
function startSecond(): { child: ChildProcess; swaps: Swap[]; cold: RefreshStats[]; ready: Promise<void> } {
  const child = fork(path.join(import.meta.dirname, 'change-instance.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_REDIS_URL: redisUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const swaps: Swap[] = [];
  const cold: RefreshStats[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`second instance exited with ${code}`)));
    child.on('message', (m: Swap & { ready?: boolean; coldLoad?: RefreshStats }) => {
      if (m.coldLoad) cold.push(m.coldLoad);
      if (m.ready) resolve();
      else if (typeof m.revision === 'number') swaps.push(m);
    });
  });
  return { child, swaps, cold, ready };
}

const run = async () => {
  const seededAt = await seed();
  const config = loadConfig(env);
  const app = await createApp({ config, logger: createLogger(config.logLevel) });
  const snapshot = app.services.snapshot;
  const second = twoInstances ? startSecond() : undefined;
  try {
    if (snapshot.current().flags.size !== FLAGS)
      problems.push(`loaded ${snapshot.current().flags.size} flags`);
    if (second) await withDeadline(second.ready, 60_000, 'second instance start');

    const coldLoads: RefreshStats[] = [];
    for (let r = 0; r < COLD_LOADS; r++) {
      await snapshot.refresh(true);
      if (snapshot.lastRefresh) coldLoads.push(snapshot.lastRefresh);
    }
    if (second) {
      for (let r = 0; r < COLD_LOADS; r++) {
        const before = second.cold.length;
        second.child.send({ cold: true });
        if (!(await until(() => second.cold.length > before, 30_000))) problems.push('second cold load late');
      }
    }

    const local: RefreshStats[] = [];
    const writeCpu: number[] = [];
    const writeMs: number[] = [];
    const remote: Array<{ commitToCurrentMs: number; refresh?: RefreshStats }> = [];
    let revision = 1;
    for (let edit = 1; edit <= EDITS; edit++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const flag = await app.services.flags.update(
        changeFlagKey(EDITED),
        revision,
        flagContent(EDITED, edit),
        META,
      );
      writeMs.push(performance.now() - started);
      writeCpu.push(cpuMsSince(cpu));
      revision = flag.revision;
      const mine = snapshot.lastRefresh;
      if (mine?.kind !== 'incremental') problems.push(`edit ${edit}: local refresh was ${mine?.kind}`);
      if (mine) local.push(mine);
      const configRevision = snapshot.current().revision;
      if (second && mine) {
        const arrived = await until(() => second.swaps.some((s) => s.revision >= configRevision), 10_000, 1);
        const swap = second.swaps.find((s) => s.revision >= configRevision);
        if (!arrived || !swap) problems.push(`edit ${edit}: second instance not current within 10 s`);
        else remote.push({ commitToCurrentMs: swap.at - mine.startedAt, refresh: swap.refresh });
      }
    }
    const stored = snapshot.current().definition(changeFlagKey(EDITED));
    if (stored?.revision !== revision) problems.push('the compiled set does not hold the last edit');

    const pick = (list: RefreshStats[], field: keyof RefreshStats) =>
      round(median(list.map((s) => s[field] as number)));
    const remoteRefreshes = remote.flatMap((r) => (r.refresh ? [r.refresh] : []));
    return {
      database: twoInstances ? 'postgresql + redis, two server processes' : 'embedded PGlite, one instance',
      flags: FLAGS,
      segments: SEGMENTS,
      edits: EDITS,
      seededRevision: seededAt,
      perChange: {
        writer: {
          refreshCpuMs: pick(local, 'cpuMs'),
          commitToCurrentMs: pick(local, 'ms'),
          compileMs: pick(local, 'compileMs'),
          recompiledFlags: pick(local, 'recompiled'),
          wholeWriteCpuMs: round(median(writeCpu)),
          wholeWriteMs: round(median(writeMs)),
        },
        second: second
          ? {
              refreshCpuMs: pick(remoteRefreshes, 'cpuMs'),
              refreshMs: pick(remoteRefreshes, 'ms'),
              commitToCurrentMs: round(median(remote.map((r) => r.commitToCurrentMs))),
              compileMs: pick(remoteRefreshes, 'compileMs'),
              received: remote.length,
            }
          : null,
      },
      coldLoad: {
        ms: pick(coldLoads, 'ms'),
        compileMs: pick(coldLoads, 'compileMs'),
        cpuMs: pick(coldLoads, 'cpuMs'),
        secondMs: second ? pick(second.cold, 'ms') : null,
        runs: COLD_LOADS,
      },
    };
  } finally {
    if (second) {
      second.child.send({ stop: true });
      await until(() => second.child.exitCode !== null, 15_000);
      if (second.child.exitCode === null) second.child.kill();
    }
    await withDeadline(app.close(), 30_000, 'server close').catch((e: unknown) =>
      problems.push(describeError(e)),
    );
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
};

const loadStart = loadavg().map((l) => round(l));
const result = await withDeadline(run(), 300_000, 'bench:change').catch((error: unknown) => {
  problems.push(describeError(error));
  return undefined;
});
console.log(
  JSON.stringify({
    ...result,
    goals: { perChangeCpuMs: 5, coldLoadMs: 300 },
    problems,
    machine: { shared: true, loadAverage: { start: loadStart, end: loadavg().map((l) => round(l)) } },
    node: process.version,
  }),
);
process.exit(0);
