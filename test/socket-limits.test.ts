// Socket limits with real clients: the authentication deadline, operations per socket, sockets and SSE
// streams per principal (anonymous sockets per address: slow-consumer.test.ts, whose deadline is the default).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_INIT_TIMEOUT, CLOSE_TOO_MANY_SOCKETS } from '../server/app/socket-limits.js';
import { CREATE_FLAG, premiumOnly, uniqueKey } from './helpers/flags.js';
import { openAcked, openRaw, type RawSocket } from './helpers/raw-socket.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';

const INIT_TIMEOUT_MS = 300;
const MAX_SUBSCRIPTIONS = 3;
const MAX_SOCKETS = 3;
const MAX_ANONYMOUS = 2;

const UPDATES = `subscription ($keys: [String!]) { myFlagUpdates(keys: $keys) { configRevision full } }`;

let server: TestServer;
let tenant: TestTenant;
let key: string;

beforeAll(async () => {
  server = await startTestServer({
    env: {
      AUGUR_WS_INIT_TIMEOUT_MS: String(INIT_TIMEOUT_MS),
      AUGUR_WS_MAX_SUBSCRIPTIONS: String(MAX_SUBSCRIPTIONS),
      AUGUR_MAX_SOCKETS_PER_PRINCIPAL: String(MAX_SOCKETS),
      AUGUR_MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: String(MAX_ANONYMOUS),
    },
  });
  tenant = await createTestTenant(server);
  key = uniqueKey('limits');
  const { errors } = await server.gql(CREATE_FLAG, {
    token: tenant.accounts.ops.token,
    variables: { key, input: premiumOnly() },
  });
  expect(errors).toBeUndefined();
});
afterAll(() => server.close());

/** Starts subscription `id` and waits for its first message. */
async function subscribeOn(raw: RawSocket, id: string) {
  raw.send({ id, type: 'subscribe', payload: { query: UPDATES, variables: { keys: [key] } } });
  return raw.message((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
}

function sseStream(token: string, signal: AbortSignal) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    signal,
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: UPDATES, variables: { keys: [key] } }),
  });
}

/** Reads an SSE response until its first event and returns the text so far; ends the stream unless `keep`. */
async function firstEvent(response: Response, end = true): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('\n\n') || !text.includes('data:')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  if (end) await reader.cancel();
  return text;
}

describe('the authentication deadline', () => {
  it('closes a socket that sends no connection_init, and one that inits without a credential, with 4408', async () => {
    const started = performance.now();
    const silent = await openRaw(server.wsUrl);
    const anonymous = await openAcked(server.wsUrl);
    const signedIn = await openAcked(server.wsUrl, tenant.accounts.user.token);
    expect(await silent.closed).toBe(CLOSE_INIT_TIMEOUT);
    expect(await anonymous.closed).toBe(CLOSE_INIT_TIMEOUT);
    expect(performance.now() - started).toBeGreaterThanOrEqual(INIT_TIMEOUT_MS - 50);

    // Past the deadline, the authenticated socket still serves.
    const next = await subscribeOn(signedIn, 'after-deadline');
    expect(next.type).toBe('next');
    signedIn.socket.close();
  });
});

describe('operations per socket', () => {
  it('refuses the N+1th subscription with RATE_LIMITED and admits one again once another ends', async () => {
    const raw = await openAcked(server.wsUrl, tenant.accounts.premium.token);
    for (let i = 0; i < MAX_SUBSCRIPTIONS; i++) expect((await subscribeOn(raw, `s${i}`)).type).toBe('next');

    const refused = await subscribeOn(raw, 'one-too-many');
    expect(refused.type).toBe('error');
    expect((refused.payload as { extensions: Record<string, unknown> }[])[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      requestId: expect.any(String),
      limit: MAX_SUBSCRIPTIONS,
    });

    raw.send({ id: 's0', type: 'complete' });
    await waitFor(async () => (await subscribeOn(raw, `retry-${Date.now()}`)).type === 'next', 'a free slot');
    raw.socket.close();
  });
});

describe('sockets per principal', () => {
  it('closes the M+1th socket of one account with 4429, counts SSE streams too, and frees slots on close', async () => {
    const { token } = tenant.accounts.support;
    const held = await Promise.all(Array.from({ length: MAX_SOCKETS }, () => openAcked(server.wsUrl, token)));
    const refusedBefore = server.app.socketStats().refusedSockets;

    const extra = await openRaw(server.wsUrl);
    extra.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(await extra.closed).toBe(CLOSE_TOO_MANY_SOCKETS);
    expect(server.app.socketStats().refusedSockets).toBe(refusedBefore + 1);

    // Another principal is not affected.
    const other = await openAcked(server.wsUrl, tenant.accounts.platform.token);

    // An SSE stream of the same principal counts against the same cap.
    const controller = new AbortController();
    const refusedStream = await firstEvent(await sseStream(token, controller.signal));
    expect(refusedStream).toContain('RATE_LIMITED');

    held[0]?.socket.close();
    await held[0]?.closed;
    await waitFor(async () => {
      const again = await openRaw(server.wsUrl);
      again.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
      const acked = await again
        .message((m) => m.type === 'connection_ack', 1000)
        .then(() => true)
        .catch(() => false);
      again.socket.close();
      await again.closed;
      return acked;
    }, 'the closed socket to free its slot');
    for (const raw of [...held.slice(1), other]) raw.socket.close();
  });

  it("closes every socket of one principal on demand (revocation), and only that principal's", async () => {
    const user = await openAcked(server.wsUrl, tenant.accounts.user.token);
    const again = await openAcked(server.wsUrl, tenant.accounts.user.token);
    const other = await openAcked(server.wsUrl, tenant.accounts.ops.token);
    expect(server.app.closeSocketsOf(`user:${tenant.accounts.user.id}`, 4403, 'Access revoked')).toBe(2);
    expect(await user.closed).toBe(4403);
    expect(await again.closed).toBe(4403);
    expect((await subscribeOn(other, 'still-open')).type).toBe('next');
    other.socket.close();
  });

  it('lets an account hold M SSE streams, refuses the next with RATE_LIMITED, and admits one once another ends', async () => {
    const { token } = tenant.accounts.premium;
    const live = Array.from({ length: MAX_SOCKETS }, () => new AbortController());
    for (const c of live)
      expect(await firstEvent(await sseStream(token, c.signal), false)).toContain('"full":true');

    const probe = new AbortController();
    expect(await firstEvent(await sseStream(token, probe.signal))).toContain('RATE_LIMITED');
    expect(server.app.socketStats().refusedStreams).toBeGreaterThan(0);

    live[0]?.abort();
    await waitFor(async () => {
      const text = await firstEvent(await sseStream(token, probe.signal));
      return text.includes('"full":true');
    }, 'the ended stream to free its slot');
    for (const c of live) c.abort();
  });
});
