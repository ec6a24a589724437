// `npm run bench:http [-- --db embedded|postgres|both] [--rounds a,b] [--profile DIR]`: the serving path from
// outside. The server runs in a child process (50 flags of the bench:eval shape, default log level); autocannon
// in this process sends 50 connections of random contexts: `evaluateFlags` (API key, POST), `myFlags` (a
// session, POST) and the conditional GET (`evaluateFlags` with If-None-Match: 304). Per round: req/s,
// p50/p99 and the server's CPU µs per request from /proc. Medians of several runs; JSON on the last line.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describeError, withDeadline } from './deadline.js';
import { makeContexts } from './eval-workload.js';
import { type LoadFigures, measureLoad, median } from './http-load.js';
import type { BenchServerReady } from './http-server.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const WARMUP_SECONDS = 2;
const RUNS = Number(process.env.BENCH_HTTP_RUNS ?? 3);
const CONTEXTS = 5000;
/** Contexts whose tag the 304 round holds (a polling client sends the tag of its own last answer). */
const TAGGED = 500;
const START_DEADLINE_MS = 180_000;
const STOP_DEADLINE_MS = 20_000;
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GOALS = { evaluateFlagsCpuUs: 150, p99Ms: 30, notModifiedCpuUs: 50 };

const SNAPSHOT_FIELDS = 'configRevision flags { key enabled variant payload reason ruleId revision }';
const EVALUATE = `query ($c: EvaluationContextInput!) { evaluateFlags(context: $c) { ${SNAPSHOT_FIELDS} } }`;
const MY_FLAGS = `query ($c: ClientContextInput) { myFlags(context: $c) { ${SNAPSHOT_FIELDS} } }`;
const ACCEPT = 'application/graphql-response+json, application/json';

type RoundName = 'evaluateFlags' | 'myFlags' | 'notModified';
const ALL_ROUNDS: RoundName[] = ['evaluateFlags', 'myFlags', 'notModified'];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
const dbChoice = argument('db') ?? 'both';
const roundNames = (argument('rounds')?.split(',') ?? ALL_ROUNDS) as RoundName[];
const profileDir = argument('profile');
const failures: string[] = [];

interface Server {
  child: ChildProcess;
  ready: BenchServerReady;
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = fork(path.join(import.meta.dirname, 'http-server.ts'), [], {
    execArgv: [
      '--import',
      'tsx',
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : []),
    ],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      NODE_ENV: 'production',
      AUGUR_DEMO: '0',
      AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
      // myFlags' 20 accounts send thousands a minute each: counted as always, never refused.
      AUGUR_RATE_LIMIT_USER: '100000000',
      ...env,
    },
    // The server logs at its default level; its lines go nowhere, as to a log shipper that keeps up.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await withDeadline(
    new Promise<BenchServerReady>((resolve, reject) => {
      child.on('message', (message: BenchServerReady) => {
        if (message.kind === 'ready') resolve(message);
      });
      child.once('exit', (code) => reject(new Error(`server exited with code ${code} before it was ready`)));
    }),
    START_DEADLINE_MS,
    'server start',
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    child,
    ready,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.send({ kind: 'stop' });
      await withDeadline(exited, STOP_DEADLINE_MS, 'server stop').catch((error: unknown) => {
        failures.push(describeError(error));
        child.kill('SIGKILL');
      });
    },
  };
}

const getPath = (query: string, variables: unknown) =>
  `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;

/** The request makers of each round and a check that one answer of each is what the round expects. */
async function prepareRounds(ready: BenchServerReady) {
  const contexts = makeContexts(CONTEXTS, ready.flags, 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)] as T;
  const keyHeaders = { authorization: `Bearer ${ready.apiKey}`, accept: ACCEPT };
  const json = { 'content-type': 'application/json' };
  const evaluateBodies = contexts.map((c) => JSON.stringify({ query: EVALUATE, variables: { c } }));
  const sessionBodies = contexts.map((c, i) =>
    JSON.stringify({ query: MY_FLAGS, variables: { c: { country: c.country, sessionId: `s-${i}` } } }),
  );
  const tagged = contexts.slice(0, TAGGED).map((c) => getPath(EVALUATE, { c }));
  const getHeaders = { ...keyHeaders, 'x-graphql-yoga-csrf': '1' };
  const tags: string[] = [];
  for (const target of tagged) {
    const response = await fetch(`${ready.url}${target}`, { headers: getHeaders });
    await response.arrayBuffer();
    tags.push(response.headers.get('etag') ?? '"none"');
  }
  const rounds: Record<
    RoundName,
    () => { method: string; path: string; headers: Record<string, string>; body?: string }
  > = {
    evaluateFlags: () => ({
      method: 'POST',
      path: '/graphql',
      headers: { ...keyHeaders, ...json },
      body: pick(evaluateBodies),
    }),
    myFlags: () => ({
      method: 'POST',
      path: '/graphql',
      headers: { authorization: `Bearer ${pick(ready.sessions)}`, accept: ACCEPT, ...json },
      body: pick(sessionBodies),
    }),
    notModified: () => {
      const i = Math.floor(Math.random() * TAGGED);
      return {
        method: 'GET',
        path: tagged[i] as string,
        headers: { ...getHeaders, 'if-none-match': tags[i] as string },
      };
    },
  };
  const checks: Record<string, string> = {};
  for (const name of roundNames) {
    const request = rounds[name]();
    const response = await fetch(`${ready.url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body ? { body: request.body } : {}),
    });
    const text = await response.text();
    const answer = text
      ? (JSON.parse(text) as { data?: Record<string, { flags: unknown[] }>; errors?: unknown })
      : {};
    const flags = answer.data?.evaluateFlags?.flags ?? answer.data?.myFlags?.flags;
    checks[name] =
      response.status === 304
        ? '304'
        : answer.errors
          ? `errors: ${JSON.stringify(answer.errors).slice(0, 200)}`
          : `${response.status} with ${flags?.length ?? 0} flags`;
  }
  return { rounds, checks, taggedWithEtag: tags.filter((t) => t !== '"none"').length };
}

interface RoundSummary {
  requestsPerSecond: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  cpuUsPerRequest: number | null;
  statuses: Record<string, number>;
  errors: number;
  runs: LoadFigures[];
}

async function benchDatabase(label: string, env: Record<string, string>) {
  const server = await startServer(env);
  try {
    const { ready } = server;
    const pid = server.child.pid as number;
    const { rounds, checks, taggedWithEtag } = await prepareRounds(ready);
    const load = (name: RoundName, seconds: number) =>
      measureLoad({ url: ready.url, serverPid: pid, connections: CONNECTIONS, seconds, next: rounds[name] });
    for (const name of roundNames) await load(name, WARMUP_SECONDS);
    const runs = new Map<RoundName, LoadFigures[]>(roundNames.map((n) => [n, []]));
    // Rounds interleaved run by run, so a burst of other work on the shared machine spreads over all of them.
    for (let run = 0; run < RUNS; run++) {
      for (const name of roundNames) {
        const figures = await load(name, SECONDS);
        runs.get(name)?.push(figures);
        console.log(`${label} ${name} run ${run + 1}: ${JSON.stringify(figures)}`);
      }
    }
    const summary: Record<string, RoundSummary> = {};
    for (const [name, list] of runs) {
      const statuses: Record<string, number> = {};
      for (const figures of list)
        for (const [status, count] of Object.entries(figures.statuses))
          statuses[status] = (statuses[status] ?? 0) + count;
      summary[name] = {
        requestsPerSecond: median(list.map((f) => f.requestsPerSecond)),
        p50Ms: median(list.map((f) => f.p50Ms)),
        p99Ms: median(list.map((f) => f.p99Ms)),
        cpuUsPerRequest: median(list.map((f) => f.cpuUsPerRequest)),
        statuses,
        errors: list.reduce((sum, f) => sum + f.errors, 0),
        runs: list,
      };
    }
    return { checks, taggedWithEtag, rounds: summary };
  } finally {
    await server.stop();
  }
}

/** A fresh database on the machine's PostgreSQL for one run, dropped afterwards. */
async function withPostgres<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `augur_http_path_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((error: unknown) => {
      failures.push(`drop ${name}: ${describeError(error)}`);
    });
    await admin.end();
  }
}

const started = Date.now();
console.log(
  `bench:http: node ${process.version}, ${cpus().length} CPUs (shared with other work), load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, ${CONNECTIONS} connections, ${RUNS} runs of ${SECONDS} s per round`,
);
const results: Record<string, Awaited<ReturnType<typeof benchDatabase>> | { error: string }> = {};
if (dbChoice === 'embedded' || dbChoice === 'both') {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-bench-http-'));
  try {
    results.embedded = await benchDatabase('embedded', { AUGUR_DATA_DIR: dataDir });
  } catch (error) {
    failures.push(`embedded: ${describeError(error)}`);
    results.embedded = { error: describeError(error) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
if (dbChoice === 'postgres' || dbChoice === 'both') {
  try {
    results.postgres = await withPostgres((url) => benchDatabase('postgres', { DATABASE_URL: url }));
  } catch (error) {
    failures.push(`postgres: ${describeError(error)}`);
    results.postgres = { error: describeError(error) };
  }
}

const figure = (db: string, round: RoundName, field: keyof RoundSummary) => {
  const entry = results[db];
  if (!entry || 'error' in entry) return null;
  return (entry.rounds[round]?.[field] as number | null | undefined) ?? null;
};
const goals = Object.fromEntries(
  Object.keys(results).map((db) => {
    const cpu = figure(db, 'evaluateFlags', 'cpuUsPerRequest');
    const p99s = roundNames.map((r) => figure(db, r, 'p99Ms')).filter((v): v is number => v !== null);
    const notModified = figure(db, 'notModified', 'cpuUsPerRequest');
    return [
      db,
      {
        evaluateFlagsCpu: cpu === null ? null : cpu <= GOALS.evaluateFlagsCpuUs,
        p99: p99s.length === 0 ? null : Math.max(...p99s) < GOALS.p99Ms,
        notModifiedCpu: notModified === null ? null : notModified <= GOALS.notModifiedCpuUs,
      },
    ];
  }),
);
console.log(
  JSON.stringify({
    bench: 'http',
    note: 'machine shared with other work (2 cores, several engineers): figures are conservative',
    node: process.version,
    cpus: cpus().length,
    flags: 50,
    connections: CONNECTIONS,
    secondsPerRun: SECONDS,
    runs: RUNS,
    goals: { ...GOALS, met: goals },
    results: Object.fromEntries(
      Object.entries(results).map(([db, r]) => [
        db,
        'error' in r
          ? r
          : {
              checks: r.checks,
              taggedWithEtag: r.taggedWithEtag,
              rounds: Object.fromEntries(
                Object.entries(r.rounds).map(([name, { runs: _runs, ...rest }]) => [name, rest]),
              ),
            },
      ]),
    ),
    failures,
    elapsedSeconds: Math.round((Date.now() - started) / 1000),
  }),
);
process.exit(failures.length > 0 ? 1 : 0);
