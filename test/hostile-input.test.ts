// Hostile input gets a coded 4xx, never INTERNAL: NUL characters, malformed GET parameters, bad scalars, odd tokens.
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_FORBIDDEN } from '../server/app/websocket.js';
import { EnvironmentGate, type OverlaySource } from '../server/flags/overlay-source.js';
import { createLogger } from '../server/platform/logger.js';
import { CREATE_FLAG, MY_FLAGS, premiumOnly, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  csrfHeaders,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { connect, execute } from './helpers/ws-client.js';

const SECRET = randomBytes(32).toString('hex');
let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startTestServer({ env: { AUGUR_JWT_SECRET: SECRET } });
  tenant = await createTestTenant(server);
});
afterAll(() => server.close());

const ops = () => tenant.accounts.ops.token;

/** A token signed with the server's own secret, so only its claims can be wrong. */
const signToken = (claims: { sub: string; tid: string; exp: number }) =>
  new SignJWT({ tid: claims.tid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer('augur')
    .setIssuedAt()
    .setExpirationTime(claims.exp)
    .sign(new TextEncoder().encode(SECRET));

const fields = (error: { extensions: Record<string, unknown> } | undefined) =>
  (error?.extensions.fields as { path: string }[] | undefined)?.map((f) => f.path);

describe('a NUL character in any string argument or input field', () => {
  it('is VALIDATION_FAILED on login, before sign-in, with the argument as path', async () => {
    const { status, errors } = await server.gql(
      'mutation ($e: String!) { login(email: $e, password: "x") { token } }',
      { variables: { e: 'a\u0000@example.com' } },
    );
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(fields(errors?.[0])).toEqual(['email']);
  });

  it('is VALIDATION_FAILED in a literal too', async () => {
    const { errors } = await server.gql(
      'mutation { login(email: "a@b.c", password: "x", tenant: "t\\u0000") { token } }',
    );
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(fields(errors?.[0])).toEqual(['tenant']);
  });

  it('names the nested path inside an input object and a list', async () => {
    const { errors } = await server.gql(CREATE_FLAG, {
      token: ops(),
      variables: {
        key: uniqueKey('nul'),
        input: premiumOnly({ targets: [{ variant: 'on', userIds: ['ok', 'bad\u0000'] }] }),
      },
    });
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(fields(errors?.[0])).toEqual(['input.targets.0.userIds.1']);
  });

  it('is found inside JSON values, in keys and in strings', async () => {
    for (const attributes of [{ 'k\u0000': 1 }, { k: ['x', 'y\u0000'] }]) {
      const { errors } = await server.gql(
        'query ($a: JSON) { myFlags(context: { attributes: $a }) { configRevision } }',
        { token: tenant.accounts.user.token, variables: { a: attributes } },
      );
      expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
      expect(fields(errors?.[0])?.[0]).toMatch(/^context\.attributes\./);
    }
  });
});

describe('malformed GET parameters', () => {
  it.each([
    ['variables that are not JSON', 'variables=['],
    ['variables that are a JSON array', 'variables=%5B1%5D'],
    ['variables that are a JSON number', 'variables=1'],
    ['extensions that are not JSON', 'extensions=%7B'],
    ['extensions that are a JSON string', 'extensions=%22x%22'],
  ])('%s are a 400 VALIDATION_FAILED', async (_name, parameter) => {
    const response = await fetch(`${server.url}/graphql?query=%7B__typename%7D&${parameter}`, {
      headers: { accept: 'application/json', ...csrfHeaders },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      requestId: response.headers.get('x-request-id'),
    });
  });
});

describe('bad scalar values', () => {
  const AUDIT = 'query ($s: DateTime) { auditEvents(since: $s) { items { id } } }';

  it.each([
    ['an object', { a: 1 }],
    ['an array', ['2026-01-01']],
    ['a boolean', true],
    ['a number', 1767225600000],
    ['a date-time without an offset', '2026-01-01T00:00'],
    ['a non-date string', 'yesterday'],
  ])('a DateTime given as %s is VALIDATION_FAILED', async (_name, value) => {
    const { status, errors } = await server.gql(AUDIT, { token: ops(), variables: { s: value } });
    expect(status).toBeLessThan(500);
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });

  it('a DateTime literal that is an object is VALIDATION_FAILED', async () => {
    const { errors } = await server.gql('{ auditEvents(since: { a: 1 }) { items { id } } }', {
      token: ops(),
    });
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });

  it('a JSON literal naming an undefined variable is VALIDATION_FAILED', async () => {
    const { errors } = await server.gql(
      '{ myFlags(context: { attributes: { a: $nope } }) { configRevision } }',
      {
        token: tenant.accounts.user.token,
      },
    );
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('a validly signed token with an unusable subject', () => {
  const exp = () => Math.floor(Date.now() / 1000) + 600;

  it.each([
    ['a subject that is not a uuid', 'not-a-uuid', () => tenant.id],
    ['a tenant that is not a uuid', '00000000-0000-4000-8000-000000000000', () => 'acme'],
  ])('%s is UNAUTHENTICATED over HTTP', async (_name, sub, tid) => {
    const token = await signToken({ sub, tid: tid(), exp: exp() });
    const { status, errors } = await server.gql('{ me { id } }', { token });
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('closes the socket with 4403', async () => {
    const token = await signToken({ sub: 'not-a-uuid', tid: tenant.id, exp: exp() });
    const { client, closed } = connect(server.wsUrl, token);
    expect(await closed).toBe(CLOSE_FORBIDDEN);
    await client.dispose();
  });
});

describe('a session token expiring beyond a timer range (2^31-1 ms, 24.8 days)', () => {
  it('keeps its socket open and answering', async () => {
    const in30Days = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
    const token = await signToken({ sub: tenant.accounts.user.id, tid: tenant.id, exp: in30Days });
    const { client, closed } = connect(server.wsUrl, token);
    let closedWith: number | undefined;
    void closed.then((code) => {
      closedWith = code;
    });
    // Two round trips: a timer that overflowed (to 1 ms) fires long before the second answer.
    for (let i = 0; i < 2; i += 1) {
      const result = await execute(client, '{ me { id } }');
      expect(result.errors).toBeUndefined();
    }
    expect(closedWith).toBeUndefined();
    await client.dispose();
  });
});

describe('scopes before argument rules', () => {
  const PAGED = '{ flagRevisions(key: "k", first: 0) { revision } }';

  it('an anonymous caller gets UNAUTHENTICATED, not the rule', async () => {
    const { errors } = await server.gql(PAGED);
    expect(errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(errors)).not.toMatch(/200|first/);
  });

  it('an anonymous caller gets UNAUTHENTICATED before the NUL rule on a mutation', async () => {
    const { errors } = await server.gql(CREATE_FLAG, {
      variables: { key: 'a\u0000', input: premiumOnly(), reason: 'x'.repeat(600) },
    });
    expect(errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('a signed-in caller without the role gets FORBIDDEN, not the rule', async () => {
    const { errors } = await server.gql(PAGED, { token: tenant.accounts.user.token });
    expect(errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it('a caller with the role still gets the rule, with its path', async () => {
    const { errors } = await server.gql(PAGED, { token: ops() });
    expect(errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(fields(errors?.[0])).toEqual(['first']);
  });
});

describe('every refusal over plain HTTP carries a JSON body with a code', () => {
  const expectCoded = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions.code).toMatch(/^[A-Z_]+$/);
    expect(body.errors[0]?.extensions.requestId).toBe(response.headers.get('x-request-id'));
    return body.errors[0]?.extensions.code;
  };

  it('415 for an unsupported content type', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml', ...csrfHeaders },
      body: '<query/>',
    });
    expect(await expectCoded(response, 415)).toBe('VALIDATION_FAILED');
  });

  it('405 for a method GraphQL does not take', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'PUT',
      headers: csrfHeaders,
      body: '{}',
    });
    expect(await expectCoded(response, 405)).toBe('VALIDATION_FAILED');
  });

  it('405 for a mutation over GET', async () => {
    const query = encodeURIComponent('mutation { login(email: "a@b.c", password: "x") { token } }');
    const response = await fetch(`${server.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', ...csrfHeaders },
    });
    expect(await expectCoded(response, 405)).toBe('VALIDATION_FAILED');
  });

  it('400 for a JSON body that is not an object', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '"just a string"',
    });
    expect(await expectCoded(response, 400)).toBe('VALIDATION_FAILED');
  });

  it('400 for a GET without a query', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      headers: { accept: 'application/graphql-response+json', ...csrfHeaders },
    });
    expect(await expectCoded(response, 400)).toBe('VALIDATION_FAILED');
  });

  it('403 for a request a browser could forge cross-site', async () => {
    const response = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'application/json' },
    });
    expect(await expectCoded(response, 403)).toBe('VALIDATION_FAILED');
  });

  it('406 for a response type the server cannot give', async () => {
    const response = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'text/xml', ...csrfHeaders },
    });
    expect(await expectCoded(response, 406)).toBe('VALIDATION_FAILED');
  });

  it('431 for a URL larger than the HTTP parser takes', async () => {
    const response = await fetch(`${server.url}/graphql?query=${'x'.repeat(20_000)}`, {
      headers: csrfHeaders,
    });
    expect(await expectCoded(response, 431)).toBe('VALIDATION_FAILED');
  });

  it('404 for an unknown path under /graphql', async () => {
    const response = await fetch(`${server.url}/graphql/nope`, { headers: csrfHeaders });
    expect(await expectCoded(response, 404)).toBe('NOT_FOUND');
  });
});

describe('an unexpected error', () => {
  it('is logged once, with its request id, and masked as INTERNAL', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
    const gate = new EnvironmentGate([]);
    let brokenTenant = '';
    const overlays: OverlaySource = {
      overlaysFor: (tenantId) => {
        if (tenantId === brokenTenant) throw new Error('overlay source exploded');
        return gate.overlaysFor();
      },
      onChange: () => () => undefined,
    };
    const broken = await startTestServer({ logger, services: { overlays } });
    try {
      const t = await createTestTenant(broken);
      brokenTenant = t.id;
      const { errors } = await broken.gql(MY_FLAGS, {
        token: t.accounts.user.token,
        headers: { 'x-request-id': 'req-unexpected-0001' },
      });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL', requestId: 'req-unexpected-0001' });
      expect(errors?.[0]?.message).not.toContain('exploded');
      const errorLines = lines.filter((line) => line.level === 'error');
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatchObject({ requestId: 'req-unexpected-0001' });
      expect(JSON.stringify(errorLines[0])).toContain('overlay source exploded');
    } finally {
      await broken.close();
    }
  });
});
