// Propagation, measured: real graphql-ws clients subscribe, a flag changes, and flagPropagation says how many of
// them read it and how long after commit; a client that does not read is not counted as reached until it does.
import type { Socket } from 'node:net';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CREATE_FLAG, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { FLAG_PROPAGATION, type InstanceFigures, type Propagation } from './helpers/propagation.js';
import { openAcked } from './helpers/raw-socket.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { type Subscription, subscribe } from './helpers/ws-client.js';

const UPDATES = `subscription ($keys: [String!]) { myFlagUpdates(keys: $keys) { configRevision full flags { key enabled } } }`;

type Update = {
  myFlagUpdates: { configRevision: number; full: boolean; flags: { key: string; enabled: boolean }[] };
};

interface Reader {
  client: Client;
  updates: Subscription<Update>;
  socket(): Socket;
}

let server: TestServer;
let tenant: TestTenant;
let ops: string;
const readers: Reader[] = [];

async function openReader(key: string): Promise<Reader> {
  let ws: WebSocket | undefined;
  const client = createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${tenant.accounts.user.token}` },
    on: {
      opened: (socket) => {
        ws = socket as WebSocket;
      },
    },
    onNonLazyError: () => undefined,
  });
  const updates = subscribe<Update>(client, UPDATES, { keys: [key] });
  expect((await updates.next()).myFlagUpdates.full).toBe(true);
  const reader = {
    client,
    updates,
    socket: () => (ws as unknown as { _socket: Socket })._socket,
  };
  readers.push(reader);
  return reader;
}

async function propagationOf(key: string): Promise<Propagation> {
  const { data, errors } = await server.gql<{ flagPropagation: Propagation }>(FLAG_PROPAGATION, {
    token: ops,
    variables: { key },
  });
  expect(errors).toBeUndefined();
  return data?.flagPropagation as Propagation;
}

/** This instance's part: on PostgreSQL other test files' instances report too. */
const self = (p: Propagation) => p.instances.find((i) => i.self) as InstanceFigures;

async function newFlag(): Promise<string> {
  const key = uniqueKey('prop');
  const input = { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } };
  const { errors } = await server.gql(CREATE_FLAG, { token: ops, variables: { key, input } });
  expect(errors).toBeUndefined();
  return key;
}

async function toggle(key: string, enabled: boolean): Promise<number> {
  const { data, errors } = await server.gql<{ setFlagEnabled: { revision: number } }>(SET_ENABLED, {
    token: ops,
    variables: { key, enabled, reason: 'propagation test' },
  });
  expect(errors).toBeUndefined();
  return data?.setFlagEnabled.revision ?? 0;
}

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(async () => {
  for (const r of readers) {
    r.updates.close();
    await r.client.dispose();
  }
  await server.close();
});

describe('flagPropagation', () => {
  it('counts every subscriber that read the change, with commit-to-read delays within the end-to-end time', async () => {
    const key = await newFlag();
    const clients = await Promise.all(Array.from({ length: 5 }, () => openReader(key)));
    const started = Date.now();
    await toggle(key, false);
    const received = await Promise.all(clients.map((c) => c.updates.next()));
    for (const update of received) expect(update.myFlagUpdates.flags).toEqual([{ key, enabled: false }]);
    let figures = await propagationOf(key);
    await waitFor(async () => {
      figures = await propagationOf(key);
      return self(figures).reached === 5;
    }, 'every client to have read the change');
    const endToEnd = Date.now() - started;
    const mine = self(figures);
    expect(mine).toMatchObject({ open: 5, reached: 5, lost: 0, applied: 0 });
    expect(figures.revision).toBe(received[0]?.myFlagUpdates.configRevision);
    expect(figures.flagKey).toBe(key);
    expect(figures.committedAt).not.toBeNull();
    const { p50Ms, p99Ms, slowestMs } = mine;
    expect(p50Ms).toBeGreaterThanOrEqual(0);
    expect(slowestMs).toBeGreaterThanOrEqual(0);
    expect(slowestMs).toBeLessThanOrEqual(endToEnd);
    // The sketch's quantiles are within 1% of the exact ones.
    expect(p50Ms as number).toBeLessThanOrEqual((p99Ms as number) * 1.0001);
    expect(p99Ms as number).toBeLessThanOrEqual((slowestMs as number) * 1.02 + 0.001);
  });

  it('does not count a client that stops reading until it reads again; the share on latest falls, then recovers', async () => {
    const key = await newFlag();
    const [paused, ...others] = await Promise.all(Array.from({ length: 3 }, () => openReader(key)));
    if (!paused) throw new Error('no reader');
    await waitFor(async () => self(await propagationOf(key)).shareOnLatest === 1, 'every client on latest');
    paused.socket().pause();
    await toggle(key, false);
    await Promise.all(others.map((c) => c.updates.next()));
    await waitFor(
      async () => self(await propagationOf(key)).reached === 2,
      'the two reading clients to have read the change',
    );
    let mine = self(await propagationOf(key));
    expect(mine).toMatchObject({ open: 3, reached: 2 });
    const clients = mine.clients;
    expect(mine.onLatest).toBe(clients - 1);
    expect(mine.shareOnLatest).toBeCloseTo((clients - 1) / clients, 6);
    expect((await propagationOf(key)).complete).toBe(false);

    paused.socket().resume();
    expect((await paused.updates.next()).myFlagUpdates.flags).toEqual([{ key, enabled: false }]);
    await waitFor(async () => self(await propagationOf(key)).reached === 3, 'the paused client to catch up');
    mine = self(await propagationOf(key));
    expect(mine.shareOnLatest).toBe(1);
    expect((await propagationOf(key)).complete).toBe(true);
  });

  it('counts a client that closes before reading as lost, not open', async () => {
    const key = await newFlag();
    const [gone, stays] = await Promise.all([openReader(key), openReader(key)]);
    if (!gone || !stays) throw new Error('no reader');
    gone.socket().pause();
    await toggle(key, false);
    await stays.updates.next();
    await waitFor(async () => self(await propagationOf(key)).reached === 1, 'the reading client');
    gone.socket().destroy();
    await waitFor(async () => self(await propagationOf(key)).lost === 1, 'the closed client to be lost');
    expect(self(await propagationOf(key))).toMatchObject({ open: 1, reached: 1, lost: 1 });
  });

  it("counts the web app's applied ack (an unsolicited pong) once the client read the update", async () => {
    const key = await newFlag();
    const raw = await openAcked(server.wsUrl, tenant.accounts.user.token);
    raw.send({ id: 'p', type: 'subscribe', payload: { query: UPDATES, variables: { keys: [key] } } });
    // A raw socket answers no ping by itself: each receipt ping (`augur` counts per socket) waits for its pong.
    const ping = (n: number) => raw.message((m) => m.type === 'ping' && isPing(m.payload, n));
    raw.send({ type: 'pong', payload: (await ping(1)).payload });
    await toggle(key, false);
    const delta = await raw.message((m) => m.id === 'p' && m.type === 'next' && !isFull(m.payload));
    const second = await ping(2);
    const { revision } = await propagationOf(key);
    expect(revisionOf(delta.payload)).toBe(revision);
    expect(self(await propagationOf(key))).toMatchObject({ open: 1, reached: 0 });
    raw.send({ type: 'pong', payload: second.payload });
    await waitFor(async () => self(await propagationOf(key)).reached === 1, 'the pong to count');
    raw.send({ type: 'pong', payload: { augurApplied: { revision } } });
    await waitFor(async () => self(await propagationOf(key)).applied === 1, 'the applied ack to count');
    raw.socket.terminate();
  });

  it('records the delays as metric events and answers the live share in kpis', async () => {
    const key = await newFlag();
    const reader = await openReader(key);
    await toggle(key, false);
    await reader.updates.next();
    await waitFor(async () => self(await propagationOf(key)).reached === 1, 'the client to read the change');
    await server.app.services.metrics.flush();
    const rows = await server.app.database.db
      .selectFrom('metric_events')
      .select(['dims', 'latency_ms'])
      .where('kind', '=', 'propagation')
      .where('tenant_id', '=', tenant.accounts.user.tenantId)
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Number(row.latency_ms)).toBeGreaterThanOrEqual(0);
    const { data, errors } = await server.gql<{ kpis: { clientsOnLatestShare: number | null } }>(
      'query { kpis { propagationP50Ms propagationP99Ms clientsOnLatestShare } }',
      { token: ops },
    );
    expect(errors).toBeUndefined();
    expect(data?.kpis.clientsOnLatestShare).toBeGreaterThan(0);
    expect(data?.kpis.clientsOnLatestShare).toBeLessThanOrEqual(1);
    const { body } = await server.app.metrics.scrape();
    expect(Number(/^augur_propagation_delay_seconds_count (\d+)$/m.exec(body)?.[1])).toBeGreaterThan(0);
    expect(body).toMatch(/^augur_propagation_clients\{state="on_latest"\} \d+$/m);
  });

  it('refuses a caller who is not ops', async () => {
    const { errors } = await server.gql(FLAG_PROPAGATION, {
      token: tenant.accounts.support.token,
      variables: { key: 'x' },
    });
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const unknown = await server.gql<{ flagPropagation: null }>(FLAG_PROPAGATION, {
      token: ops,
      variables: { key: uniqueKey('none') },
    });
    expect(unknown.data?.flagPropagation).toBeNull();
  });
});

const isPing = (payload: unknown, n: number) => (payload as { augur?: number } | undefined)?.augur === n;
const updateOf = (payload: unknown) => (payload as { data: Update }).data.myFlagUpdates;
const isFull = (payload: unknown) => updateOf(payload).full;
const revisionOf = (payload: unknown) => updateOf(payload).configRevision;
