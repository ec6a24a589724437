// Propagation on two instances of one database: a change made through A reaches clients of A and of B, and
// either instance reports both, each with its own figures (B publishes its report through the database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { FLAG_PROPAGATION, type InstanceFigures, type Propagation } from './helpers/propagation.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, type Subscription, subscribe, type WsHandle } from './helpers/ws-client.js';

const UPDATES = `subscription ($keys: [String!]) { myFlagUpdates(keys: $keys) { configRevision full flags { key enabled } } }`;
type Update = {
  myFlagUpdates: { configRevision: number; full: boolean; flags: { key: string; enabled: boolean }[] };
};

describe('propagation on two instances', () => {
  let a: TestServer;
  let b: TestServer;
  let tenant: TestTenant;
  const handles: WsHandle[] = [];
  const streams: Subscription<Update>[] = [];

  beforeAll(async () => {
    // B hears of A's changes by its poll when there is no Redis (each in-process instance has its own bus).
    a = await startTestServer({ env: { AUGUR_CONFIG_POLL_MS: '200' } });
    b = await startTestServer({ instanceOf: a, env: { AUGUR_CONFIG_POLL_MS: '200' } });
    tenant = await createTestTenant(a);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    for (const h of handles) await h.client.dispose();
    await b?.close();
    await a?.close();
  });

  const open = async (server: TestServer, key: string) => {
    const handle = connect(server.wsUrl, tenant.accounts.user.token);
    handles.push(handle);
    const updates = subscribe<Update>(handle.client, UPDATES, { keys: [key] });
    streams.push(updates);
    expect((await updates.next()).myFlagUpdates.full).toBe(true);
    return updates;
  };

  const figures = async (server: TestServer, key: string) => {
    const { data, errors } = await server.gql<{ flagPropagation: Propagation }>(FLAG_PROPAGATION, {
      token: tenant.accounts.ops.token,
      variables: { key },
    });
    expect(errors).toBeUndefined();
    const answer = data?.flagPropagation as Propagation;
    const names = [a.app.services.propagation.instance, b.app.services.propagation.instance];
    // On PostgreSQL other test files' instances report too: keep these two.
    const [ofA, ofB] = names.map((n) => answer.instances.find((i) => i.instance === n));
    return { answer, ofA, ofB };
  };

  it('reports each instance with its own reached and open counts, from either instance', async () => {
    const key = uniqueKey('prop_two');
    const input = { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } };
    expect(
      (await a.gql(CREATE_FLAG, { token: tenant.accounts.ops.token, variables: { key, input } })).errors,
    ).toBe(undefined);
    await waitFor(() => b.app.services.evaluator.current().flags.has(key), 'instance B to hold the flag');
    const onA = await Promise.all([open(a, key), open(a, key)]);
    const onB = await Promise.all([open(b, key), open(b, key), open(b, key)]);
    const started = Date.now();
    const { errors } = await a.gql(SET_ENABLED, {
      token: tenant.accounts.ops.token,
      variables: { key, enabled: false, reason: 'two instances' },
    });
    expect(errors).toBeUndefined();
    for (const s of [...onA, ...onB])
      expect((await s.next()).myFlagUpdates.flags).toEqual([{ key, enabled: false }]);

    const reached = (f: InstanceFigures | undefined, n: number) => f?.reached === n && f.open === n;
    for (const asking of [a, b]) {
      await waitFor(
        async () => {
          const { ofA, ofB } = await figures(asking, key);
          return reached(ofA, 2) && reached(ofB, 3);
        },
        'both instances to report every client reached',
        10_000,
      );
    }
    const elapsed = Date.now() - started;
    const { answer, ofA, ofB } = await figures(b, key);
    expect(ofB?.self).toBe(true);
    expect(ofA?.self).toBe(false);
    for (const f of [ofA, ofB]) {
      expect(f?.slowestMs).toBeGreaterThanOrEqual(0);
      expect(f?.slowestMs).toBeLessThanOrEqual(elapsed);
      expect(f?.p50Ms).not.toBeNull();
      expect(f?.shareOnLatest).toBe(1);
    }
    expect(answer.reached).toBeGreaterThanOrEqual(5);
    // B heard of the change by its poll (or by Redis): its commit time comes from the history, not its poll.
    expect(ofB?.latestRevision).toBe(ofA?.latestRevision);
  });
});
