// bench:soak: N minutes (default 10; `npm run bench:soak -- 2` for 2) of steady evaluation load on one server
// on a private PostgreSQL, 1,000 live subscribers, a flag change every 3 s, a reconnect wave at 30% and a
// database restart at 55%. Last line: JSON with memory at start and end and its slope, p99 per window,
// missed messages (subscribers whose flags differ from the server's at the end) and errors.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { hashPassword } from '../server/auth/password.js';
import { UserStore } from '../server/auth/user-store.js';
import { openDatabase } from '../server/platform/db.js';
import { TenantStore } from '../server/tenants/tenant-store.js';
import { startPrivatePostgres } from '../test/helpers/private-postgres.js';
import { SoakSubscriber } from './soak-subscriber.js';

const minutes = Number(process.argv[2] ?? 10);
const DURATION_MS = minutes * 60_000;
const SUBSCRIBERS = 1000;
const SOCKETS_PER_KEY = 40;
const FLAGS = 20;
const LOAD_CONCURRENCY = 8;
const CHANGE_EVERY_MS = 3000;
const WINDOWS = 10;
const DB_DOWN_MS = 5000;
const PASSWORD = 'soak bench password';

const failures: string[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

async function until(what: string, check: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) {
      failures.push(`${what}: not within ${timeoutMs} ms`);
      return -1;
    }
    await sleep(50);
  }
  return Date.now() - started;
}

interface Sample {
  at: number;
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

function startServer(databaseUrl: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/soak-server.ts'],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATABASE_URL: databaseUrl,
        PORT: '0',
        AUGUR_DEMO: '0',
        LOG_LEVEL: 'error',
        AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
        AUGUR_CONFIG_POLL_MS: '500',
        SOAK_SAMPLE_MS: String(Math.max(2000, Math.round(DURATION_MS / 60))),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const samples: Sample[] = [];
  let url: string | undefined;
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    try {
      const parsed = JSON.parse(line) as { url?: string; memory?: Sample };
      if (parsed.url) url = parsed.url;
      if (parsed.memory) samples.push(parsed.memory);
    } catch {
      // Not one of ours (a stray log line).
    }
  });
  return { child, samples, url: () => url };
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    signal: AbortSignal.timeout(5000),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, ...body };
}

async function seed(adminUrl: string): Promise<{ ops: string; platform: string; tenantId: string }> {
  const handle = await openDatabase({ databaseUrl: adminUrl });
  try {
    const slug = `soak-${randomUUID().slice(0, 8)}`;
    const tenant = await new TenantStore(handle.db).ensure(slug, slug);
    const users = new UserStore(handle.db);
    const passwordHash = await hashPassword(PASSWORD);
    for (const role of ['ops', 'platform'] as const) {
      await users.ensure({
        tenantId: tenant.id,
        email: `${role}@${slug}.test`,
        role,
        plan: 'free',
        passwordHash,
      });
    }
    return { ops: `ops@${slug}.test`, platform: `platform@${slug}.test`, tenantId: tenant.id };
  } finally {
    await handle.close();
  }
}

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

/** Least-squares slope of bytes over time, in MB per minute. */
function slopeMbPerMinute(samples: Sample[], field: 'rss' | 'heapUsed' | 'external'): number | null {
  if (samples.length < 3) return null;
  const xs = samples.map((s) => (s.at - (samples[0]?.at ?? 0)) / 60_000);
  const ys = samples.map((s) => s[field] / 1048576);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] ?? 0) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? null : Math.round((num / den) * 100) / 100;
}

const pg = await startPrivatePostgres();
const server = startServer(pg.url);
let result: Record<string, unknown> = {};
const subscribers: SoakSubscriber[] = [];
try {
  if ((await until('server start', () => server.url() !== undefined, 60_000)) < 0)
    throw new Error('no server');
  const url = server.url() as string;
  const wsUrl = `${url.replace(/^http/, 'ws')}/graphql`;
  const accounts = await seed(pg.adminUrl);
  const login = async (email: string) =>
    (
      await gql<{ login: { token: string } }>(
        url,
        'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: PASSWORD },
      )
    ).data?.login.token ?? '';
  const ops = await login(accounts.ops);
  const platform = await login(accounts.platform);
  const keys = Array.from({ length: FLAGS }, (_, i) => `soak_${i}`);
  for (const key of keys) {
    await gql(
      url,
      'mutation ($k: String!) { createFlag(key: $k, input: { type: BOOLEAN, enabled: true, fallthrough: { variant: "on" } }, reason: "soak") { key } }',
      {
        k: key,
      },
      ops,
    );
  }
  const secrets: string[] = [];
  for (let i = 0; i < Math.ceil(SUBSCRIBERS / SOCKETS_PER_KEY); i++) {
    const created = await gql<{ createApiKey: { secret: string } }>(
      url,
      'mutation ($t: ID!, $n: String!) { createApiKey(tenantId: $t, name: $n) { secret } }',
      { t: accounts.tenantId, n: `soak ${i}` },
      platform,
    );
    secrets.push(created.data?.createApiKey.secret ?? '');
  }

  for (let i = 0; i < SUBSCRIBERS; i++) {
    const subscriber = new SoakSubscriber(wsUrl, secrets[Math.floor(i / SOCKETS_PER_KEY)] ?? '', `user-${i}`);
    subscribers.push(subscriber);
    subscriber.connect();
    if (i % 50 === 49) await sleep(20);
  }
  await until('subscribers ready', () => subscribers.every((s) => s.ready), 60_000);
  const startedAt = Date.now();
  const memoryFrom = server.samples.length;

  // Steady evaluation load, latencies per window.
  const windows: number[][] = Array.from({ length: WINDOWS }, () => []);
  let evaluations = 0;
  let evalErrors = 0;
  const evalErrorCodes: Record<string, number> = {};
  const evalFailed = (code: string) => {
    evalErrors++;
    evalErrorCodes[code] = (evalErrorCodes[code] ?? 0) + 1;
  };
  let running = true;
  const windowOf = () =>
    Math.min(WINDOWS - 1, Math.floor(((Date.now() - startedAt) / DURATION_MS) * WINDOWS));
  const load = Array.from({ length: LOAD_CONCURRENCY }, async (_, worker) => {
    let n = 0;
    while (running) {
      const started = performance.now();
      try {
        const answer = await gql(
          url,
          'query ($c: EvaluationContextInput!) { evaluateFlags(context: $c) { configRevision flags { key enabled } } }',
          { c: { userId: `load-${worker}-${n++ % 500}` } },
          secrets[worker % secrets.length],
        );
        if (answer.status !== 200 || answer.errors) {
          evalFailed(answer.errors?.[0]?.extensions?.code ?? `HTTP ${answer.status}`);
        }
      } catch (error) {
        evalFailed((error as Error).name === 'TimeoutError' ? 'TIMEOUT (5 s)' : 'NETWORK');
      }
      evaluations++;
      windows[windowOf()]?.push(performance.now() - started);
    }
  });

  // A change every few seconds; refusals while the database is away are counted, not fatal.
  let changesApplied = 0;
  const changesRefused: Record<string, number> = {};
  const enabled = new Map(keys.map((k) => [k, true]));
  const changer = (async () => {
    let n = 0;
    while (running) {
      const key = keys[n++ % keys.length] as string;
      const next = !enabled.get(key);
      try {
        const answer = await gql<{ setFlagEnabled: { enabled: boolean } }>(
          url,
          'mutation ($k: String!, $e: Boolean!) { setFlagEnabled(key: $k, enabled: $e, reason: "soak") { enabled } }',
          { k: key, e: next },
          ops,
        );
        if (answer.data?.setFlagEnabled) {
          enabled.set(key, next);
          changesApplied++;
        } else {
          const code = answer.errors?.[0]?.extensions?.code ?? `HTTP ${answer.status}`;
          changesRefused[code] = (changesRefused[code] ?? 0) + 1;
        }
      } catch {
        changesRefused.TIMEOUT = (changesRefused.TIMEOUT ?? 0) + 1;
      }
      await sleep(CHANGE_EVERY_MS);
    }
  })();

  // The reconnect wave at 30%: every socket dropped and reopened at once, with the revision it last saw.
  await sleep(DURATION_MS * 0.3);
  const reconnectsBefore = subscribers.reduce((sum, s) => sum + s.connects, 0);
  for (const s of subscribers) s.reconnect();
  const waveMs = await until(
    'reconnect wave',
    () =>
      subscribers.every((s) => s.ready) &&
      subscribers.reduce((sum, s) => sum + s.connects, 0) >= reconnectsBefore + SUBSCRIBERS,
    120_000,
  );

  // The database restart at 55%.
  await sleep(Math.max(0, startedAt + DURATION_MS * 0.55 - Date.now()));
  const evalErrorsBefore = evalErrors;
  const downAt = Date.now();
  await pg.stop('fast');
  await sleep(DB_DOWN_MS);
  await pg.start();
  const restartMs = Date.now() - downAt;
  const evalErrorsDuringRestart = evalErrors - evalErrorsBefore;

  await sleep(Math.max(0, startedAt + DURATION_MS - Date.now()));
  running = false;
  await Promise.all([...load, changer]);

  // Missed: a subscriber whose flags differ from the server's once every change has had time to arrive.
  const truth = await gql<{ evaluateFlags: { flags: { key: string; enabled: boolean }[] } }>(
    url,
    'query { evaluateFlags(context: { userId: "truth" }) { flags { key enabled } } }',
    {},
    secrets[0],
  );
  const expected = new Map((truth.data?.evaluateFlags.flags ?? []).map((f) => [f.key, f.enabled]));
  const agrees = (s: SoakSubscriber) => keys.every((k) => s.flags.get(k) === expected.get(k));
  await until('subscribers to converge', () => subscribers.every(agrees), 30_000);
  const memory = server.samples.slice(memoryFrom);
  const first = memory[0];
  const last = memory.at(-1);
  result = {
    bench: 'soak',
    minutes,
    subscribers: SUBSCRIBERS,
    flags: FLAGS,
    evaluations,
    evalErrors,
    evalErrorCodes,
    p99MsByWindow: windows.map((w) => percentile(w, 99)),
    p50MsByWindow: windows.map((w) => percentile(w, 50)),
    changes: { applied: changesApplied, refused: changesRefused },
    reconnectWave: { ms: waveMs },
    databaseRestart: { ms: restartMs, evalErrorsDuring: evalErrorsDuringRestart },
    memory: {
      samples: memory.length,
      rssStartMb: first && mb(first.rss),
      rssEndMb: last && mb(last.rss),
      rssSlopeMbPerMin: slopeMbPerMinute(memory, 'rss'),
      heapStartMb: first && mb(first.heapUsed),
      heapEndMb: last && mb(last.heapUsed),
      heapSlopeMbPerMin: slopeMbPerMinute(memory, 'heapUsed'),
      externalStartMb: first && mb(first.external),
      externalEndMb: last && mb(last.external),
      externalSlopeMbPerMin: slopeMbPerMinute(memory, 'external'),
    },
    subscriptionErrors: subscribers.reduce((sum, s) => sum + s.errors, 0),
    reconnects: subscribers.reduce((sum, s) => sum + s.connects, 0) - SUBSCRIBERS,
    missed: subscribers.filter((s) => !agrees(s)).length,
    failures,
  };
} catch (error) {
  failures.push(String(error));
  result = { bench: 'soak', minutes, failures };
} finally {
  for (const s of subscribers) s.close();
  server.child.kill('SIGTERM');
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 5000);
    server.child.once('exit', () => resolve(clearTimeout(timer)));
  });
  await pg.close();
}
console.log(JSON.stringify(result));
process.exit(0);
