// A subscriber process for bench:fanout: opens N graphql-ws connections, each with its own context, and
// reports every flag update it receives (index, receipt time, result) as JSON lines on stdout.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [wsUrl, secret, flagKey, fromText, countText, mode] = process.argv.slice(2);
/** `all`: subscribe without keys (a browser holding every flag); otherwise the one bench flag. */
const everyFlag = mode === 'all';
const from = Number(fromText);
const count = Number(countText);

/** Cohort of subscriber i: 30% a (on before and after), 30% b (off, then on), 40% c (off throughout). */
const cohortOf = (i: number) => (i % 10 < 3 ? 'a' : i % 10 < 6 ? 'b' : 'c');

const QUERY = `subscription ($context: EvaluationContextInput!, $keys: [String!]) {
  flagUpdates(context: $context, keys: $keys) { full flags { key enabled } }
}`;

const out = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
let ready = 0;
const clients: Client[] = [];
for (let i = from; i < from + count; i++) {
  const client = createClient({
    url: wsUrl as string,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    keepAlive: 0,
    connectionParams: { authorization: `Bearer ${secret}` },
  });
  clients.push(client);
  client.subscribe(
    {
      query: QUERY,
      variables: {
        context: { userId: `user-${i}`, attributes: { cohort: cohortOf(i) } },
        keys: everyFlag ? null : [flagKey],
      },
    },
    {
      next: (value) => {
        const data = value.data as
          | { flagUpdates: { full: boolean; flags: { key: string; enabled: boolean }[] } }
          | undefined;
        const at = performance.timeOrigin + performance.now();
        if (!data) return out({ type: 'error', i, errors: value.errors });
        if (data.flagUpdates.full) {
          ready++;
          if (ready === count) out({ type: 'ready', count });
        } else {
          // A message without the bench flag is needless: the server sends only results that changed.
          const flag = data.flagUpdates.flags.find((f) => f.key === flagKey);
          out({ type: 'update', i, at, enabled: flag?.enabled, needless: flag === undefined });
        }
      },
      error: (error) => out({ type: 'error', i, error: String(error) }),
      complete: () => undefined,
    },
  );
  // Open connections in small bursts so the server's accept queue is not flooded.
  if (i % 200 === 0) await new Promise((r) => setTimeout(r, 20));
}

process.stdin.on('data', async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  process.exit(0);
});
