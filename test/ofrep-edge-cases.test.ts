// OFREP refusals over raw HTTP: credentials, bodies, contexts and keys no provider would send are 4xx with
// OFREP's error codes and schemas, never a 500; a NUL character or a hostile body is a 400.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlag, FLAG_INPUTS, issueApiKey, type OfrepReply, ofrepPost } from './helpers/ofrep.js';
import { expectOfrep } from './helpers/ofrep-schemas.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const BULK = '/ofrep/v1/evaluate/flags';
const single = (key: string) => `/ofrep/v1/evaluate/flags/${key}`;

let server: TestServer;
let tenant: TestTenant;
let key: string;
let flag: string;
let asKey: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  key = await issueApiKey(server, tenant);
  asKey = { 'x-api-key': key };
  flag = await createFlag(server, tenant.accounts.ops.token, 'edge', FLAG_INPUTS.boolean);
});
afterAll(() => server.close());

/** A refusal from the single-flag endpoint: the status, OFREP's code, and a body of OFREP's shape. */
function expectSingleRefusal(reply: OfrepReply, status: number, errorCode: string): void {
  expect({ status: reply.status, errorCode: reply.body?.errorCode }).toEqual({ status, errorCode });
  expectOfrep(status === 404 ? 'flagNotFound' : 'evaluationFailure', reply.body);
  expect(reply.body?.requestId).toBe(reply.headers.get('x-request-id'));
}

function expectBulkRefusal(reply: OfrepReply, status: number, errorCode: string): void {
  expect({ status: reply.status, errorCode: reply.body?.errorCode }).toEqual({ status, errorCode });
  expectOfrep('bulkEvaluationFailure', reply.body);
}

describe('credentials', () => {
  it.each([
    ['none', {}],
    ['an unknown API key', { 'x-api-key': `ak_000000000000_${'x'.repeat(43)}` }],
    ['a session token in X-API-Key', { 'x-api-key': 'eyJhbGciOi.x.y' }],
    ['a malformed bearer', { authorization: 'Bearer' }],
  ])('%s: 401 on both evaluation endpoints', async (_name, headers: Record<string, string>) => {
    const body = { context: { targetingKey: 'u' } };
    const one = await ofrepPost(server, single(flag), body, headers);
    const all = await ofrepPost(server, BULK, body, headers);
    expect([one.status, all.status]).toEqual([401, 401]);
    expect(one.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses two different credentials, accepts the key as a bearer', async () => {
    const both = { 'x-api-key': key, authorization: `Bearer ${tenant.accounts.user.token}` };
    expect((await ofrepPost(server, BULK, {}, both)).status).toBe(401);
    const bearer = await ofrepPost(
      server,
      single(flag),
      { context: { targetingKey: 'u' } },
      {
        authorization: `Bearer ${key}`,
      },
    );
    expect(bearer.status).toBe(200);
    expectOfrep('serverEvaluationSuccess', bearer.body);
  });
});

describe('bodies and contexts', () => {
  const deep = `{"context":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
  it.each([
    ['invalid JSON', 'PARSE_ERROR', '{"context": '],
    ['a JSON array', 'PARSE_ERROR', '[1,2]'],
    ['a string context', 'INVALID_CONTEXT', '{"context":"u"}'],
    ['no targetingKey for an API key', 'TARGETING_KEY_MISSING', '{"context":{"country":"NL"}}'],
    ['an empty targetingKey', 'TARGETING_KEY_MISSING', '{"context":{"targetingKey":""}}'],
    ['a NUL in a value', 'INVALID_CONTEXT', '{"context":{"targetingKey":"a\\u0000b"}}'],
    ['a NUL in an attribute name', 'INVALID_CONTEXT', '{"context":{"targetingKey":"u","x\\u0000":1}}'],
    ['a context nested 5000 deep', 'INVALID_CONTEXT', deep],
    ['a number as country', 'INVALID_CONTEXT', '{"context":{"targetingKey":"u","country":31}}'],
    ['a userId beside targetingKey', 'INVALID_CONTEXT', '{"context":{"targetingKey":"u","userId":"v"}}'],
    ['another tenant', 'INVALID_CONTEXT', '{"context":{"targetingKey":"u","tenantId":"someone-else"}}'],
    ['60 attributes', 'INVALID_CONTEXT', JSON.stringify({ context: { targetingKey: 'u', ...many(60) } })],
  ])('%s: 400 %s', async (_name, code, body) => {
    expectSingleRefusal(await ofrepPost(server, single(flag), body, asKey), 400, code);
    expectBulkRefusal(await ofrepPost(server, BULK, body, asKey), 400, code);
  });

  it('refuses invalid UTF-8, oversized bodies and other media types before reading a context', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    const utf8 = await fetch(`${server.url}${BULK}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asKey },
      body: bytes,
    });
    expect(utf8.status).toBe(400);
    const large = await ofrepPost(
      server,
      BULK,
      JSON.stringify({ context: { pad: 'x'.repeat(70_000) } }),
      asKey,
    );
    expect(large.status).toBe(413);
    const text = await ofrepPost(server, BULK, '{}', { ...asKey, 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ errorCode: 'GENERAL', code: 'VALIDATION_FAILED' });
  });

  it('keeps identity from the session: another targetingKey, a plan or a role is refused', async () => {
    const asUser = { authorization: `Bearer ${tenant.accounts.user.token}` };
    for (const context of [
      { targetingKey: tenant.accounts.premium.id },
      { plan: 'premium' },
      { role: 'ops' },
    ]) {
      expectSingleRefusal(await ofrepPost(server, single(flag), { context }, asUser), 400, 'INVALID_CONTEXT');
    }
    const own = await ofrepPost(server, BULK, { context: { targetingKey: tenant.accounts.user.id } }, asUser);
    expect(own.status).toBe(200);
    const none = await ofrepPost(server, BULK, {}, asUser);
    expect(none.status).toBe(200);
  });

  it('treats __proto__ and constructor as plain attribute names', async () => {
    const body = '{"context":{"targetingKey":"u","__proto__":{"polluted":true},"constructor":"x"}}';
    const reply = await ofrepPost(server, single(flag), body, asKey);
    expect(reply.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('paths and keys', () => {
  it('answers FLAG_NOT_FOUND for a key no flag has, and PARSE_ERROR for a NUL or broken encoding', async () => {
    const body = { context: { targetingKey: 'u' } };
    expectSingleRefusal(await ofrepPost(server, single('no_such_flag'), body, asKey), 404, 'FLAG_NOT_FOUND');
    expectSingleRefusal(await ofrepPost(server, single('Not A Key!'), body, asKey), 404, 'FLAG_NOT_FOUND');
    expectSingleRefusal(await ofrepPost(server, single('a%00b'), body, asKey), 400, 'PARSE_ERROR');
    expectSingleRefusal(await ofrepPost(server, single('%E0%A4%A'), body, asKey), 400, 'PARSE_ERROR');
  });

  it('refuses other methods with 405 and unknown OFREP paths with 404, all as JSON', async () => {
    const get = await fetch(`${server.url}${BULK}`, { headers: asKey });
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    const events = await ofrepPost(server, '/ofrep/v1/events', {}, asKey);
    expect(events.status).toBe(405);
    const unknown = await ofrepPost(server, '/ofrep/v1/configuration/x', {}, asKey);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('any JSON context', () => {
  it('is answered 200 or 400, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (context, bulk) => {
        const body = JSON.stringify({ context });
        const reply = await ofrepPost(server, bulk ? BULK : single(flag), body, asKey);
        expect([200, 400]).toContain(reply.status);
        if (reply.status === 400)
          expect(reply.body?.errorCode).toMatch(/^(INVALID_CONTEXT|TARGETING_KEY_MISSING)$/);
      }),
      { numRuns: 60 },
    );
  });
});

function many(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`a${i}`, i]));
}
