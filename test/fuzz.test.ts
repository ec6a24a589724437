// Fuzzes the real server over HTTP: hostile documents, variables, headers and GET parameters never give INTERNAL or 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildSchema } from '../server/app/schema.js';
import { ERROR_CODES } from '../server/platform/errors.js';
import {
  brokenDocument,
  headerText,
  hostileJson,
  type Operation,
  operationFor,
} from './helpers/fuzz-arbitraries.js';
import { createTestTenant, csrfHeaders, startTestServer, type TestServer } from './helpers/test-server.js';

/** Reproduce a failure with FUZZ_SEED=<seed> (and the path fast-check prints). */
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SOCKET_RUNS = Math.ceil(RUNS / 5);

let server: TestServer;
let tokens: string[];

beforeAll(async () => {
  server = await startTestServer();
  const tenant = await createTestTenant(server);
  tokens = Object.values(tenant.accounts).map((a) => a.token);
  console.log(`fuzz: seed ${SEED}, ${RUNS} requests (FUZZ_SEED / FUZZ_RUNS to change)`);
});
afterAll(() => server.close());

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const schema = buildSchema();
const document = fc.oneof(
  { weight: 4, arbitrary: operationFor(schema) },
  { weight: 1, arbitrary: brokenDocument(schema).map((query): Operation => ({ query, variables: {} })) },
);

const headersOf = (tokens: string[]) =>
  fc
    .record(
      {
        authorization: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...tokens).map((t) => `Bearer ${t}`) },
          { weight: 1, arbitrary: headerText.map((t) => `Bearer ${t}`) },
          { weight: 1, arbitrary: headerText },
        ),
        accept: fc.oneof(
          fc.constantFrom(
            'application/json',
            'application/graphql-response+json',
            'application/graphql-response+json, application/json',
            '*/*',
            'text/xml',
            'multipart/mixed',
          ),
          headerText,
        ),
        'x-request-id': headerText,
        csrf: fc.boolean(),
      },
      { requiredKeys: ['csrf'] },
    )
    .map(({ csrf, ...rest }) => ({ ...rest, ...(csrf ? csrfHeaders : {}) }) as Record<string, string>);

const postJson = (headers: fc.Arbitrary<Record<string, string>>) =>
  fc
    .tuple(document, headers, fc.nat(9), hostileJson, fc.option(headerText))
    .map(([op, h, shape, junk, operationName]): FuzzRequest => {
      const body =
        shape === 0
          ? JSON.stringify(junk)
          : shape === 1
            ? JSON.stringify({ query: op.query, variables: junk })
            : shape === 2
              ? `${JSON.stringify({ query: op.query }).slice(0, -2)}`
              : JSON.stringify({
                  query: op.query,
                  variables: op.variables,
                  operationName,
                  extensions: shape === 3 ? junk : undefined,
                });
      return {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', ...h },
        body,
      };
    });

const get = (headers: fc.Arbitrary<Record<string, string>>) =>
  fc
    .tuple(document, headers, fc.option(headerText), fc.option(headerText), fc.option(headerText))
    .map(([op, h, variables, extensions, operationName]): FuzzRequest => {
      const params = new URLSearchParams({ query: op.query });
      params.set('variables', variables ?? JSON.stringify(op.variables));
      if (extensions !== null) params.set('extensions', extensions);
      if (operationName !== null) params.set('operationName', operationName);
      return { method: 'GET', path: `/graphql?${params}`, headers: h };
    });

const odd = (headers: fc.Arbitrary<Record<string, string>>) =>
  fc
    .tuple(
      fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
      fc.constantFrom(
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'multipart/form-data; boundary=x',
        'application/graphql',
        'text/plain',
        'application/json; charset=latin1',
      ),
      fc.oneof(
        fc.constant('/graphql'),
        headerText.map((p) => `/graphql/${encodeURIComponent(p)}`),
      ),
      fc.string({ unit: 'binary', maxLength: 200 }),
      headers,
    )
    .map(
      ([method, type, path, body, h]): FuzzRequest => ({
        method,
        path,
        headers: { 'content-type': type, ...h },
        body,
      }),
    );

function requestsFor(tokens: string[]): fc.Arbitrary<FuzzRequest> {
  const headers = headersOf(tokens);
  return fc.oneof(
    { weight: 5, arbitrary: postJson(headers) },
    { weight: 3, arbitrary: get(headers) },
    { weight: 1, arbitrary: odd(headers) },
  );
}

/** What is wrong with an answer: a 5xx, INTERNAL, a code outside the closed list, or a refusal without a code. */
async function problemsOf(req: FuzzRequest): Promise<string[]> {
  const response = await fetch(`${server.url}${req.path}`, {
    method: req.method,
    headers: req.headers,
    ...(req.body !== undefined && req.method !== 'GET' ? { body: req.body } : {}),
    signal: AbortSignal.timeout(10_000),
  });
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  if (type.includes('text/html') || req.method === 'OPTIONS') return problems;
  let codes: string[];
  if (type.includes('json')) {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
  } else {
    // multipart/mixed (the client asked for it): the same JSON, in parts.
    codes = [...text.matchAll(/"code":"([^"]*)"/g)].map((m) => String(m[1]));
  }
  if (response.status >= 400 && codes.length === 0) problems.push(`status ${response.status} without a code`);
  for (const code of codes) {
    if (code === 'INTERNAL' || !(ERROR_CODES as readonly string[]).includes(code))
      problems.push(`code ${code}`);
  }
  return problems;
}

describe('fuzzed HTTP requests', () => {
  it('never get INTERNAL, a 5xx, or an uncoded refusal, and the server stays up', async () => {
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(requestsFor(tokens), async (req) => {
        expect(await problemsOf(req), JSON.stringify(req).slice(0, 600)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`fuzz: ${RUNS} requests in ${Math.round(performance.now() - started)} ms`);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });
});

/** One socket: a hostile connection_init, then (if acknowledged) one operation; every frame's codes. */
function socketProblems(init: unknown, operation: Operation): Promise<string[]> {
  return new Promise((resolve) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const problems: string[] = [];
    const deadline = setTimeout(() => {
      problems.push('no answer within 10 s');
      socket.terminate();
    }, 10_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: init })));
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; payload?: unknown };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: operation }));
        return;
      }
      for (const [, code] of JSON.stringify(message.payload ?? null).matchAll(/"code":"([^"]*)"/g)) {
        if (code === 'INTERNAL' || !(ERROR_CODES as readonly string[]).includes(String(code))) {
          problems.push(`code ${code}`);
        }
      }
      if (message.type === 'complete' || message.type === 'error') socket.close(1000);
    });
    socket.on('close', (code) => {
      clearTimeout(deadline);
      // 1011 is graphql-ws's "internal error"; 4500 its unexpected-error close.
      if (code === 1011 || code === 4500) problems.push(`closed with ${code}`);
      resolve(problems);
    });
  });
}

describe('fuzzed WebSocket sessions', () => {
  it('never get INTERNAL or an internal-error close', async () => {
    const init = fc.oneof(
      fc.constantFrom(...tokens).map((t) => ({ authorization: `Bearer ${t}` })),
      fc.record({
        authorization: fc.oneof(
          hostileJson,
          headerText.map((t) => `Bearer ${t}`),
        ),
      }),
      hostileJson,
    );
    await fc.assert(
      fc.asyncProperty(init, document, async (payload, operation) => {
        const problems = await socketProblems(payload, operation);
        expect(problems, JSON.stringify({ payload, operation }).slice(0, 600)).toEqual([]);
      }),
      { seed: SEED, numRuns: SOCKET_RUNS, endOnFailure: true },
    );
  });
});
