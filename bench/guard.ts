// `npm run bench:guard`: this process is the server (embedded database); separate client processes hold 1,000
// WebSocket subscribers of a guarded flag. Each of 10 trips: 9 failing outcomes (under the minimum of 10), then
// the breaching one through trackFlagOutcomes; timed from sending it to each subscriber receiving the off state.
// Re-enabled between trips. Every wait has a deadline; what failed is in the JSON on the last line.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app/app.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';
import { describeError, until, withDeadline } from './deadline.js';
import { spawnSubscribers } from './fanout-clients.js';
import { META, percentile, round, rule } from './fanout-flag.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? '1000');
const TRIPS = 10;
const SOCKETS_PER_KEY = 40;
const FLAG = 'bench_guard';
const READY_DEADLINE_MS = 120_000;
const RECEIPT_DEADLINE_MS = 15_000;

const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-guard-bench-'));
const config = loadConfig({
  PORT: '0',
  AUGUR_DATA_DIR: dataDir,
  AUGUR_DEMO: '0',
  AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
});
const app = await createApp({ config, logger: createLogger('silent') });
const url = await app.listen();
const wsUrl = `${url.replace('http', 'ws')}/graphql`;
const tenant = await app.services.tenants.ensure('bench', 'Bench');
const secrets: string[] = [];
for (let k = 0; k < Math.ceil(CLIENTS / SOCKETS_PER_KEY); k++) {
  secrets.push((await app.services.apiKeys.create(tenant.id, `guard-${k}`, null)).secret);
}
// On for every subscriber (all three cohorts).
await app.services.flags.create(FLAG, rule(['a', 'b', 'c']), META);
await app.services.guards.create(
  FLAG,
  {
    metric: 'ERROR_RATE',
    threshold: 0.5,
    errorRateThreshold: null,
    windowSeconds: 60,
    minSamples: 10,
    action: 'OFF',
    coolDownSeconds: 300,
    halfOpen: 'MANUAL',
    probeShare: 0.1,
  },
  META,
);

const TRACK = `mutation ($outcomes: [FlagOutcomeInput!]!) { trackFlagOutcomes(outcomes: $outcomes) { counted } }`;
async function track(errors: number): Promise<number> {
  const outcomes = Array.from({ length: errors }, (_, n) => ({
    flagKey: FLAG,
    outcome: 'ERROR',
    latencyMs: 30,
    context: { userId: `reporter-${n}`, attributes: { cohort: 'a' } },
  }));
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secrets[0]}` },
    body: JSON.stringify({ query: TRACK, variables: { outcomes } }),
  });
  const body = (await response.json()) as { data?: { trackFlagOutcomes: { counted: number } } };
  return body.data?.trackFlagOutcomes.counted ?? 0;
}

const problems: string[] = [];
const subs = spawnSubscribers({
  wsUrl,
  secrets,
  flagKey: FLAG,
  clients: CLIENTS,
  mode: 'keys',
  retry: false,
  processes: 2,
});
if (!(await until(() => subs.ready >= CLIENTS, READY_DEADLINE_MS))) {
  problems.push(`${CLIENTS - subs.ready} subscribers not up within ${READY_DEADLINE_MS} ms`);
}
const lastClientMs: number[] = [];
const allReceipts: number[] = [];
const tripToCommitMs: number[] = [];
for (let trip = 0; trip < TRIPS; trip++) {
  subs.receipts.length = 0;
  if ((await track(9)) !== 9)
    problems.push(`trip ${trip}: the 9 outcomes under the minimum were not all counted`);
  await app.services.guards.check(FLAG);
  if (app.services.guards.find(FLAG)?.state.status !== 'CLOSED') problems.push(`trip ${trip}: tripped early`);
  const sentAt = performance.timeOrigin + performance.now();
  await track(1);
  if (!(await until(() => app.services.guards.find(FLAG)?.state.status === 'OPEN', RECEIPT_DEADLINE_MS))) {
    problems.push(`trip ${trip}: the guard did not trip within ${RECEIPT_DEADLINE_MS} ms`);
  }
  tripToCommitMs.push(performance.timeOrigin + performance.now() - sentAt);
  const off = () => subs.receipts.filter((r) => r.enabled === false);
  if (!(await until(() => off().length >= subs.ready, RECEIPT_DEADLINE_MS))) {
    problems.push(
      `trip ${trip}: ${off().length} of ${subs.ready} off states within ${RECEIPT_DEADLINE_MS} ms`,
    );
  }
  const latencies = off()
    .map((r) => r.at - sentAt)
    .sort((x, y) => x - y);
  allReceipts.push(...latencies);
  lastClientMs.push(latencies.at(-1) ?? Number.NaN);
  subs.receipts.length = 0;
  await app.services.guards.reenable(FLAG, { ...META, reason: 'bench: next trip' });
  if (
    !(await until(
      () => subs.receipts.filter((r) => r.enabled === true).length >= subs.ready,
      RECEIPT_DEADLINE_MS,
    ))
  ) {
    problems.push(`trip ${trip}: not every subscriber saw the re-enable within ${RECEIPT_DEADLINE_MS} ms`);
  }
}
problems.push(...(await subs.stop(30_000)));
const closeProblem = await withDeadline(app.close(), 30_000, 'server close').then(
  () => undefined,
  (error: unknown) => describeError(error),
);
await rm(dataDir, { recursive: true, force: true });
const sortedLast = [...lastClientMs].sort((x, y) => x - y);
allReceipts.sort((x, y) => x - y);
console.log(
  JSON.stringify({
    clients: CLIENTS,
    ready: subs.ready,
    trips: TRIPS,
    lastClientP50Ms: round(percentile(sortedLast, 50)),
    lastClientP99Ms: round(percentile(sortedLast, 99)),
    lastClientMaxMs: round(sortedLast.at(-1) ?? Number.NaN),
    receiptP50Ms: round(percentile(allReceipts, 50)),
    receiptP99Ms: round(percentile(allReceipts, 99)),
    tripCommittedP50Ms: round(
      percentile(
        [...tripToCommitMs].sort((x, y) => x - y),
        50,
      ),
    ),
    errors: subs.errors,
    errorKinds: subs.errorKinds,
    problems: closeProblem ? [...problems, closeProblem] : problems,
    goal: { lastClientP99Ms: 1000 },
    timedFrom: 'sending the breaching trackFlagOutcomes request (HTTP included)',
    database: 'embedded (PGlite), memory counters',
    machine: 'shared: 2 cores, several engineers running tests at once',
    loadAverage: loadavg().map(round),
    node: process.version,
  }),
);
process.exit(0);
