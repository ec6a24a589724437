// bench:fanout's storm round: N subscribed sockets all cut at once, a change while they are away, all of them
// reconnecting at once with sinceRevision; how long until the last is resubscribed, who failed, what was missed.
import type { App } from '../server/app/app.js';
import { describeError, until, withDeadline } from './deadline.js';
import { spawnSubscribers } from './fanout-clients.js';
import { cohortB, META, percentile, round, rule } from './fanout-flag.js';

const READY_DEADLINE_MS = 180_000;
const RESUBSCRIBE_DEADLINE_MS = 180_000;
const CONVERGE_DEADLINE_MS = 30_000;
const now = () => performance.timeOrigin + performance.now();
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

export interface Bench {
  app: App;
  wsUrl: string;
  secrets: string[];
}

export async function stormRound({ app, wsUrl, secrets }: Bench, clients: number) {
  const flagKey = `bench_storm_${clients}_${Date.now()}`;
  await app.services.flags.create(flagKey, rule(['a']), META);
  const problems: string[] = [];
  const subs = spawnSubscribers({
    wsUrl,
    secrets,
    flagKey,
    clients,
    mode: 'keys',
    retry: true,
    processes: 2,
  });
  if (!(await until(() => subs.ready >= clients, READY_DEADLINE_MS))) {
    problems.push(`${clients - subs.ready} subscribers not up within ${READY_DEADLINE_MS} ms`);
  }
  const ready = subs.ready;
  const errorsBeforeDrop = subs.errors;
  const rssBefore = process.memoryUsage().rss;

  const droppedAt = now();
  subs.send('drop');
  // Committed while the clients are away (or coming back): each must get it from its sinceRevision replay.
  const current = await app.services.flags.find(flagKey);
  await app.services.flags.update(flagKey, current?.revision ?? 1, rule(['a', 'b']), META);
  const back = () => new Set(subs.backs.map((b) => b.i)).size;
  if (!(await until(() => back() >= ready, RESUBSCRIBE_DEADLINE_MS, 20))) {
    problems.push(`${ready - back()} subscribers not resubscribed within ${RESUBSCRIBE_DEADLINE_MS} ms`);
  }
  const backMs = subs.backs.map((b) => b.at - droppedAt).sort((x, y) => x - y);
  const rssPeak = process.memoryUsage().rss;

  // Everyone back must hold the change made while away (late live deliveries may still be in flight).
  await withDeadline(app.services.fanOut.idle(), CONVERGE_DEADLINE_MS, 'fan-out').catch((e: unknown) =>
    problems.push(describeError(e)),
  );
  let checked = await subs.check(true, 10_000);
  const convergeBy = Date.now() + CONVERGE_DEADLINE_MS;
  while (checked && checked.wrong > 0 && Date.now() < convergeBy) {
    await new Promise((r) => setTimeout(r, 200));
    checked = await subs.check(true, 10_000);
  }
  if (!checked) problems.push('a subscriber process did not answer the state check');

  // One more edit after the storm: every resubscribed client must be live again.
  subs.receipts.length = 0;
  const latest = await app.services.flags.find(flagKey);
  await app.services.flags.update(flagKey, latest?.revision ?? 1, rule(['a']), META);
  const expected = cohortB(clients);
  await until(() => subs.receipts.length >= expected, 30_000);
  const liveAfter = subs.receipts.length;

  problems.push(...(await subs.stop(30_000)));
  return {
    clients,
    ready,
    resubscribed: back(),
    failed: ready - back(),
    lastResubscribedMs: round(backMs.at(-1) ?? Number.NaN),
    p50ResubscribedMs: round(percentile(backMs, 50)),
    p99ResubscribedMs: round(percentile(backMs, 99)),
    /** Clients whose state after the storm is wrong: they missed the change made while they were away. */
    missed: checked?.wrong ?? null,
    /** Connection attempts per client over the round (1 = never retried beyond the one reconnect). */
    connectsPerClient: checked ? round(checked.connects / Math.max(1, ready)) : null,
    liveAfter,
    liveExpected: expected,
    errorsDuringStorm: subs.errors - errorsBeforeDrop,
    errorKinds: subs.errorKinds,
    serverRssMb: { before: mb(rssBefore), afterResubscribe: mb(rssPeak), end: mb(process.memoryUsage().rss) },
    socketStats: app.socketStats(),
    problems,
  };
}
