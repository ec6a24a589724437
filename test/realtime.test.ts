// Realtime over graphql-ws and SSE: a snapshot first, then only what changed for each client; replay on
// reconnect; the ops change feed; subscription auth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, type Evaluated, premiumOnly, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { connect, subscribe } from './helpers/ws-client.js';

const MY_UPDATES = `subscription ($keys: [String!], $since: Int) {
  myFlagUpdates(keys: $keys, sinceRevision: $since) { configRevision full flags { key enabled variant reason revision } }
}`;
type Update = { myFlagUpdates: { configRevision: number; full: boolean; flags: Evaluated[] } };

let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(() => server.close());

async function createFlag(key: string, input: Record<string, unknown> = premiumOnly()) {
  const { errors } = await server.gql(CREATE_FLAG, { token: ops, variables: { key, input } });
  expect(errors).toBeUndefined();
}

describe('myFlagUpdates over WebSocket', () => {
  it('sends the snapshot, then a kill within moments with the new reason and revision, then the re-enable', async () => {
    const key = uniqueKey('live');
    await createFlag(key);
    const { client } = connect(server.wsUrl, tenant.accounts.premium.token);
    const updates = subscribe<Update>(client, MY_UPDATES, { keys: [key] });
    const first = (await updates.next()).myFlagUpdates;
    expect(first.full).toBe(true);
    expect(first.flags).toEqual([
      { key, enabled: true, variant: 'on', reason: 'TARGETING_MATCH', revision: 1 },
    ]);

    const started = performance.now();
    await server.gql(SET_ENABLED, { token: ops, variables: { key, enabled: false, reason: 'incident' } });
    const killed = (await updates.next(2000)).myFlagUpdates;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(killed.full).toBe(false);
    expect(killed.configRevision).toBeGreaterThan(first.configRevision);
    expect(killed.flags).toEqual([{ key, enabled: false, variant: 'off', reason: 'DISABLED', revision: 2 }]);

    await server.gql(SET_ENABLED, { token: ops, variables: { key, enabled: true, reason: 'fixed' } });
    expect((await updates.next()).myFlagUpdates.flags).toEqual([
      { key, enabled: true, variant: 'on', reason: 'TARGETING_MATCH', revision: 3 },
    ]);
    updates.close();
    await client.dispose();
  });

  it('tells a client nothing when a change does not change its result', async () => {
    const segment = uniqueKey('seg');
    const key = uniqueKey('seg_gate');
    await server.gql(
      'mutation ($k: String!) { createSegment(key: $k, input: { included: [] }, reason: "test") { key } }',
      {
        token: ops,
        variables: { k: segment },
      },
    );
    await createFlag(
      key,
      premiumOnly({
        rules: [
          {
            id: 'seg',
            conditions: [{ operator: 'IN_SEGMENT', values: [segment] }],
            serve: { variant: 'on' },
          },
        ],
      }),
    );
    const { client } = connect(server.wsUrl, tenant.accounts.user.token);
    const updates = subscribe<Update>(client, MY_UPDATES, { keys: [key] });
    expect((await updates.next()).myFlagUpdates.flags[0]).toMatchObject({ enabled: false });

    // Someone else joins the segment: this user's result is unchanged, so nothing is sent.
    await server.gql(
      'mutation ($k: String!, $ids: [String!]!) { updateSegment(key: $k, expectedRevision: 1, input: { included: $ids }, reason: "test") { revision } }',
      {
        token: ops,
        variables: { k: segment, ids: [tenant.accounts.premium.id] },
      },
    );
    await server.app.services.fanOut.idle();
    expect(await updates.quiet(300)).toBe(true);

    // This user joins: now a message comes, and it is the first one since the snapshot.
    await server.gql(
      'mutation ($k: String!, $ids: [String!]!) { updateSegment(key: $k, expectedRevision: 2, input: { included: $ids }, reason: "test") { revision } }',
      {
        token: ops,
        variables: { k: segment, ids: [tenant.accounts.premium.id, tenant.accounts.user.id] },
      },
    );
    expect((await updates.next()).myFlagUpdates.flags).toEqual([
      { key, enabled: true, variant: 'on', reason: 'TARGETING_MATCH', revision: 1 },
    ]);
    updates.close();
    await client.dispose();
  });

  it('replays exactly what changed for the client since the revision it last saw', async () => {
    const changes = uniqueKey('replay_changes');
    const irrelevant = uniqueKey('replay_other');
    await createFlag(changes);
    await createFlag(irrelevant);
    const first = connect(server.wsUrl, tenant.accounts.premium.token);
    const live = subscribe<Update>(first.client, MY_UPDATES, { keys: [changes, irrelevant] });
    const seen = (await live.next()).myFlagUpdates.configRevision;
    live.close();
    await first.client.dispose();

    // While disconnected: a kill that matters, and an edit that does not change this user's result.
    await server.gql(SET_ENABLED, {
      token: ops,
      variables: { key: changes, enabled: false, reason: 'while away' },
    });
    await server.gql(
      'mutation ($k: String!, $input: FlagInput!) { updateFlag(key: $k, expectedRevision: 1, input: $input, reason: "test") { revision } }',
      {
        token: ops,
        variables: { k: irrelevant, input: premiumOnly({ description: 'reworded' }) },
      },
    );

    const again = connect(server.wsUrl, tenant.accounts.premium.token);
    const resumed = subscribe<Update>(again.client, MY_UPDATES, { keys: [changes, irrelevant], since: seen });
    const catchUp = (await resumed.next()).myFlagUpdates;
    expect(catchUp.full).toBe(false);
    expect(catchUp.configRevision).toBe(seen + 2);
    expect(catchUp.flags).toEqual([
      { key: changes, enabled: false, variant: 'off', reason: 'DISABLED', revision: 2 },
    ]);
    resumed.close();
    await again.client.dispose();
  });

  it('forgets subscribers and the keys they asked for when they leave', async () => {
    const fanOut = server.app.services.fanOut;
    // Earlier tests' streams are closed; wait until their clean-up has run.
    await expect.poll(() => fanOut.size).toBe(0);
    const before = { size: 0, keys: fanOut.indexedKeys };
    const { client } = connect(server.wsUrl, tenant.accounts.user.token);
    const keys = Array.from({ length: 50 }, (_, i) => `no_such_flag_${i}`);
    for (let round = 0; round < 5; round++) {
      const updates = subscribe<Update>(client, MY_UPDATES, { keys });
      await updates.next();
      expect(fanOut.indexedKeys).toBeGreaterThanOrEqual(before.keys + 50);
      updates.close();
    }
    await client.dispose();
    await expect.poll(() => ({ size: fanOut.size, keys: fanOut.indexedKeys })).toEqual(before);
  });

  it('sends a full snapshot to a client whose plan changed while it was away', async () => {
    // Found by test/model-based.test.ts: the delta from sinceRevision was computed under the new plan on both
    // sides, so a client away during its plan change kept the results of its old plan.
    const premiumFlag = uniqueKey('away_plan');
    const other = uniqueKey('away_other');
    await createFlag(premiumFlag);
    await createFlag(other, { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } });
    const fresh = await createTestTenant(server);
    const account = fresh.accounts;
    const first = connect(server.wsUrl, account.user.token);
    const live = subscribe<Update>(first.client, MY_UPDATES, { keys: [premiumFlag, other] });
    expect((await live.next()).myFlagUpdates.flags[0]).toMatchObject({ key: premiumFlag, enabled: false });
    // A change the client sees, so the revision it resumes from is after premiumFlag's last change.
    await server.gql(SET_ENABLED, { token: ops, variables: { key: other, enabled: false, reason: 'seen' } });
    const seen = (await live.next()).myFlagUpdates.configRevision;
    live.close();
    await first.client.dispose();

    const changed = await server.gql(
      'mutation ($t: ID!, $u: ID!) { setUserPlan(tenantId: $t, userId: $u, plan: PREMIUM, reason: "upgrade") { plan } }',
      { token: account.platform.token, variables: { t: fresh.id, u: account.user.id } },
    );
    expect(changed.errors).toBeUndefined();
    const again = connect(server.wsUrl, account.user.token);
    const resumed = subscribe<Update>(again.client, MY_UPDATES, { keys: [premiumFlag, other], since: seen });
    const catchUp = (await resumed.next()).myFlagUpdates;
    expect(catchUp.full).toBe(true);
    expect(Object.fromEntries(catchUp.flags.map((f) => [f.key, f.enabled]))).toEqual({
      [premiumFlag]: true,
      [other]: false,
    });
    resumed.close();
    await again.client.dispose();
  });

  it('sends a full snapshot when the client claims a revision from the future', async () => {
    const { client } = connect(server.wsUrl, tenant.accounts.premium.token);
    const updates = subscribe<Update>(client, MY_UPDATES, { since: 1_000_000_000 });
    const first = (await updates.next()).myFlagUpdates;
    expect(first.full).toBe(true);
    expect(first.flags.length).toBeGreaterThan(0);
    updates.close();
    await client.dispose();
  });
});

describe('session expiry', () => {
  it('closes the socket with 4403 and ends the stream when the token expires', async () => {
    const signer = (
      server.app.services.auth as unknown as {
        tokens: { sign(userId: string, tenantId: string, nowSeconds: number): Promise<string> };
      }
    ).tokens;
    // Issued so that it has about one second left.
    const nearlyExpired = await signer.sign(
      tenant.accounts.premium.id,
      tenant.id,
      Math.floor(Date.now() / 1000) - 12 * 3600 + 1,
    );
    const { client, closed } = connect(server.wsUrl, nearlyExpired);
    const updates = subscribe<Update>(client, MY_UPDATES);
    expect((await updates.next()).myFlagUpdates.full).toBe(true);
    expect(await closed).toBe(4403);
    await client.dispose();
  });
});

describe('other streams and their scopes', () => {
  it('flagChanges gives ops every committed change with actor, action and summary', async () => {
    const key = uniqueKey('feed');
    await createFlag(key);
    const { client } = connect(server.wsUrl, ops);
    // From the revision in force: a change committed before the subscription is set up is replayed, not lost.
    const feed = subscribe<{ flagChanges: Record<string, unknown> }>(
      client,
      'subscription ($since: Int) { flagChanges(sinceRevision: $since) { key action actor revision configRevision summary targetType } }',
      { since: server.app.services.evaluator.revision },
    );
    await server.gql(SET_ENABLED, { token: ops, variables: { key, enabled: false, reason: 'feed test' } });
    let change = (await feed.next()).flagChanges;
    while (change.key !== key) change = (await feed.next()).flagChanges;
    expect(change).toMatchObject({
      key,
      action: 'flag.disable',
      actor: `user:${tenant.accounts.ops.id}`,
      revision: 2,
      targetType: 'flag',
    });
    expect(change.summary).toContain('enabled');
    feed.close();
    await client.dispose();
  });

  it('flagUpdates streams a third party user inside the API key tenant', async () => {
    const key = uniqueKey('partner');
    await createFlag(key, premiumOnly());
    const apiKey = await server.app.services.apiKeys.create(tenant.id, 'stream', null);
    const { client } = connect(server.wsUrl, apiKey.secret);
    const updates = subscribe<{ flagUpdates: Update['myFlagUpdates'] }>(
      client,
      'subscription ($keys: [String!]) { flagUpdates(context: { userId: "p-1", plan: "premium" }, keys: $keys) { full flags { key enabled reason } } }',
      { keys: [key] },
    );
    expect((await updates.next()).flagUpdates).toEqual({
      full: true,
      flags: [{ key, enabled: true, reason: 'TARGETING_MATCH' }],
    });
    await server.gql(SET_ENABLED, { token: ops, variables: { key, enabled: false, reason: 'partner kill' } });
    expect((await updates.next()).flagUpdates.flags).toEqual([{ key, enabled: false, reason: 'DISABLED' }]);
    updates.close();
    await client.dispose();
  });

  it.each([
    ['anonymous myFlagUpdates', undefined, MY_UPDATES, 'UNAUTHENTICATED'],
    ['a user on flagChanges', 'user', 'subscription { flagChanges { key } }', 'FORBIDDEN'],
    ['ops on flagUpdates', 'ops', 'subscription { flagUpdates(context: {}) { full } }', 'FORBIDDEN'],
  ] as const)('refuses %s', async (_name, who, query, code) => {
    const { client } = connect(server.wsUrl, who ? tenant.accounts[who].token : undefined);
    const updates = subscribe(client, query);
    const errors = await updates.errors;
    expect(errors?.[0]?.extensions?.code).toBe(code);
    await client.dispose();
  });
});

describe('GraphQL over SSE', () => {
  it('streams the same subscription with the same auth', async () => {
    const key = uniqueKey('sse');
    await createFlag(key);
    const controller = new AbortController();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      signal: controller.signal,
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${tenant.accounts.premium.token}`,
      },
      body: JSON.stringify({ query: MY_UPDATES, variables: { keys: [key] } }),
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async (): Promise<Update> => {
      for (;;) {
        const match = /event: next\ndata: (.+)\n\n/.exec(buffer);
        if (match?.[1]) {
          buffer = buffer.slice((match.index ?? 0) + match[0].length);
          return (JSON.parse(match[1]) as { data: Update }).data;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    expect((await nextEvent()).myFlagUpdates.full).toBe(true);
    await server.gql(SET_ENABLED, { token: ops, variables: { key, enabled: false, reason: 'sse' } });
    expect((await nextEvent()).myFlagUpdates.flags).toEqual([
      { key, enabled: false, variant: 'off', reason: 'DISABLED', revision: 2 },
    ]);
    controller.abort();

    const anonymous = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: MY_UPDATES }),
    });
    expect(await anonymous.text()).toContain('UNAUTHENTICATED');
  });
});
