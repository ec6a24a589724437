// bench:fanout's slow round: sockets whose readers stop reading while flags with large payloads keep changing;
// how long until the server drops them all and how much of its memory they hold meanwhile and afterwards.
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import type { App } from '../server/app/app.js';
import { describeError, withDeadline } from './deadline.js';
import { META } from './fanout-flag.js';

const READERS = 20;
const FLAGS = 20;
const RUN_DEADLINE_MS = 60_000;
const CONTROL_EDITS = 40;
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

const QUERY = `subscription ($context: EvaluationContextInput!, $keys: [String!]) {
  flagUpdates(context: $context, keys: $keys) { configRevision flags { key enabled variant payload } }
}`;

/** Opens one socket, subscribes to every slow flag and stops reading once the snapshot arrived. */
function pausedReader(wsUrl: string, secret: string, keys: string[], i: number): Promise<WebSocket> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const ready = new Promise<WebSocket>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') {
        const variables = { context: { userId: `slow-${i}` }, keys };
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables } }));
      } else if (message.type === 'next') {
        socket.removeAllListeners('message');
        (socket as unknown as { _socket: Socket })._socket.pause();
        resolve(socket);
      }
    });
  });
  socket.once('open', () =>
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${secret}` } })),
  );
  return withDeadline(ready, 30_000, `paused reader ${i}`);
}

export async function slowRound(
  bench: { app: App; wsUrl: string; secrets: string[] },
  settledMemory: () => Promise<number>,
) {
  const { app, wsUrl, secrets } = bench;
  const problems: string[] = [];
  const keys = Array.from({ length: FLAGS }, (_, n) => `bench_slow_${n}_${Date.now()}`);
  for (const key of keys) {
    await app.services.flags.create(
      key,
      {
        type: 'VARIANT',
        description: 'bench',
        enabled: true,
        variants: [
          { key: 'on', payload: { blob: 'y'.repeat(9000) } },
          { key: 'off', payload: { blob: 'n'.repeat(9000) } },
        ],
        offVariant: 'off',
        prerequisites: [],
        targets: [],
        rules: [],
        fallthrough: { variant: 'on' },
      },
      META,
    );
  }
  // First the same kind of edits with nobody reading: what the database and the flag set grow by on their
  // own (the embedded database's memory grows once and is reused, so this goes first).
  const controlBefore = await settledMemory();
  let controlPeak = controlBefore;
  for (let n = 0; n < CONTROL_EDITS; n++) {
    await app.services.flags.setManyEnabled(keys, n % 2 === 1, META);
    const m = process.memoryUsage();
    controlPeak = Math.max(controlPeak, m.heapUsed + m.external);
  }
  const controlAfter = await settledMemory();
  const before = await settledMemory();
  const rssBefore = process.memoryUsage().rss;
  const droppedBefore = app.socketStats().slowConsumers;
  const readers = await Promise.all(
    Array.from({ length: READERS }, (_, i) =>
      pausedReader(wsUrl, secrets[i % secrets.length] as string, keys, i),
    ),
  ).catch((error: unknown) => {
    problems.push(describeError(error));
    return [] as WebSocket[];
  });
  const started = performance.now();
  let peakRss = rssBefore;
  let peakHeap = before;
  let edits = 0;
  let enabled = true;
  // Every edit queues ~180 KB for each reader; a bound of 1 MiB per socket is passed within a few dozen.
  while (app.socketStats().slowConsumers - droppedBefore < readers.length) {
    if (performance.now() - started > RUN_DEADLINE_MS) {
      problems.push(
        `${readers.length - (app.socketStats().slowConsumers - droppedBefore)} readers not dropped`,
      );
      break;
    }
    enabled = !enabled;
    await app.services.flags.setManyEnabled(keys, enabled, META);
    await app.services.fanOut.idle();
    edits++;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external);
  }
  const msToDropAll = Math.round(performance.now() - started);
  for (const socket of readers) socket.terminate();
  const after = await settledMemory();

  return {
    pausedReaders: readers.length,
    dropped: app.socketStats().slowConsumers - droppedBefore,
    edits,
    msToDropAll,
    /** Live heap + buffers once they are gone, against before they connected. */
    retainedMb: mb(after - before),
    settledMb: { start: mb(controlBefore), beforeReaders: mb(before), end: mb(after) },
    /** Heap + buffers at the worst moment (not collected first), against before they connected. */
    peakHeapGrowthMb: mb(peakHeap - before),
    peakRssGrowthMb: mb(peakRss - rssBefore),
    control: {
      peakHeapGrowthMb: mb(controlPeak - controlBefore),
      retainedMb: mb(controlAfter - controlBefore),
    },
    maxBufferedBytes: 'default (1 MiB)',
    problems,
  };
}
