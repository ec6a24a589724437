// bench:overhead's in-process part: the CPU each piece of the metric pipeline costs one request, measured in a
// loop on this process (no server, no sockets, so a busy machine moves it less than a CPU-per-request figure):
// an evaluateFlags request's operation event and its 50 counted exposures, a sendMessage's operation and
// chat reply events, and writing and rolling up one event on the embedded database.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EvaluationResult } from '../server/evaluation/definitions.js';
import { ExposureCounter } from '../server/metrics/exposure-counter.js';
import { FakeMetricSink } from '../server/metrics/fake-metric-sink.js';
import { chatReplyEvent, operationEvent } from '../server/metrics/metric-event.js';
import { MetricRecorder, type TimedMetricEvent } from '../server/metrics/metric-recorder.js';
import { PgMetricStore } from '../server/metrics/metric-store.js';
import { rollUpEvents } from '../server/metrics/rollup.js';
import { openDatabase } from '../server/platform/db.js';
import { createLogger } from '../server/platform/logger.js';
import { migrateToLatest } from '../server/platform/migrations.js';

const TENANT = '00000000-0000-4000-8000-000000000001';
const facts = (operation: string) => ({
  operation,
  type: operation === 'sendMessage' ? 'mutation' : 'query',
  code: undefined,
  latencyMs: 3.2,
  role: 'apiKey',
  plan: '',
  apiKey: true,
  tenantId: TENANT,
  requestId: 'bench-request-id',
});
const results: EvaluationResult[] = Array.from({ length: 50 }, (_, i) => ({
  key: `flag_${i}`,
  enabled: i % 2 === 0,
  variant: i % 5 === 0 ? 'blue' : null,
  payload: null,
  reason: i % 3 === 0 ? 'TARGETING_MATCH' : 'DEFAULT',
  ruleId: i % 3 === 0 ? `rule-${i}` : null,
  revision: 1,
}));

/** µs per call of `work`, the median of 5 timed loops of `n` calls. */
function perCall(n: number, work: (i: number) => void): number {
  const times: number[] = [];
  for (let round = 0; round < 6; round++) {
    const started = process.cpuUsage();
    for (let i = 0; i < n; i++) work(i);
    const used = process.cpuUsage(started);
    if (round > 0) times.push((used.user + used.system) / n);
  }
  return Math.round((times.sort((a, b) => a - b)[2] ?? 0) * 100) / 100;
}

export async function measureParts() {
  const sink = new FakeMetricSink();
  const recorder = new MetricRecorder(sink, { maxBuffered: 10_000_000 });
  const counter = new ExposureCounter(recorder, () => new Date());
  const drain = () => sink.events.splice(0);
  const operationUs = perCall(20_000, () => recorder.record(operationEvent(facts('evaluateFlags'))));
  await recorder.flush();
  drain();
  const exposuresUs = perCall(20_000, (i) => counter.count(i % 7 === 0 ? null : TENANT, results));
  const chatUs = perCall(20_000, () =>
    recorder.record(chatReplyEvent({ tenantId: TENANT, status: 'ok', latencyMs: 12 })),
  );
  await recorder.flush();
  drain();

  // Writing and rolling up: batches of 500 operation events on a fresh embedded database.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-bench-overhead-parts-'));
  const database = await openDatabase({ dataDir, logger: createLogger('silent') } as never);
  let writeUs = 0;
  let rollupUs = 0;
  try {
    await migrateToLatest(database.db);
    const store = new PgMetricStore(database.db);
    const at = new Date();
    const batch: TimedMetricEvent[] = Array.from({ length: 500 }, () => ({
      ...operationEvent(facts('evaluateFlags')),
      at,
    }));
    await store.insertEvents(batch);
    const writes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = process.cpuUsage();
      await store.insertEvents(batch);
      const used = process.cpuUsage(started);
      writes.push((used.user + used.system) / batch.length);
    }
    writeUs = Math.round((writes.sort((a, b) => a - b)[5] ?? 0) * 100) / 100;
    const events = Array.from({ length: 20 }, () => batch).flat();
    rollupUs = perCall(1, () => rollUpEvents(events)) / events.length;
    rollupUs = Math.round(rollupUs * 100) / 100;
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return {
    operationEventUs: operationUs,
    exposures50FlagsUs: exposuresUs,
    chatReplyEventUs: chatUs,
    embeddedWritePerEventUs: writeUs,
    rollupPerEventUs: rollupUs,
    evaluateFlagsUs: Math.round((operationUs + exposuresUs + writeUs + rollupUs) * 100) / 100,
    sendMessageUs: Math.round((2 * (writeUs + rollupUs) + operationUs + chatUs) * 100) / 100,
  };
}
