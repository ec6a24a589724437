// `npm run bench:ofrep`: OFREP single and bulk evaluation (200 and 304) against GraphQL evaluateFlags on the
// demo flags, embedded database, 16 concurrent callers in this process for 3 s each. JSON on the last line.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app/app.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';

const SECONDS = 3;
const CONCURRENCY = 16;
const USERS = 1000;

const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-ofrep-'));
const config = loadConfig({
  PORT: '0',
  AUGUR_DATA_DIR: dataDir,
  AUGUR_DEMO: '1',
  AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
  AUGUR_OFREP_RATE_LIMIT: '9999999/60',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
});
const app = await createApp({ config, logger: createLogger(config.logLevel) });
const url = await app.listen();
const tenant = await app.services.tenants.ensure('bench', 'Bench');
const { secret } = await app.services.apiKeys.create(tenant.id, 'ofrep', null);
const json = { 'content-type': 'application/json', 'x-api-key': secret };
const context = (i: number) => ({
  targetingKey: `user-${i % USERS}`,
  plan: i % 4 === 0 ? 'premium' : 'free',
});

// The ETag each user's bulk answer has, so the 304 scenario sends the one that matches.
const etags = new Map<number, string>();
for (let i = 0; i < USERS; i++) {
  const response = await fetch(`${url}/ofrep/v1/evaluate/flags`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ context: context(i) }),
  });
  etags.set(i, response.headers.get('etag') ?? '');
  await response.arrayBuffer();
}

type Call = (i: number) => Promise<Response>;
const scenarios: Record<string, Call> = {
  ofrepSingle: (i) =>
    fetch(`${url}/ofrep/v1/evaluate/flags/tarot_enabled`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ context: context(i) }),
    }),
  ofrepBulk: (i) =>
    fetch(`${url}/ofrep/v1/evaluate/flags`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ context: context(i) }),
    }),
  ofrepBulk304: (i) =>
    fetch(`${url}/ofrep/v1/evaluate/flags`, {
      method: 'POST',
      headers: { ...json, 'if-none-match': etags.get(i % USERS) ?? '' },
      body: JSON.stringify({ context: context(i) }),
    }),
  graphqlEvaluateFlags: (i) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({
        query:
          'query ($c: EvaluationContextInput!) { evaluateFlags(context: $c) { configRevision flags { key enabled variant payload reason ruleId revision } } }',
        variables: { c: { userId: `user-${i % USERS}`, plan: i % 4 === 0 ? 'premium' : 'free' } },
      }),
    }),
};

async function measure(call: Call, seconds = SECONDS) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const end = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const response = await call(next++);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Number((latencies[Math.floor(latencies.length * q)] ?? 0).toFixed(2));
  return {
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    statuses: Object.fromEntries(statuses),
  };
}

// Warm-up (JIT, connection pool) for every path before anything is measured.
for (const call of Object.values(scenarios)) await measure(call, 1);
const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
for (const [name, call] of Object.entries(scenarios)) {
  results[name] = await measure(call);
  process.stdout.write(`${name}: ${JSON.stringify(results[name])}\n`);
}
await app.close();
await rm(dataDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ seconds: SECONDS, concurrency: CONCURRENCY, results })}\n`);
