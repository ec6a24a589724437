// Conditional GET of snapshot queries through the real server: ETag on GET answers, 304 on repeat with no
// evaluation, a new tag after a flag edit or an entitlement change, tags per caller and context, POST and
// errors never tagged or answered 304.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../server/app/yoga.js';
import type { Overlays } from '../server/evaluation/definitions.js';
import { FakeOverlaySource } from '../server/flags/fake-overlay-source.js';
import { CREATE_FLAG, premiumOnly, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { entitle } from './helpers/tenant-settings.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const SNAPSHOT = 'configRevision flags { key enabled variant reason revision }';
const EVALUATE = `query ($c: EvaluationContextInput!, $keys: [String!]) { evaluateFlags(context: $c, keys: $keys) { ${SNAPSHOT} } }`;
const MINE = `query ($c: ClientContextInput, $keys: [String!]) { myFlags(context: $c, keys: $keys) { ${SNAPSHOT} } }`;
const ACCEPT = 'application/graphql-response+json, application/json';

interface Flag {
  key: string;
  enabled: boolean;
  reason: string;
}

interface Answer {
  status: number;
  etag: string | null;
  cacheControl: string | null;
  text: string;
  flags: Flag[] | undefined;
  codes: string[];
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  const body = text
    ? (JSON.parse(text) as {
        data?: Record<string, { flags: Flag[] } | null> | null;
        errors?: { extensions: { code: string } }[];
      })
    : {};
  const snapshot = body.data?.evaluateFlags ?? body.data?.myFlags ?? undefined;
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    text,
    flags: snapshot?.flags,
    codes: (body.errors ?? []).map((e) => e.extensions.code),
  };
}

function getter(server: () => TestServer) {
  return async (
    query: string,
    variables: Record<string, unknown>,
    token: string | undefined,
    ifNoneMatch?: string,
  ): Promise<Answer> => {
    const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    const response = await fetch(`${server().url}/graphql?${params}`, {
      headers: {
        accept: ACCEPT,
        [CSRF_HEADER]: '1',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}),
      },
    });
    return answerOf(response);
  };
}

const revisionOf = (tag: string | null) => Number(tag?.match(/^"(\d+)-/)?.[1]);

let server: TestServer;
let tenant: TestTenant;
let keySecret: string;
let otherKeySecret: string;
const flag = uniqueKey('etag');
const get = getter(() => server);

/**
 * A fresh tag and, with it, 304. Other test files may write configuration to a shared PostgreSQL database
 * between the two requests: a 200 is accepted only when its tag shows a newer revision, then it tries again.
 */
async function expectNotModified(query: string, variables: Record<string, unknown>, token: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const first = await get(query, variables, token);
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^"\d+-[A-Za-z0-9_-]+"$/);
    const again = await get(query, variables, token, first.etag ?? '');
    if (again.status === 304) {
      expect(again.text).toBe('');
      expect(again.etag).toBe(first.etag);
      expect(again.cacheControl).toBe('private, no-cache');
      return first;
    }
    expect(revisionOf(again.etag)).toBeGreaterThan(revisionOf(first.etag));
  }
  throw new Error('the configuration kept moving: no 304 in 5 attempts');
}

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  const created = await server.gql(CREATE_FLAG, {
    token: tenant.accounts.ops.token,
    variables: { key: flag, input: premiumOnly() },
  });
  expect(created.errors).toBeUndefined();
  const key = await server.app.services.apiKeys.create(tenant.id, 'etag', null);
  keySecret = key.secret;
  otherKeySecret = (await server.app.services.apiKeys.create(tenant.id, 'etag-other', null)).secret;
});
afterAll(() => server.close());

const premiumContext = { c: { userId: 'u-1', plan: 'premium' }, keys: [flag] };

describe('a GET snapshot answer', () => {
  it('carries a private, no-cache ETag, and the same request with it gets 304 with no body', async () => {
    const evaluated = await expectNotModified(EVALUATE, premiumContext, keySecret);
    expect(evaluated.cacheControl).toBe('private, no-cache');
    expect(evaluated.flags).toEqual([expect.objectContaining({ key: flag, enabled: true })]);
    const mine = await expectNotModified(MINE, { keys: [flag] }, tenant.accounts.premium.token);
    expect(mine.flags).toEqual([expect.objectContaining({ key: flag, enabled: true })]);
  });

  it('gets a new tag and a 200 with the new results after the flag is edited', async () => {
    const key = uniqueKey('etag_edit');
    await server.gql(CREATE_FLAG, {
      token: tenant.accounts.ops.token,
      variables: { key, input: premiumOnly() },
    });
    const variables = { c: { userId: 'u-2', plan: 'premium' }, keys: [key] };
    const before = await expectNotModified(EVALUATE, variables, keySecret);
    const killed = await server.gql(SET_ENABLED, {
      token: tenant.accounts.ops.token,
      variables: { key, enabled: false, reason: 'etag test' },
    });
    expect(killed.errors).toBeUndefined();
    const after = await get(EVALUATE, variables, keySecret, before.etag ?? '');
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(after.flags).toEqual([expect.objectContaining({ key, enabled: false, reason: 'DISABLED' })]);
  });

  it("gets a new tag after an entitlement change for the caller's tenant", async () => {
    const key = uniqueKey('etag_ent');
    await server.gql(CREATE_FLAG, {
      token: tenant.accounts.ops.token,
      variables: { key, input: premiumOnly() },
    });
    const variables = { c: { userId: 'u-3', plan: 'premium' }, keys: [key] };
    const before = await expectNotModified(EVALUATE, variables, keySecret);
    await entitle(server, tenant.accounts.platform.token, tenant.id, key, 'OFF');
    const after = await get(EVALUATE, variables, keySecret, before.etag ?? '');
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(after.flags).toEqual([expect.objectContaining({ key, enabled: false, reason: 'ENTITLEMENT' })]);
  });

  it('has a tag of its own per caller and per context, and one caller’s tag is not current for another', async () => {
    const user = await get(MINE, { keys: [flag] }, tenant.accounts.user.token);
    const premium = await get(MINE, { keys: [flag] }, tenant.accounts.premium.token);
    expect(user.etag).toBeTruthy();
    expect(premium.etag).toBeTruthy();
    expect(user.etag).not.toBe(premium.etag);
    const borrowed = await get(MINE, { keys: [flag] }, tenant.accounts.premium.token, user.etag ?? '');
    expect(borrowed.status).toBe(200);
    expect(borrowed.flags).toEqual([expect.objectContaining({ enabled: true })]);

    const withCountry = await get(MINE, { keys: [flag], c: { country: 'FR' } }, tenant.accounts.user.token);
    expect(withCountry.etag).not.toBe(user.etag);

    const one = await get(EVALUATE, premiumContext, keySecret);
    const other = await get(EVALUATE, { ...premiumContext, c: { userId: 'u-9', plan: 'free' } }, keySecret);
    const otherKey = await get(EVALUATE, premiumContext, otherKeySecret);
    expect(new Set([one.etag, other.etag, otherKey.etag]).size).toBe(3);
    const crossKey = await get(EVALUATE, premiumContext, otherKeySecret, one.etag ?? '');
    expect(crossKey.status).toBe(200);
  });

  it('is not answered 304 for If-None-Match: *', async () => {
    const answer = await get(EVALUATE, premiumContext, keySecret, '*');
    expect(answer.status).toBe(200);
    expect(answer.flags).toHaveLength(1);
  });
});

describe('never 304, never tagged', () => {
  it('a POST, even with the current tag', async () => {
    const { etag } = await get(EVALUATE, premiumContext, keySecret);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: ACCEPT,
        authorization: `Bearer ${keySecret}`,
        'if-none-match': etag ?? '',
      },
      body: JSON.stringify({ query: EVALUATE, variables: premiumContext }),
    });
    const answer = await answerOf(response);
    expect(answer.status).toBe(200);
    expect(answer.etag).toBeNull();
    expect(answer.flags).toHaveLength(1);
  });

  it('an answer with errors: refused scope, invalid arguments, no credential', async () => {
    const forbidden = await get(EVALUATE, premiumContext, tenant.accounts.user.token);
    expect(forbidden.codes).toEqual(['FORBIDDEN']);
    expect(forbidden.etag).toBeNull();
    const invalid = await get(EVALUATE, { ...premiumContext, keys: ['x'.repeat(65)] }, keySecret);
    expect(invalid.codes).toEqual(['VALIDATION_FAILED']);
    expect(invalid.etag).toBeNull();
    const anonymous = await get(MINE, { keys: [flag] }, undefined);
    expect(anonymous.codes).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.etag).toBeNull();
    const malformed = await get(`${EVALUATE} {`, premiumContext, keySecret);
    expect(malformed.codes).toEqual(['VALIDATION_FAILED']);
    expect(malformed.etag).toBeNull();
  });

  it('a revoked key with the tag it was given gets 401, not 304', async () => {
    const { apiKey, secret } = await server.app.services.apiKeys.create(tenant.id, 'etag-revoked', null);
    const first = await expectNotModified(EVALUATE, premiumContext, secret);
    await server.app.services.apiKeys.revoke(tenant.id, apiKey.id, {
      actor: 'system',
      userId: null,
      requestId: 'etag-test',
    });
    const after = await get(EVALUATE, premiumContext, secret, first.etag ?? '');
    expect(after.status).toBe(401);
    expect(after.codes).toEqual(['UNAUTHENTICATED']);
    expect(after.etag).toBeNull();
  });
});

/** The fake overlay source, counting reads: every evaluation reads the tenant's overlays once. */
class CountingOverlays extends FakeOverlaySource {
  reads = 0;
  override overlaysFor(tenantId: string): Overlays {
    this.reads++;
    return super.overlaysFor(tenantId);
  }
}

describe('a 304', () => {
  const overlays = new CountingOverlays();
  let counted: TestServer;
  let countedTenant: TestTenant;
  const countedGet = getter(() => counted);

  beforeAll(async () => {
    counted = await startTestServer({ services: { overlays } });
    countedTenant = await createTestTenant(counted);
  });
  afterAll(() => counted.close());

  it('evaluates nothing, and a change of the tenant overlays (a guard trip) ends it', async () => {
    const token = countedTenant.accounts.premium.token;
    let first = await countedGet(MINE, {}, token);
    let before = overlays.reads;
    let notModified = false;
    // As above: a write to a shared database in between moves the tag; then try again.
    for (let attempt = 0; attempt < 5; attempt++) {
      first = await countedGet(MINE, {}, token);
      expect(first.status).toBe(200);
      before = overlays.reads;
      const repeat = await countedGet(MINE, {}, token, first.etag ?? '');
      notModified = repeat.status === 304;
      if (notModified) break;
      expect(revisionOf(repeat.etag)).toBeGreaterThan(revisionOf(first.etag));
    }
    expect(notModified).toBe(true);
    expect(overlays.reads).toBe(before);
    // The counter does see evaluations: the same query by POST reads the overlays.
    await counted.gql(MINE, { token });
    expect(overlays.reads).toBeGreaterThan(before);

    overlays.setGuard(uniqueKey('guarded'), true);
    const afterTrip = await countedGet(MINE, {}, token, first.etag ?? '');
    expect(afterTrip.status).toBe(200);
    expect(afterTrip.etag).not.toBe(first.etag);
  });
});

describe('a POSTed snapshot query', () => {
  /** The lane in front of yoga takes only the plain shape; with `extensions` the same request goes to yoga. */
  async function post(body: Record<string, unknown>, headers: Record<string, string>) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${keySecret}`, ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      text: await response.text(),
    };
  }

  it.each([
    ['no Accept', {}],
    ['*/*', { accept: '*/*' }],
    ['application/json', { accept: 'application/json' }],
    ['graphql-response+json first', { accept: ACCEPT }],
    ['graphql-response+json only', { accept: 'application/graphql-response+json' }],
  ])('answers as yoga does (%s)', async (_name, headers: Record<string, string>) => {
    const request = { query: EVALUATE, variables: premiumContext };
    const lane = await post(request, headers);
    const viaYoga = await post({ ...request, extensions: {} }, headers);
    expect(lane.status).toBe(200);
    expect(lane).toEqual(viaYoga);
    expect(JSON.parse(lane.text).data.evaluateFlags.flags).toEqual([
      expect.objectContaining({ key: flag, enabled: true }),
    ]);
  });

  it('with an error answers as yoga does too (invalid argument, refused scope, no credential)', async () => {
    const invalid = { query: EVALUATE, variables: { ...premiumContext, keys: ['x'.repeat(65)] } };
    const lane = await post(invalid, { accept: ACCEPT });
    const viaYoga = await post({ ...invalid, extensions: {} }, { accept: ACCEPT });
    expect(lane.status).toBe(viaYoga.status);
    expect(JSON.parse(lane.text).errors[0].extensions.code).toBe('VALIDATION_FAILED');
    const forbidden = await post(
      { query: EVALUATE, variables: premiumContext },
      { authorization: `Bearer ${tenant.accounts.user.token}`, accept: ACCEPT },
    );
    expect(JSON.parse(forbidden.text).errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await post({ query: MINE, variables: {} }, { authorization: '', accept: ACCEPT });
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
