// Slow consumers: a reader that stops reading is dropped once its unsent bytes pass the bound, and coming
// back with sinceRevision it gets every change it missed; also the per-address cap on anonymous sockets.
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { rememberRevision, retryOptions } from '../client/src/app/socket-retry.js';
import { CLOSE_TOO_MANY_SOCKETS } from '../server/app/socket-limits.js';
import { CREATE_FLAG, MY_FLAGS, uniqueKey } from './helpers/flags.js';
import { openAcked, openRaw } from './helpers/raw-socket.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, subscribe } from './helpers/ws-client.js';

const MAX_BUFFERED = 64 * 1024;
const FLAGS = 30;
/** Each flag's variants carry ~9 KB, so every toggle queues ~270 KB for a subscriber of all of them. */
const blob = (tag: string) => ({ blob: tag.repeat(9000) });

const UPDATES = `subscription ($keys: [String!], $sinceRevision: Int) {
  myFlagUpdates(keys: $keys, sinceRevision: $sinceRevision) { configRevision full flags { key enabled variant } }
}`;
const SET_MANY = `mutation ($keys: [String!]!, $enabled: Boolean!) {
  setFlagsEnabled(keys: $keys, enabled: $enabled, reason: "slow consumer test") { key }
}`;
const SUBSCRIBE_WITH_PAYLOAD = UPDATES.replace('variant }', 'variant payload }');

interface Update {
  myFlagUpdates: { configRevision: number; full: boolean; flags: { key: string; enabled: boolean }[] };
}

let server: TestServer;
let tenant: TestTenant;
let keys: string[];
let ops: string;

beforeAll(async () => {
  server = await startTestServer({
    env: { AUGUR_WS_MAX_BUFFERED_BYTES: String(MAX_BUFFERED), AUGUR_MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: '2' },
  });
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
  keys = Array.from({ length: FLAGS }, () => uniqueKey('slow'));
  for (const key of keys) {
    const input = {
      type: 'VARIANT',
      enabled: true,
      variants: [
        { key: 'on', payload: blob('y') },
        { key: 'off', payload: blob('n') },
      ],
      offVariant: 'off',
      fallthrough: { variant: 'on' },
    };
    const { errors } = await server.gql(CREATE_FLAG, { token: ops, variables: { key, input } });
    expect(errors).toBeUndefined();
  }
});
afterAll(() => server.close());

/** Toggles every test flag until the server has dropped one more slow consumer; returns the final state. */
async function toggleUntilDropped(): Promise<boolean> {
  const before = server.app.socketStats().slowConsumers;
  let enabled = true;
  const deadline = Date.now() + 20_000;
  while (server.app.socketStats().slowConsumers === before) {
    if (Date.now() > deadline) throw new Error('the paused reader was never dropped');
    enabled = !enabled;
    const { errors } = await server.gql(SET_MANY, { token: ops, variables: { keys, enabled } });
    expect(errors).toBeUndefined();
  }
  return enabled;
}

async function serverState(): Promise<Map<string, boolean>> {
  const { data } = await server.gql<{ myFlags: { flags: { key: string; enabled: boolean }[] } }>(MY_FLAGS, {
    token: tenant.accounts.premium.token,
    variables: { keys },
  });
  return new Map((data?.myFlags.flags ?? []).map((f) => [f.key, f.enabled]));
}

function apply(state: Map<string, boolean>, update: Update['myFlagUpdates']): void {
  if (update.full) state.clear();
  for (const flag of update.flags) state.set(flag.key, flag.enabled);
}

describe('a paused reader', () => {
  it('is dropped once its unsent bytes pass the bound, and sinceRevision brings back every change', async () => {
    const raw = await openAcked(server.wsUrl, tenant.accounts.premium.token);
    raw.send({ id: '1', type: 'subscribe', payload: { query: SUBSCRIBE_WITH_PAYLOAD, variables: { keys } } });
    const first = (await raw.message((m) => m.id === '1' && m.type === 'next')).payload as { data: Update };
    const seen = new Map<string, boolean>();
    apply(seen, first.data.myFlagUpdates);
    const openBefore = server.app.socketStats().open;

    // Stop reading: the kernel's buffers fill, then the server's queue for this socket grows.
    (raw.socket as unknown as { _socket: Socket })._socket.pause();
    await toggleUntilDropped();
    await waitFor(
      () => server.app.socketStats().open === openBefore - 1,
      'the server to let go of the socket',
    );

    // The reader comes back on a new socket from the last revision it saw and converges on the server's state.
    const { client } = connect(server.wsUrl, tenant.accounts.premium.token);
    const updates = subscribe<Update>(client, UPDATES, {
      keys,
      sinceRevision: first.data.myFlagUpdates.configRevision,
    });
    apply(seen, (await updates.next()).myFlagUpdates);
    expect(seen).toEqual(await serverState());
    updates.close();
    await client.dispose();
    raw.socket.terminate();
  });

  it("with the web client's reconnect policy, resumes by itself after the drop and misses nothing", async () => {
    const sockets: WebSocket[] = [];
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tenant.accounts.premium.token}` },
      ...retryOptions({ baseMs: 50, maxMs: 200 }),
      on: { opened: (socket) => void sockets.push(socket as WebSocket) },
    });
    const payload = { query: SUBSCRIBE_WITH_PAYLOAD, variables: { keys } as Record<string, unknown> };
    const seen = new Map<string, boolean>();
    let messages = 0;
    client.subscribe(payload, {
      next: (result) => {
        messages++;
        rememberRevision(payload, result.data);
        apply(seen, (result.data as unknown as Update).myFlagUpdates);
      },
      error: () => undefined,
      complete: () => undefined,
    });
    await waitFor(() => messages > 0, 'the first snapshot');
    const paused = (sockets[0] as unknown as { _socket: Socket })._socket;
    paused.pause();
    await toggleUntilDropped();
    // The reader wakes up: it reads what reached it, sees the connection gone, reconnects with sinceRevision.
    paused.resume();
    const expected = await serverState();
    await waitFor(
      () => sockets.length >= 2 && [...expected].every(([key, enabled]) => seen.get(key) === enabled),
      'the client to reconnect and converge',
      15_000,
    );
    expect(payload.variables.sinceRevision).toEqual(expect.any(Number));
    await client.dispose();
  });
});

describe('a paused SSE reader', () => {
  it('has its stream ended once the unsent bytes pass the bound', async () => {
    let response: import('node:http').IncomingMessage | undefined;
    const req = request(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${tenant.accounts.premium.token}`,
      },
    });
    req.on('response', (res) => {
      res.once('data', () => {
        res.pause();
        response = res;
      });
    });
    req.end(JSON.stringify({ query: SUBSCRIBE_WITH_PAYLOAD, variables: { keys } }));
    await waitFor(() => response !== undefined, 'the first event');
    await toggleUntilDropped();
    // Reading again, the client finds the stream ended (it would reconnect with sinceRevision).
    const socket = response?.socket;
    const ended = new Promise((resolve) =>
      socket?.destroyed ? resolve(null) : socket?.once('close', resolve),
    );
    response?.resume();
    await ended;
  });
});

describe('anonymous sockets per address', () => {
  it('closes the third anonymous socket from one address with 4429', async () => {
    const first = await openAcked(server.wsUrl);
    const second = await openAcked(server.wsUrl);
    const third = await openRaw(server.wsUrl);
    third.send({ type: 'connection_init', payload: {} });
    expect(await third.closed).toBe(CLOSE_TOO_MANY_SOCKETS);
    first.socket.close();
    second.socket.close();
  });
});
