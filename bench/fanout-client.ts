// A subscriber process for bench:fanout: opens N graphql-ws connections, each with its own context, and
// reports readiness, every flag update (index, receipt time, result), errors and reconnects as JSON lines.
// Commands on stdin: `drop` (cut every socket at once), `check <bEnabled>` (count wrong states), `stop`.
import { createInterface } from 'node:readline';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { backoffDelay } from '../client/src/app/socket-retry.js';

const [wsUrl, flagKey, fromText, countText, mode, retryText] = process.argv.slice(2);
/** One API key per this many sockets, so the per-principal socket cap (default 50) holds. */
const secrets = (process.env.BENCH_SECRETS ?? '').split(',');
/** Connections opened per burst before a 20 ms pause; 0 opens them all at once. */
const burst = Number(process.env.BENCH_BURST ?? '200');
/** `all`: subscribe without keys (a browser holding every flag); otherwise the one bench flag. */
const everyFlag = mode === 'all';
/** Storm rounds reconnect: the first retry at once (the storm), later ones after a jittered backoff. */
const retry = retryText === 'retry';
const from = Number(fromText);
const count = Number(countText);

/** Cohort of subscriber i: 30% a (on before and after), 30% b (off, then on), 40% c (off throughout). */
const cohortOf = (i: number) => (i % 10 < 3 ? 'a' : i % 10 < 6 ? 'b' : 'c');

const QUERY = `subscription ($context: EvaluationContextInput!, $keys: [String!], $sinceRevision: Int) {
  flagUpdates(context: $context, keys: $keys, sinceRevision: $sinceRevision) { configRevision full flags { key enabled } }
}`;

interface Data {
  flagUpdates: { configRevision: number; full: boolean; flags: { key: string; enabled: boolean }[] };
}

const out = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** Readiness is reported in batches as it happens, so a client that never comes up shows as notReady. */
let readyPending = 0;
let flushing = false;
const markReady = () => {
  readyPending++;
  if (flushing) return;
  flushing = true;
  setTimeout(() => {
    out({ type: 'ready', count: readyPending });
    readyPending = 0;
    flushing = false;
  }, 50);
};

interface Subscriber {
  client: Client;
  socket: WebSocket | undefined;
  enabled: boolean | undefined;
  /** Set by `drop`: the next message is the first after resubscribing. */
  dropped: boolean;
  connects: number;
}

const subscribers: Subscriber[] = [];
for (let i = from; i < from + count; i++) {
  const subscriber: Subscriber = {
    client: undefined as never,
    socket: undefined,
    enabled: undefined,
    dropped: false,
    connects: 0,
  };
  subscriber.client = createClient({
    url: wsUrl as string,
    webSocketImpl: WebSocket,
    lazy: false,
    keepAlive: 0,
    connectionParams: { authorization: `Bearer ${secrets[i % secrets.length]}` },
    ...(retry
      ? {
          retryAttempts: Number.POSITIVE_INFINITY,
          shouldRetry: () => true,
          retryWait: (retries: number) =>
            new Promise<void>((resolve) =>
              setTimeout(resolve, retries === 0 ? 0 : backoffDelay(retries - 1)),
            ),
        }
      : { retryAttempts: 0 }),
    // The subscription's own error handler reports a failed connection; once is enough.
    onNonLazyError: () => undefined,
    on: {
      opened: (socket) => {
        subscriber.socket = socket as WebSocket;
        subscriber.connects++;
      },
    },
  });
  subscribers.push(subscriber);
  const payload = {
    query: QUERY,
    variables: {
      context: { userId: `user-${i}`, attributes: { cohort: cohortOf(i) } },
      keys: everyFlag ? null : [flagKey],
    } as Record<string, unknown>,
  };
  subscriber.client.subscribe(payload, {
    next: (value) => {
      const data = value.data as Data | undefined;
      const at = performance.timeOrigin + performance.now();
      if (!data) return out({ type: 'error', i, error: JSON.stringify(value.errors).slice(0, 200) });
      payload.variables.sinceRevision = data.flagUpdates.configRevision;
      const flag = data.flagUpdates.flags.find((f) => f.key === flagKey);
      if (flag) subscriber.enabled = flag.enabled;
      if (subscriber.dropped) {
        subscriber.dropped = false;
        out({ type: 'back', i, at });
      } else if (data.flagUpdates.full) markReady();
      // A message without the bench flag is needless: the server sends only results that changed.
      else out({ type: 'update', i, at, enabled: flag?.enabled, needless: flag === undefined });
    },
    error: (error) => out({ type: 'error', i, error: describe(error) }),
    complete: () => undefined,
  });
  if (burst > 0 && i % burst === 0) await new Promise((r) => setTimeout(r, 20));
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'number') return `close ${code}`;
  if ((error as { type?: unknown } | null)?.type === 'error') return 'connection error';
  return String(error).slice(0, 200);
}

const expectedEnabled = (i: number, bEnabled: boolean) =>
  cohortOf(i) === 'a' ? true : cohortOf(i) === 'b' ? bEnabled : false;

createInterface({ input: process.stdin }).on('line', async (line) => {
  const [command, arg] = line.trim().split(' ');
  if (command === 'drop') {
    for (const s of subscribers) {
      s.dropped = true;
      s.socket?.terminate();
    }
  } else if (command === 'check') {
    const bEnabled = arg === 'true';
    const wrong = subscribers.filter((s, k) => s.enabled !== expectedEnabled(from + k, bEnabled)).length;
    const connects = subscribers.reduce((sum, s) => sum + s.connects, 0);
    out({ type: 'checked', wrong, connects });
  } else if (command === 'stop') {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
    process.exit(0);
  }
});
