// The OFREP event stream on its own: a signed ticket is its only credential, it sends refetchEvaluation only
// when the caller's results changed, replays from Last-Event-ID, and ends when the key is revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchEventSource } from './helpers/fetch-event-source.js';
import { UPDATE_FLAG } from './helpers/flags.js';
import { waitFor } from './helpers/free-port.js';
import { createFlag, FLAG_INPUTS, issueApiKey, ofrepPost, setEnabled } from './helpers/ofrep.js';
import { expectOfrep } from './helpers/ofrep-schemas.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const BULK = '/ofrep/v1/evaluate/flags';
const REVOKE = `mutation ($id: ID!, $tenantId: ID!) { revokeApiKey(id: $id, tenantId: $tenantId) { id } }`;
const CURRENT_KEY = '{ currentApiKey { id } }';

let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(() => server.close());

/** A bulk evaluation as a provider makes it; returns the advertised stream URL and the revision. */
async function bulk(headers: Record<string, string>, context: Record<string, unknown>) {
  const reply = await ofrepPost(server, BULK, { context }, headers);
  expect(reply.status).toBe(200);
  const body = reply.body as {
    eventStreams: { endpoint: { requestUri: string } }[];
    metadata: { configRevision: number };
  };
  const requestUri = body.eventStreams[0]?.endpoint.requestUri ?? '';
  return { url: `${server.url}${requestUri}`, revision: body.metadata.configRevision };
}

/** An EventSource whose messages queue up for `next`, which fails after a deadline. */
function listen(url: string) {
  const source = new FetchEventSource(url);
  const queue: { id: string; data: Record<string, unknown> }[] = [];
  source.addEventListener('message', (event) => {
    const message = event as MessageEvent<string>;
    queue.push({ id: message.lastEventId, data: JSON.parse(message.data) });
  });
  return {
    source,
    async next(deadlineMs = 2000) {
      await waitFor('an SSE message', () => queue.length > 0, deadlineMs);
      return queue.shift() as (typeof queue)[number];
    },
  };
}

describe('the OFREP event stream', () => {
  it('admits only a valid ticket', async () => {
    for (const ticket of ['', 'not-a-ticket', tenant.accounts.user.token]) {
      const response = await fetch(`${server.url}/ofrep/v1/events?ticket=${ticket}`);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errorCode: 'GENERAL', code: 'UNAUTHENTICATED' });
    }
    const { url } = await bulk({ authorization: `Bearer ${tenant.accounts.user.token}` }, {});
    const ticket = new URL(url).searchParams.get('ticket') ?? '';
    // A ticket is no session: it opens nothing else.
    expect((await server.gql(CURRENT_KEY, { token: ticket })).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await ofrepPost(server, BULK, {}, { authorization: `Bearer ${ticket}` })).status).toBe(401);
  });

  it('tells a caller only about changes to its own results', async () => {
    const key = await issueApiKey(server, tenant);
    const elsewhere = {
      type: 'BOOLEAN',
      enabled: true,
      rules: [
        {
          id: 'de',
          conditions: [{ attribute: 'country', operator: 'IN', values: ['DE'] }],
          serve: { variant: 'on' },
        },
      ],
      fallthrough: { variant: 'off' },
    };
    const other = await createFlag(server, ops, 'ev_other', elsewhere);
    const mine = await createFlag(server, ops, 'ev_mine', FLAG_INPUTS.boolean);
    const { url } = await bulk({ 'x-api-key': key }, { targetingKey: 'u1', country: 'NL' });
    const stream = listen(url);
    await waitFor('stream open', () => stream.source.readyState === FetchEventSource.OPEN);
    // Which evaluator change carried which flags: on a shared PostgreSQL, other test files' flags come too.
    const changes: { revision: number; flags: ReadonlySet<string> | 'all' }[] = [];
    const stop = server.app.services.evaluator.onChange((c) =>
      changes.push({ revision: c.next.revision, flags: c.flags }),
    );
    // Moving the rule to FR changes nothing for a caller in NL: no event for it.
    const moved = {
      ...elsewhere,
      rules: [
        { ...elsewhere.rules[0], conditions: [{ attribute: 'country', operator: 'IN', values: ['FR'] }] },
      ],
    };
    expect(
      (await server.gql(UPDATE_FLAG, { token: ops, variables: { key: other, rev: 1, input: moved } })).errors,
    ).toBeUndefined();
    await setEnabled(server, ops, mine, false);
    stop();
    const carrying = (key: string) => changes.find((c) => c.flags !== 'all' && c.flags.has(key));
    const killed = carrying(mine)?.revision;
    const seen: string[] = [];
    for (let event = await stream.next(); ; event = await stream.next()) {
      expect(event.data).toMatchObject({ type: 'refetchEvaluation', etag: `"${event.id}"` });
      expectOfrep('sseEvent', event.data);
      seen.push(event.id);
      if (event.id === String(killed)) break;
    }
    const move = carrying(other);
    if (move?.flags !== 'all' && move?.flags.size === 1) expect(seen).not.toContain(String(move.revision));
    stream.source.close();
  });

  it('replays what a reconnecting client missed since its Last-Event-ID', async () => {
    const key = await issueApiKey(server, tenant);
    const flag = await createFlag(server, ops, 'ev_replay', FLAG_INPUTS.boolean);
    const { url, revision } = await bulk({ 'x-api-key': key }, { targetingKey: 'u2' });
    await setEnabled(server, ops, flag, false);
    const controller = new AbortController();
    const response = await fetch(url, {
      headers: { 'last-event-id': String(revision) },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    while (!text.includes('refetchEvaluation')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/id: \d+\nevent: message\ndata: \{"type":"refetchEvaluation"/);
    controller.abort();
  });

  it('carries a change committed on another instance, with a ticket that instance did not issue', async () => {
    const other = await startTestServer({ instanceOf: server });
    try {
      const key = await issueApiKey(server, tenant);
      const flag = await createFlag(server, ops, 'ev_remote', FLAG_INPUTS.boolean);
      const { url } = await bulk({ 'x-api-key': key }, { targetingKey: 'u4' });
      // The stream is served by the second instance; the kill is written through the first.
      const stream = listen(url.replace(server.url, other.url));
      await waitFor('stream open', () => stream.source.readyState === FetchEventSource.OPEN);
      await setEnabled(server, ops, flag, false);
      const event = await stream.next(5000);
      expect(event.data).toMatchObject({ type: 'refetchEvaluation' });
      stream.source.close();
    } finally {
      await other.close();
    }
  });

  it('ends when its API key is revoked, and the ticket then opens nothing', async () => {
    const key = await issueApiKey(server, tenant);
    const { url } = await bulk({ 'x-api-key': key }, { targetingKey: 'u3' });
    const stream = listen(url);
    await waitFor('stream open', () => stream.source.readyState === FetchEventSource.OPEN);
    const { data } = await server.gql<{ currentApiKey: { id: string } }>(CURRENT_KEY, { token: key });
    const revoked = await server.gql(REVOKE, {
      token: tenant.accounts.platform.token,
      variables: { id: data?.currentApiKey.id, tenantId: tenant.id },
    });
    expect(revoked.errors).toBeUndefined();
    // The stream ends at once; the reconnect 1 s later is refused, so the source gives up.
    await waitFor('stream refused', () => stream.source.readyState === FetchEventSource.CLOSED, 5000);
    expect((await fetch(url)).status).toBe(401);
  });
});
