// HTTP behaviour around GraphQL: health, readiness, request ids, CSRF, body and query limits, introspection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../server/app/graphql-plugins.js';
import { createTestTenant, csrfHeaders, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('health and readiness', () => {
  it('GET /health says the process is alive and nothing about flags', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready is 200 with the database up and migrated', async () => {
    const response = await fetch(`${server.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('the web app', () => {
  it('is served with security headers', async () => {
    const response = await fetch(`${server.url}/some/client/route`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('an unreachable Redis', () => {
  it('makes /ready say so, while sign-in keeps working on a local counter', async () => {
    const broken = await startTestServer({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const ready = await fetch(`${broken.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'redis' });
      const t = await createTestTenant(broken);
      const { data, errors } = await broken.gql<{ me: { id: string } }>('{ me { id } }', {
        token: t.accounts.ops.token,
      });
      expect(errors).toBeUndefined();
      expect(data?.me.id).toBe(t.accounts.ops.id);
    } finally {
      await broken.close();
    }
  });
});

describe('request ids', () => {
  it('keeps a well-formed incoming X-Request-Id and puts it in error extensions', async () => {
    const response = await post(JSON.stringify({ query: '{ me { id } }' }), {
      'x-request-id': 'client-req-0001',
    });
    expect(response.headers.get('x-request-id')).toBe('client-req-0001');
    const body = (await response.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0]?.extensions.requestId).toBe('client-req-0001');
  });

  it('replaces a malformed one with a fresh id', async () => {
    const response = await fetch(`${server.url}/health`, {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sets one on every response, static and 404 included', async () => {
    for (const path of ['/health', '/ready', '/no-such-page', '/graphql']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('x-request-id'), path).toBeTruthy();
    }
  });
});

describe('bad input gets a code, never a stack trace or a 500', () => {
  const expectCode = async (response: Response, code: string) => {
    expect(response.status).toBeLessThan(500);
    const text = await response.text();
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({
      code,
      requestId: response.headers.get('x-request-id'),
    });
    return body.errors[0];
  };

  it('malformed JSON', async () => {
    await expectCode(await post('{"query": '), 'VALIDATION_FAILED');
  });

  it('a syntax error in the query', async () => {
    await expectCode(await post(JSON.stringify({ query: '{ me { ' })), 'VALIDATION_FAILED');
  });

  it('an unknown field', async () => {
    const error = await expectCode(await post(JSON.stringify({ query: '{ nope }' })), 'VALIDATION_FAILED');
    expect(error?.message).toContain('nope');
  });

  it('a wrong variable type', async () => {
    const body = JSON.stringify({
      query: 'mutation ($e: String!) { login(email: $e, password: "x") { token } }',
      variables: { e: 42 },
    });
    await expectCode(await post(body), 'VALIDATION_FAILED');
  });

  it('a query deeper than the depth limit', async () => {
    // Today's schema is shallow (me > tenant > id is depth 3), so this server runs with a limit of 2.
    const shallow = await startTestServer({ limits: { maxDepth: 2 } });
    try {
      const response = await fetch(`${shallow.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { tenant { id } } }' }),
      });
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(body.errors[0]?.extensions.code).toBe('VALIDATION_FAILED');
      expect(body.errors[0]?.message).toMatch(/depth limit of 2/i);
    } finally {
      await shallow.close();
    }
  });

  it(`more than ${LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const error = await expectCode(
      await post(JSON.stringify({ query: `{ ${aliases} }` })),
      'VALIDATION_FAILED',
    );
    expect(error?.message).toMatch(/alias/i);
  });

  it(`a query costing more than ${LIMITS.maxCost}`, async () => {
    const fields = Array.from(
      { length: 300 },
      () => 'me { id email role plan tenant { id slug name } }',
    ).join(' ');
    const error = await expectCode(
      await post(JSON.stringify({ query: `{ ${fields} }` })),
      'VALIDATION_FAILED',
    );
    expect(error?.message).toMatch(/cost|token/i);
  });

  it(`a document of more than ${LIMITS.maxTokens} tokens`, async () => {
    const query = `{ me { ${'id '.repeat(LIMITS.maxTokens + 10)}} }`;
    const error = await expectCode(await post(JSON.stringify({ query })), 'VALIDATION_FAILED');
    expect(error?.message).toMatch(/token/i);
  });

  it(`a body over ${LIMITS.maxBodyBytes} bytes gets 413`, async () => {
    const response = await post(
      JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(LIMITS.maxBodyBytes)}` }),
    );
    expect(response.status).toBe(413);
    await expectCode(response, 'VALIDATION_FAILED');
  });

  it('a POST without Content-Length (a chunked body) gets 411', async () => {
    const chunk = new TextEncoder().encode(JSON.stringify({ query: '{ me { id } }' }));
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...csrfHeaders },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(response.status).toBe(411);
    await expectCode(response, 'VALIDATION_FAILED');
  });

  it('a request without the CSRF header that a browser could send cross-site is refused', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(403);
    const ok = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: csrfHeaders,
    });
    expect(ok.status).toBe(200);
  });
});

describe('introspection and GraphiQL outside production', () => {
  it('serves GraphiQL to a browser at /graphql', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Augur GraphQL');
  });

  it('answers introspection and suggests field names', async () => {
    const intro = await server.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(intro.data?.__schema.queryType.name).toBe('Query');
    const typo = await server.gql('{ mee { id } }');
    expect(typo.errors?.[0]?.message).toContain('Did you mean');
  });
});

describe('in production', () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => prod.close());

  it('refuses introspection to anonymous callers', async () => {
    const { errors } = await prod.gql('{ __schema { queryType { name } } }');
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('allows introspection to a signed-in caller', async () => {
    const t = await createTestTenant(prod);
    const { data, errors } = await prod.gql('{ __schema { queryType { name } } }', {
      token: t.accounts.ops.token,
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('gives no field suggestions', async () => {
    const { errors } = await prod.gql('{ mee { id } }');
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('serves no GraphiQL', async () => {
    const response = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html', ...csrfHeaders } });
    expect(await response.text()).not.toContain('Augur GraphQL');
  });
});
