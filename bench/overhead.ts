// `npm run bench:overhead`: what the metric pipeline costs a request. One server child (bench/http-server.ts,
// embedded database, default log level), autocannon from this process; rounds of `evaluateFlags` (API key,
// 50 flags: an operation event and 50 counted exposures) and `sendMessage` (a session writing into its
// conversation: operation and chat reply events), each run with the recorder off and on, alternating in the
// same run; server CPU µs per request from /proc. Overhead = (on − off) / off of the medians. Also each piece's
// CPU per request measured in-process (bench/overhead-parts.ts), which a busy machine moves less. JSON last line.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { describeError, withDeadline } from './deadline.js';
import { makeContexts } from './eval-workload.js';
import { type LoadFigures, measureLoad, median } from './http-load.js';
import type { BenchServerReady } from './http-server.js';
import { measureParts } from './overhead-parts.js';

const CONNECTIONS = Number(process.env.BENCH_OVERHEAD_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_OVERHEAD_SECONDS ?? 4);
const PAIRS = Number(process.env.BENCH_OVERHEAD_PAIRS ?? 4);
const GOAL_PCT = 5;
const ACCEPT = 'application/graphql-response+json, application/json';
const EVALUATE =
  'query ($c: EvaluationContextInput!) { evaluateFlags(context: $c) { configRevision flags { key enabled variant payload reason ruleId revision } } }';
const SEND =
  'mutation ($id: ID!, $t: String!) { sendMessage(conversationId: $id, text: $t) { reply { status } } }';
const QUESTIONS = ['What do the stars say about love?', 'Will my week go well?', 'Which sign suits me?'];
const failures: string[] = [];
// The pipeline's own cost per request, in this process, before the server starts.
const parts = await measureParts();
console.log(`in-process parts: ${JSON.stringify(parts)}`);

const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-bench-overhead-'));
const child = fork(path.join(import.meta.dirname, 'http-server.ts'), [], {
  execArgv: ['--import', 'tsx'],
  env: {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: '0',
    NODE_ENV: 'production',
    AUGUR_DEMO: '0',
    AUGUR_DATA_DIR: dataDir,
    AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
    // Every request is still counted; the limit is only out of the way of the load.
    AUGUR_RATE_LIMIT_USER: '100000000',
  },
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
const messages: ((message: { kind: string }) => void)[] = [];
child.on('message', (message: { kind: string }) => {
  for (const listener of messages.splice(0)) listener(message);
});
const nextMessage = (kind: string) =>
  withDeadline(
    new Promise<{ kind: string }>((resolve) => {
      const wait = (message: { kind: string }) =>
        message.kind === kind ? resolve(message) : messages.push(wait);
      messages.push(wait);
    }),
    180_000,
    `server ${kind}`,
  );

const results: Record<string, { offUs: number | null; onUs: number | null; overheadPct: number | null }> = {};
const runs: Record<string, { off: LoadFigures[]; on: LoadFigures[] }> = {};
try {
  const ready = (await nextMessage('ready')) as unknown as BenchServerReady;
  const pid = child.pid as number;
  const contexts = makeContexts(2000, ready.flags, 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)] as T;
  const json = { 'content-type': 'application/json', accept: ACCEPT };
  const evaluateBodies = contexts.map((c) => JSON.stringify({ query: EVALUATE, variables: { c } }));
  const rounds = {
    evaluateFlags: () => ({
      method: 'POST',
      path: '/graphql',
      headers: { ...json, authorization: `Bearer ${ready.apiKey}` },
      body: pick(evaluateBodies),
    }),
    sendMessage: () => {
      const i = Math.floor(Math.random() * ready.sessions.length);
      return {
        method: 'POST',
        path: '/graphql',
        headers: { ...json, authorization: `Bearer ${ready.sessions[i]}` },
        body: JSON.stringify({ query: SEND, variables: { id: ready.conversations[i], t: pick(QUESTIONS) } }),
      };
    },
  };
  const recorder = async (enabled: boolean) => {
    const answered = nextMessage('recorder');
    child.send({ kind: 'recorder', enabled });
    await answered;
  };
  for (const [name, next] of Object.entries(rounds)) {
    const check = next();
    const answer = (await (
      await fetch(`${ready.url}${check.path}`, {
        method: check.method,
        headers: check.headers,
        body: check.body,
      })
    ).json()) as { errors?: unknown };
    if (answer.errors) failures.push(`${name}: ${JSON.stringify(answer.errors).slice(0, 200)}`);
    await measureLoad({ url: ready.url, serverPid: pid, connections: CONNECTIONS, seconds: 2, next });
    runs[name] = { off: [], on: [] };
    // Off and on alternate, and which goes first alternates too: a burst of other work spreads over both.
    for (let pair = 0; pair < PAIRS; pair++) {
      for (const enabled of pair % 2 === 0 ? [false, true] : [true, false]) {
        await recorder(enabled);
        const figures = await measureLoad({
          url: ready.url,
          serverPid: pid,
          connections: CONNECTIONS,
          seconds: SECONDS,
          next,
        });
        runs[name][enabled ? 'on' : 'off'].push(figures);
        console.log(`${name} recorder ${enabled ? 'on' : 'off'}: ${JSON.stringify(figures)}`);
      }
    }
    await recorder(true);
    const offUs = median(runs[name].off.map((f) => f.cpuUsPerRequest));
    const onUs = median(runs[name].on.map((f) => f.cpuUsPerRequest));
    const overheadPct = offUs && onUs !== null ? Math.round(((onUs - offUs) / offUs) * 1000) / 10 : null;
    results[name] = { offUs, onUs, overheadPct };
    if (overheadPct === null || overheadPct >= GOAL_PCT)
      failures.push(`${name} overhead ${overheadPct}% (goal < ${GOAL_PCT}%)`);
    const refused = [...runs[name].off, ...runs[name].on].filter((f) =>
      Object.keys(f.statuses).some((s) => s !== '200'),
    );
    if (refused.length > 0) failures.push(`${name}: answers other than 200 in ${refused.length} runs`);
  }
} catch (error) {
  failures.push(describeError(error));
} finally {
  if (child.exitCode === null) {
    child.send({ kind: 'stop' });
    await withDeadline(exited, 20_000, 'server stop').catch(() => child.kill('SIGKILL'));
  }
  await rm(dataDir, { recursive: true, force: true });
}

console.log(
  JSON.stringify({
    bench: 'overhead',
    note: 'server CPU per request from /proc, recorder off and on alternating in one run; shared 2-core machine',
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    connections: CONNECTIONS,
    secondsPerRun: SECONDS,
    pairs: PAIRS,
    goalPct: GOAL_PCT,
    parts,
    results,
    runs: Object.fromEntries(
      Object.entries(runs).map(([name, r]) => [
        name,
        { offUs: r.off.map((f) => f.cpuUsPerRequest), onUs: r.on.map((f) => f.cpuUsPerRequest) },
      ]),
    ),
    failures,
  }),
);
process.exit(failures.length > 0 ? 1 : 0);
