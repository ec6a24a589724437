// The request log of a real server: one JSON line per request with operation, status, error code, request
// id, latency, role and tenant (GraphQL errors under HTTP 200 included); no token, email or variables.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/platform/logger.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, execute } from './helpers/ws-client.js';

type Line = Record<string, unknown>;

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

const requestLines = (): Line[] => lines.map((l) => JSON.parse(l) as Line).filter((l) => l.msg === 'request');

/** Waits for the one request line with this request id (written when the response finishes). */
async function lineOf(requestId: string): Promise<Line> {
  await waitFor(() => requestLines().some((l) => l.requestId === requestId), `the line of ${requestId}`);
  const found = requestLines().filter((l) => l.requestId === requestId);
  expect(found).toHaveLength(1);
  return found[0] as Line;
}

/** POSTs like a plain JSON client (accept: application/json), so GraphQL errors come back with HTTP 200. */
async function post(server: TestServer, query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions: { requestId: string; code: string } }[] };
  return { status: response.status, requestId: response.headers.get('x-request-id') ?? '', body };
}

describe('request log', () => {
  let server: TestServer;
  let t: TestTenant;
  beforeAll(async () => {
    server = await startTestServer({ logger: createLogger('info', sink) });
    t = await createTestTenant(server);
  });
  afterAll(() => server.close());

  it('logs a successful operation with its name, fields, status, latency, role and tenant', async () => {
    const { status, requestId } = await post(server, 'query WhoAmI { me { id } }', t.accounts.user.token);
    expect(status).toBe(200);
    const line = await lineOf(requestId);
    expect(line).toMatchObject({
      level: 'info',
      requestId,
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'WhoAmI',
      fields: 'me',
      type: 'query',
      role: 'user',
      tenantId: t.id,
    });
    expect(line.code).toBeUndefined();
    expect(line.ms).toEqual(expect.any(Number));
  });

  it('logs the error code of a GraphQL error sent with HTTP 200, and the same request id as the error', async () => {
    const { status, requestId, body } = await post(
      server,
      '{ flags { items { key } } }',
      t.accounts.user.token,
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requestId });
    expect(await lineOf(requestId)).toMatchObject({
      status: 200,
      code: 'FORBIDDEN',
      fields: 'flags',
      role: 'user',
    });
  });

  it('logs refusals before execution: a bad credential (401) and a query that does not validate', async () => {
    const bad = await post(server, '{ me { id } }', 'not-a-token');
    expect(bad.status).toBe(401);
    expect(await lineOf(bad.requestId)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const invalid = await post(server, '{ noSuchField }', t.accounts.user.token);
    expect(await lineOf(invalid.requestId)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('logs an API key as role apiKey in its tenant', async () => {
    const { secret } = await server.app.services.apiKeys.create(t.id, 'logged', null);
    const { requestId } = await post(server, '{ currentApiKey { id } }', secret);
    expect(await lineOf(requestId)).toMatchObject({
      role: 'apiKey',
      tenantId: t.id,
      fields: 'currentApiKey',
    });
  });

  it('logs each WebSocket operation with its own request id', async () => {
    const socket = connect(server.wsUrl, t.accounts.ops.token);
    try {
      const result = await execute(socket.client, 'query OverTheSocket { me { id } }');
      expect(result.errors).toBeUndefined();
      await waitFor(
        () => requestLines().some((l) => l.operation === 'OverTheSocket'),
        'the WebSocket operation line',
      );
      const line = requestLines().find((l) => l.operation === 'OverTheSocket');
      expect(line).toMatchObject({ transport: 'ws', fields: 'me', role: 'ops', tenantId: t.operatorId });
      expect(line?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await socket.client.dispose();
    }
  });

  it('never writes the token, the email or the variables', async () => {
    const email = t.accounts.user.email;
    const token = t.accounts.user.token;
    const { requestId } = await post(
      server,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      undefined,
      { e: email, p: 'a very secret password' },
    );
    await post(server, 'query ($k: [String!]) { myFlags(keys: $k) { configRevision } }', token, {
      k: ['variable_value_marker'],
    });
    expect(await lineOf(requestId)).toMatchObject({ fields: 'login', type: 'mutation' });
    const all = lines.join('\n');
    for (const secret of [token, email, 'a very secret password', 'variable_value_marker']) {
      expect(all).not.toContain(secret);
    }
  });
});
