// The real OpenFeature web SDK with the OFREP web provider, signed in as an end user: it connects to the SSE
// stream the bulk response advertises, sees a kill within a second, and refetches with If-None-Match.
import { OFREPWebProvider } from '@openfeature/ofrep-web-provider';
import { type Client, type EventDetails, OpenFeature, ProviderEvents } from '@openfeature/web-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchEventSource } from './helpers/fetch-event-source.js';
import { waitFor } from './helpers/free-port.js';
import { createFlag, type Exchange, FLAG_INPUTS, recordingFetch, setEnabled } from './helpers/ofrep.js';
import { expectOfrep } from './helpers/ofrep-schemas.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

let server: TestServer;
let tenant: TestTenant;
let client: Client;
let exchanges: Exchange[];
let gate: string;
let theme: string;

/**
 * Resolves with the milliseconds until the provider announces a change of `key` (on a shared PostgreSQL
 * other files' new flags come too, and are passed over); fails after `deadlineMs`.
 */
function nextChange(key: string, deadlineMs: number): Promise<{ ms: number; flags: string[] }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.removeHandler(ProviderEvents.ConfigurationChanged, handler);
      reject(new Error(`no ConfigurationChanged within ${deadlineMs} ms`));
    }, deadlineMs);
    const handler = (details?: EventDetails) => {
      const flags = (details as { flagsChanged?: string[] } | undefined)?.flagsChanged ?? [];
      if (!flags.includes(key)) return;
      clearTimeout(timer);
      client.removeHandler(ProviderEvents.ConfigurationChanged, handler);
      resolve({ ms: performance.now() - started, flags });
    };
    client.addHandler(ProviderEvents.ConfigurationChanged, handler);
  });
}

const bulkExchanges = () => exchanges.filter((e) => e.url.includes('/ofrep/v1/evaluate/flags'));

beforeAll(async () => {
  // Node 20 has no EventSource; the provider looks for the global one when it connects.
  Object.assign(globalThis, { EventSource: FetchEventSource });
  server = await startTestServer();
  tenant = await createTestTenant(server);
  gate = await createFlag(server, tenant.accounts.ops.token, 'web_gate', FLAG_INPUTS.boolean);
  theme = await createFlag(server, tenant.accounts.ops.token, 'web_theme', FLAG_INPUTS.object);
  const recorder = recordingFetch();
  exchanges = recorder.exchanges;
  await OpenFeature.setContext('web', { targetingKey: tenant.accounts.user.id, country: 'NL' });
  await OpenFeature.setProviderAndWait(
    'web',
    new OFREPWebProvider({
      baseUrl: server.url,
      headers: [['Authorization', `Bearer ${tenant.accounts.user.token}`]],
      fetchImplementation: recorder.fetch,
      // Node has no localStorage; in a browser the default cache mode keeps flags across page loads.
      cacheMode: 'disabled',
    }),
  );
  client = OpenFeature.getClient('web');
});
afterAll(async () => {
  await OpenFeature.close();
  await server.close();
});

describe('the OFREP web provider', () => {
  it('evaluates the signed-in user in one bulk request that advertises the event stream', () => {
    expect(client.getBooleanDetails(gate, false)).toMatchObject({
      value: true,
      reason: 'STATIC',
      variant: 'on',
    });
    expect(client.getObjectValue(theme, {})).toEqual({ theme: 'rich', columns: 3 });
    expect(client.getStringDetails('no_such_flag_here', 'x')).toMatchObject({
      value: 'x',
      errorCode: 'FLAG_NOT_FOUND',
    });
    const [first] = bulkExchanges();
    expect(first?.status).toBe(200);
    expect(first?.headers.get('etag')).toMatch(/^"\d+-[\w-]{22}"$/);
    expectOfrep('bulkEvaluationSuccess', first?.body);
    expect(FetchEventSource.made.map((s) => new URL(s.url).pathname)).toEqual(['/ofrep/v1/events']);
  });

  it('sees a kill within a second through the SSE stream and refetches with If-None-Match', async () => {
    await waitFor('event stream open', () => FetchEventSource.made[0]?.readyState === FetchEventSource.OPEN);
    const before = bulkExchanges().length;
    const changed = nextChange(gate, 1000);
    await setEnabled(server, tenant.accounts.ops.token, gate, false);
    const { ms } = await changed;
    expect(ms).toBeLessThan(1000);
    expect(client.getBooleanDetails(gate, true)).toMatchObject({ value: false, reason: 'DISABLED' });
    // Each refetch sent the ETag of the answer before it, and the one that brought the kill was a 200.
    const since = bulkExchanges().slice(before - 1);
    for (let i = 1; i < since.length; i++) {
      expect(since[i]?.requestHeaders.get('if-none-match')).toBe(since[i - 1]?.headers.get('etag'));
    }
    const killed = since.find((e) =>
      (e.body as { flags?: { key: string; value: unknown }[] } | undefined)?.flags?.some(
        (f) => f.key === gate && f.value === false,
      ),
    );
    expect(killed?.status).toBe(200);
    expectOfrep('bulkEvaluationSuccess', killed?.body);
  });

  it('gets 304 Not Modified when it asks again and nothing changed for it', async () => {
    // Asks again until an ask finds nothing changed (on a shared PostgreSQL, other files add flags meanwhile):
    // each ask sends the ETag it holds, and only a moved configuration revision may answer 200.
    const revisionOf = (etag: string | null | undefined) => Number(/^"(\d+)-/.exec(etag ?? '')?.[1]);
    await waitFor('a 304', async () => {
      const before = bulkExchanges().length;
      const held = bulkExchanges().at(-1)?.headers.get('etag');
      await OpenFeature.setContext('web', { targetingKey: tenant.accounts.user.id, country: 'NL' });
      const again = bulkExchanges()[before];
      expect(again?.requestHeaders.get('if-none-match')).toBe(held);
      if (again?.status === 304) return true;
      expect(revisionOf(again?.headers.get('etag'))).toBeGreaterThan(revisionOf(held));
      return false;
    });
    expect(bulkExchanges().at(-1)?.body).toBeUndefined();
    expect(client.getBooleanValue(gate, true)).toBe(false);
  });
});
