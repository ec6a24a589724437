// Per-tenant overlays through the one evaluator: an entitlement change or a guard trip (through the fake
// overlay source) reaches exactly the affected open clients, and queries agree with the streams.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeOverlaySource } from '../server/flags/fake-overlay-source.js';
import { CREATE_FLAG, type Evaluated, MY_FLAGS, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { connect, subscribe } from './helpers/ws-client.js';

const MY_UPDATES = `subscription ($keys: [String!], $since: Int) {
  myFlagUpdates(keys: $keys, sinceRevision: $since) { configRevision full flags { key enabled reason } }
}`;
type Update = { myFlagUpdates: { configRevision: number; full: boolean; flags: Evaluated[] } };
const ON_FOR_ALL = { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } };

const overlays = new FakeOverlaySource();
let server: TestServer;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  server = await startTestServer({ services: { overlays } });
  a = await createTestTenant(server);
  b = await createTestTenant(server);
});
afterAll(() => server.close());

async function myFlag(token: string, key: string): Promise<Evaluated | undefined> {
  const { data } = await server.gql<{ myFlags: { flags: Evaluated[] } }>(MY_FLAGS, {
    token,
    variables: { keys: [key] },
  });
  return data?.myFlags.flags[0];
}

describe('overlays through the one evaluator', () => {
  it('pushes an entitlement change to that tenant only, and myFlags agrees', async () => {
    const key = uniqueKey('entitled');
    const created = await server.gql(CREATE_FLAG, {
      token: a.accounts.ops.token,
      variables: { key, input: ON_FOR_ALL },
    });
    expect(created.errors).toBeUndefined();
    const inA = connect(server.wsUrl, a.accounts.user.token);
    const inB = connect(server.wsUrl, b.accounts.user.token);
    const streamA = subscribe<Update>(inA.client, MY_UPDATES, {});
    const streamB = subscribe<Update>(inB.client, MY_UPDATES, { keys: [key] });
    expect((await streamA.next()).myFlagUpdates.full).toBe(true);
    expect((await streamB.next()).myFlagUpdates.flags).toEqual([{ key, enabled: true, reason: 'DEFAULT' }]);

    overlays.setEntitlement(a.id, key, false);
    const pushed = (await streamA.next(2000)).myFlagUpdates;
    expect(pushed).toMatchObject({ full: false, flags: [{ key, enabled: false, reason: 'ENTITLEMENT' }] });
    await server.app.services.fanOut.idle();
    expect(await streamB.quiet(200)).toBe(true);
    expect(await myFlag(a.accounts.user.token, key)).toMatchObject({ enabled: false, reason: 'ENTITLEMENT' });
    expect(await myFlag(b.accounts.user.token, key)).toMatchObject({ enabled: true, reason: 'DEFAULT' });

    overlays.setEntitlement(a.id, key, undefined);
    expect((await streamA.next(2000)).myFlagUpdates.flags).toEqual([
      { key, enabled: true, reason: 'DEFAULT' },
    ]);
    for (const s of [streamA, streamB]) s.close();
    await Promise.all([inA.client.dispose(), inB.client.dispose()]);
  });

  it('pushes a guard trip to every tenant holding the flag', async () => {
    const key = uniqueKey('guarded');
    await server.gql(CREATE_FLAG, { token: a.accounts.ops.token, variables: { key, input: ON_FOR_ALL } });
    const clients = [a, b].map((t) => connect(server.wsUrl, t.accounts.user.token));
    const streams = clients.map(({ client }) => subscribe<Update>(client, MY_UPDATES, { keys: [key] }));
    for (const s of streams) await s.next();
    overlays.setGuard(key, true);
    for (const s of streams) {
      expect((await s.next(2000)).myFlagUpdates.flags).toEqual([
        { key, enabled: false, reason: 'GUARD_OPEN' },
      ]);
    }
    expect(await myFlag(b.accounts.user.token, key)).toMatchObject({ reason: 'GUARD_OPEN' });
    overlays.setGuard(key, false);
    for (const s of streams) {
      expect((await s.next(2000)).myFlagUpdates.flags).toEqual([{ key, enabled: true, reason: 'DEFAULT' }]);
      s.close();
    }
    await Promise.all(clients.map(({ client }) => client.dispose()));
  });

  it('sends a client that was away during an overlay change a full snapshot when it resumes', async () => {
    // Found by test/model-based.test.ts: overlays have no history, so a delta from sinceRevision (replayed
    // with today's overlays) told the client nothing of an entitlement change it missed.
    const key = uniqueKey('away');
    await server.gql(CREATE_FLAG, { token: a.accounts.ops.token, variables: { key, input: ON_FOR_ALL } });
    const first = connect(server.wsUrl, a.accounts.user.token);
    const live = subscribe<Update>(first.client, MY_UPDATES, { keys: [key] });
    const seen = (await live.next()).myFlagUpdates;
    expect(seen.flags).toEqual([{ key, enabled: true, reason: 'DEFAULT' }]);
    live.close();
    await first.client.dispose();

    overlays.setEntitlement(a.id, key, false);
    const again = connect(server.wsUrl, a.accounts.user.token);
    const resumed = subscribe<Update>(again.client, MY_UPDATES, { keys: [key], since: seen.configRevision });
    expect((await resumed.next()).myFlagUpdates).toEqual({
      configRevision: seen.configRevision,
      full: true,
      flags: [{ key, enabled: false, reason: 'ENTITLEMENT' }],
    });
    resumed.close();
    await again.client.dispose();
    overlays.setEntitlement(a.id, key, undefined);
  });
});
