// Instant revocation: a revoked key, a disabled, deleted or demoted account loses its open WebSocket and SSE
// streams within a second, on the instance that made the change and on another one sharing the database
// (which learns it from the account change log, with or without Redis); a plan change re-evaluates instead.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/auth/password.js';
import { CREATE_FLAG, premiumOnly, uniqueKey } from './helpers/flags.js';
import { openSse } from './helpers/sse-client.js';
import {
  createTestTenant,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { connect, subscribe } from './helpers/ws-client.js';

const WITHIN_MS = 1000;
const MY_UPDATES = `subscription ($keys: [String!]) {
  myFlagUpdates(keys: $keys) { configRevision full flags { key enabled reason } }
}`;
const KEY_UPDATES = `subscription ($keys: [String!]) {
  flagUpdates(context: { userId: "partner-user" }, keys: $keys) { full flags { key enabled } }
}`;
type MyUpdate = {
  myFlagUpdates: { full: boolean; flags: { key: string; enabled: boolean; reason: string }[] };
};

let a: TestServer;
let b: TestServer;
let tenant: TestTenant;
let flagKey: string;

beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({ instanceOf: a });
  tenant = await createTestTenant(a);
  flagKey = uniqueKey('revoke');
  const created = await a.gql(CREATE_FLAG, {
    token: tenant.accounts.ops.token,
    variables: { key: flagKey, input: premiumOnly() },
  });
  expect(created.errors).toBeUndefined();
});

afterAll(async () => {
  await b?.close();
  await a?.close();
});

/** Resolves with the value, or fails when it takes longer than WITHIN_MS from now. */
async function within<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${WITHIN_MS} ms`)), WITHIN_MS);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A fresh account of the test tenant, signed in. */
async function newAccount(role: 'user' | 'ops', plan: 'free' | 'premium' = 'free') {
  const email = `${uniqueKey(role)}@${tenant.slug}.test`;
  // Staff accounts live in the operator tenant.
  const tenantId = role === 'ops' ? tenant.operatorId : tenant.id;
  const user = await a.app.services.users.ensure({
    tenantId,
    email,
    role,
    plan,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  const { token } = await a.app.services.auth.login({ email, password: TEST_PASSWORD, address: 'seed' });
  return { id: user.id, tenantId, email, token };
}

const platform = () => tenant.accounts.platform.token;

async function changeAccount(
  mutation: string,
  account: { id: string; tenantId: string },
  extra: Record<string, unknown> = {},
) {
  const extraArgs = Object.keys(extra);
  const query = `mutation ($t: ID!, $u: ID!, $r: String!${extraArgs.map((k) => `, $${k}: ${k === 'role' ? 'Role!' : 'Plan!'}`).join('')}) {
    user: ${mutation}(tenantId: $t, userId: $u, reason: $r${extraArgs.map((k) => `, ${k}: $${k}`).join('')}) { id role plan disabledAt }
  }`;
  const result = await a.gql<{ user: { role: string; plan: string; disabledAt: string | null } }>(query, {
    token: platform(),
    variables: { t: account.tenantId, u: account.id, r: 'revocation test', ...extra },
  });
  expect(result.errors).toBeUndefined();
  return result.data?.user;
}

describe.each([
  ['the same instance', () => a],
  ['another instance', () => b],
])('streams held on %s', (_where, holder) => {
  it('a revoked API key: its socket closes with 4403 and its SSE stream ends UNAUTHENTICATED', async () => {
    const created = await a.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation ($t: ID!) { createApiKey(tenantId: $t, name: "partner") { secret apiKey { id } } }',
      { token: platform(), variables: { t: tenant.id } },
    );
    const { secret, apiKey } = created.data?.createApiKey ?? { secret: '', apiKey: { id: '' } };
    const socket = connect(holder().wsUrl, secret);
    const updates = subscribe(socket.client, KEY_UPDATES, { keys: [flagKey] });
    await updates.next();
    const sse = await openSse(holder().url, KEY_UPDATES, { keys: [flagKey] }, secret);
    await sse.next();

    const revoked = await a.gql(
      'mutation ($t: ID!, $id: ID!) { revokeApiKey(tenantId: $t, id: $id) { id } }',
      {
        token: platform(),
        variables: { t: tenant.id, id: apiKey.id },
      },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await within('socket close', socket.closed)).toBe(4403);
    expect(await within('SSE end', sse.ended)).toEqual(['UNAUTHENTICATED']);
  });

  it('a disabled account: streams end, sign-in is refused until it is enabled again', async () => {
    const account = await newAccount('user');
    const socket = connect(holder().wsUrl, account.token);
    const updates = subscribe<MyUpdate>(socket.client, MY_UPDATES, { keys: [flagKey] });
    await updates.next();
    const sse = await openSse<MyUpdate>(holder().url, MY_UPDATES, { keys: [flagKey] }, account.token);
    await sse.next();

    expect((await changeAccount('disableUser', account))?.disabledAt).toBeTruthy();
    expect(await within('socket close', socket.closed)).toBe(4403);
    expect(await within('SSE end', sse.ended)).toEqual(['UNAUTHENTICATED']);

    const login = `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    const refused = await holder().gql(login, { variables: { e: account.email, p: TEST_PASSWORD } });
    expect(refused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const stale = await holder().gql('{ me { id } }', { token: account.token });
    expect(stale.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    await changeAccount('enableUser', account);
    const again = await holder().gql(login, { variables: { e: account.email, p: TEST_PASSWORD } });
    expect(again.errors).toBeUndefined();
  });

  it('a demoted ops account: its socket closes and its ops feed over SSE ends', async () => {
    const account = await newAccount('ops');
    const socket = connect(holder().wsUrl, account.token);
    const updates = subscribe<MyUpdate>(socket.client, MY_UPDATES, { keys: [flagKey] });
    await updates.next();
    const feed = await openSse(holder().url, 'subscription { flagChanges { key } }', {}, account.token);

    expect((await changeAccount('setUserRole', account, { role: 'USER' }))?.role).toBe('USER');
    expect(await within('socket close', socket.closed)).toBe(4403);
    expect(await within('SSE end', feed.ended)).toEqual(['UNAUTHENTICATED']);
    const audit = await a.gql<{ auditEvents: { items: { action: string; targetKey: string }[] } }>(
      'query ($k: String) { auditEvents(targetKey: $k) { items { action targetKey } } }',
      { token: tenant.accounts.support.token, variables: { k: account.id } },
    );
    expect(audit.data?.auditEvents.items.map((n) => n.action)).toEqual(['USER_ROLE']);
  });

  it('an account deleted by hand in SQL: its socket closes (the change log carries it)', async () => {
    const account = await newAccount('user');
    const socket = connect(holder().wsUrl, account.token);
    const updates = subscribe<MyUpdate>(socket.client, MY_UPDATES, { keys: [flagKey] });
    await updates.next();
    await sql`delete from users where id = ${account.id}`.execute(a.app.database.db);
    // No event crossed: the other instance learns it from the log it polls every 500 ms.
    expect(await within('socket close', socket.closed)).toBe(4403);
  });

  it('a plan change keeps the stream and sends the flags it changes', async () => {
    const account = await newAccount('user', 'free');
    const socket = connect(holder().wsUrl, account.token);
    const updates = subscribe<MyUpdate>(socket.client, MY_UPDATES, { keys: [flagKey] });
    expect((await updates.next()).myFlagUpdates.flags[0]?.enabled).toBe(false);

    await changeAccount('setUserPlan', account, { plan: 'PREMIUM' });
    const update = await within('re-evaluation', updates.next());
    expect(update.myFlagUpdates).toMatchObject({ full: false, flags: [{ key: flagKey, enabled: true }] });
    socket.client.dispose();
  });
});

it('refuses to let platform staff disable or demote themselves, and staff roles in customer tenants', async () => {
  const self = await a.gql(
    'mutation ($t: ID!, $u: ID!) { disableUser(tenantId: $t, userId: $u, reason: "oops") { id } }',
    { token: platform(), variables: { t: tenant.operatorId, u: tenant.accounts.platform.id } },
  );
  expect(self.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  const other = await createTestTenant(a);
  const staff = await a.gql(
    'mutation ($t: ID!, $u: ID!) { setUserRole(tenantId: $t, userId: $u, role: OPS, reason: "x") { id } }',
    { token: platform(), variables: { t: other.id, u: other.accounts.user.id } },
  );
  expect(staff.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
});
