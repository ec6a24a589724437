// The ops feed over graphql-ws: flagChanges(sinceRevision) replays every change committed after it, then the
// live ones, in configuration-revision order, with no revision missing and none twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, premiumOnly, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { type Change, expectGapless, FLAG_CHANGES, readUntil } from './helpers/ops-feed.js';
import { createTestTenant, startTestServer, type TestServer } from './helpers/test-server.js';
import { connect, subscribe } from './helpers/ws-client.js';

let server: TestServer;
let ops: string;
let opsId: string;

beforeAll(async () => {
  server = await startTestServer();
  const tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
  opsId = tenant.accounts.ops.id;
});
afterAll(() => server.close());

describe('flagChanges(sinceRevision)', () => {
  it('replays what was committed after the revision, then goes live, each change once and in order', async () => {
    const key = uniqueKey('replay');
    const since = server.app.services.evaluator.revision;
    const write = async (query: string, variables: Record<string, unknown>) =>
      expect((await server.gql(query, { token: ops, variables })).errors).toBeUndefined();
    await write(CREATE_FLAG, { key, input: premiumOnly() });
    await write(SET_ENABLED, { key, enabled: false, reason: 'one' });
    await write(SET_ENABLED, { key, enabled: true, reason: 'two' });

    const { client } = connect(server.wsUrl, ops);
    const feed = subscribe<{ flagChanges: Change }>(client, FLAG_CHANGES, { since });
    const mine = (seen: Change[]) => seen.filter((c) => c.key === key);
    const replayed = await readUntil(feed, (seen) => mine(seen).length === 3);
    expect(mine(replayed).map((c) => [c.action, c.revision])).toEqual([
      ['flag.create', 1],
      ['flag.disable', 2],
      ['flag.enable', 3],
    ]);
    expect(mine(replayed)[1]).toMatchObject({ actor: `user:${opsId}`, targetType: 'flag' });
    expect(mine(replayed)[1]?.summary).toContain('enabled');
    expect(Number.isNaN(Date.parse(mine(replayed)[1]?.at ?? ''))).toBe(false);

    await write(SET_ENABLED, { key, enabled: false, reason: 'live' });
    const all = await readUntil(feed, (seen) => mine(seen).length === 4, replayed);
    expect(mine(all).at(-1)).toMatchObject({ action: 'flag.disable', revision: 4 });
    expectGapless(all, since);
    feed.close();
    await client.dispose();
  });

  it('refuses a negative revision', async () => {
    const { client } = connect(server.wsUrl, ops);
    const feed = subscribe(client, FLAG_CHANGES, { since: -1 });
    expect((await feed.errors)?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    await client.dispose();
  });
});
