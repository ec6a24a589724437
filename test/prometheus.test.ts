// GET /metrics on a real server: who may read it (token, separate listener, neither), and that operations,
// modules, chat, sockets, subscriptions, fan-out, rate limits and the pipeline's figures show up in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanFlag } from '../server/flags/test-flags.js';
import { uniqueKey } from './helpers/flags.js';
import { type Exposition, parseExposition } from './helpers/prometheus-text.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { waitFor } from './helpers/wait.js';
import { connect, execute, subscribe } from './helpers/ws-client.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const META = { actor: 'system', reason: 'prometheus test', requestId: 'prometheus-test' };

async function scrape(server: TestServer, token = TOKEN): Promise<Exposition> {
  const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return parseExposition(await response.text());
}

describe('with AUGUR_METRICS_TOKEN', () => {
  let server: TestServer;
  let t: TestTenant;
  beforeAll(async () => {
    server = await startTestServer({
      env: {
        AUGUR_METRICS_TOKEN: TOKEN,
        AUGUR_RATE_LIMIT_MONITORING: '1',
        AUGUR_RATE_LIMIT_MONITORING_FIELDS: 'flags',
      },
    });
    t = await createTestTenant(server);
  });
  afterAll(() => server.close());

  it('refuses a missing or wrong token with a coded 401', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: TOKEN },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${server.url}/metrics`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  });

  it('counts GraphQL operations by root field, status class and code, with Node defaults beside them', async () => {
    const before = await scrape(server);
    const ok = { operation: 'me', status: '2xx', code: 'OK', transport: 'http' };
    const refused = { operation: 'flags', status: '4xx', code: 'FORBIDDEN', transport: 'http' };
    await server.gql('query Who { me { id } }', { token: t.accounts.user.token });
    await server.gql('{ flags { items { key } } }', { token: t.accounts.user.token });
    const after = await scrape(server);
    const count = 'augur_graphql_request_duration_seconds_count';
    expect(after.value(count, ok) - before.value(count, ok)).toBe(1);
    expect(after.value(count, refused) - before.value(count, refused)).toBe(1);
    expect(after.types.get('augur_graphql_request_duration_seconds')).toBe('histogram');
    expect(after.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    expect(after.value('augur_ready')).toBe(1);
  });

  it('counts API-key authentication failures and rate-limit refusals', async () => {
    const before = await scrape(server);
    const bad = await server.gql('{ currentApiKey { id } }', { token: 'ak_not_a_real_key' });
    expect(bad.status).toBe(401);
    const ops = t.accounts.ops.token;
    expect((await server.gql('{ flags { items { key } } }', { token: ops })).status).toBe(200);
    expect((await server.gql('{ flags { items { key } } }', { token: ops })).status).toBe(429);
    const after = await scrape(server);
    expect(
      after.value('augur_api_key_auth_failures_total') - before.value('augur_api_key_auth_failures_total'),
    ).toBe(1);
    const level = { level: 'monitoring' };
    expect(
      after.value('augur_rate_limited_total', level) - before.value('augur_rate_limited_total', level),
    ).toBe(1);
  });

  it('counts module runs by module and outcome, and the gate decision as an exposure', async () => {
    const token = t.accounts.user.token;
    const created = await server.gql<{ createConversation: { id: string } }>(
      'mutation { createConversation(title: "metrics") { id } }',
      { token },
    );
    const conversationId = created.data?.createConversation.id;
    const before = await scrape(server);
    const run = await server.gql(
      `mutation ($c: ID!, $m: ModuleName!) {
        executeModule(module: $m, conversationId: $c, spread: "single", question: "Will it scale?") { id }
      }`,
      { token, variables: { c: conversationId, m: 'TAROT' } },
    );
    const code = run.errors?.[0]?.extensions.code ?? 'OK';
    const after = await scrape(server);
    const runs = { module: 'tarot', code };
    expect(after.value('augur_module_runs_total', runs) - before.value('augur_module_runs_total', runs)).toBe(
      1,
    );
    const exposures = (e: Exposition) => e.value('augur_flag_exposures_total', { flag: 'tarot_enabled' });
    expect(exposures(after) - exposures(before)).toBe(1);
  });

  it('counts chat replies by status', async () => {
    const token = t.accounts.user.token;
    const created = await server.gql<{ createConversation: { id: string } }>(
      'mutation { createConversation(title: "chat metrics") { id } }',
      { token },
    );
    const before = await scrape(server);
    const sent = await server.gql(
      'mutation ($c: ID!) { sendMessage(conversationId: $c, text: "What does my horoscope say?") { reply { status } } }',
      { token, variables: { c: created.data?.createConversation.id } },
    );
    expect(sent.errors).toBeUndefined();
    const after = await scrape(server);
    const total = (e: Exposition) => e.value('augur_chat_replies_total');
    expect(total(after) - total(before)).toBe(1);
    const latency = (e: Exposition) => e.value('augur_chat_reply_duration_seconds_count');
    expect(latency(after) - latency(before)).toBe(1);
  });

  it('shows open sockets, live subscriptions, WebSocket operations and fan-out latency', async () => {
    const socket = connect(server.wsUrl, t.accounts.premium.token);
    const key = uniqueKey('prom_fanout');
    try {
      const before = await scrape(server);
      const fanOuts = (e: Exposition) => e.value('augur_fanout_duration_seconds_count');
      const updates = subscribe(
        socket.client,
        'subscription ($k: [String!]) { myFlagUpdates(keys: $k) { configRevision } }',
        {
          k: [key],
        },
      );
      await updates.next();
      expect((await execute(socket.client, '{ me { id } }')).errors).toBeUndefined();
      const live = await scrape(server);
      expect(live.value('augur_websocket_connections')).toBeGreaterThanOrEqual(1);
      expect(live.value('augur_subscriptions')).toBeGreaterThanOrEqual(1);
      const wsOk = { operation: 'me', transport: 'ws', code: 'OK' };
      const wsCount = 'augur_graphql_request_duration_seconds_count';
      expect(live.value(wsCount, wsOk) - before.value(wsCount, wsOk)).toBe(1);
      await server.app.services.flags.create(key, booleanFlag({ description: 'fan-out metric' }), META);
      await updates.next();
      let latest = live;
      await waitFor(async () => {
        latest = await scrape(server);
        return fanOuts(latest) > fanOuts(before);
      }, 'a fan-out observed');
      expect(latest.value('augur_fanout_duration_seconds_sum')).toBeGreaterThan(0);
      updates.close();
    } finally {
      await socket.client.dispose();
    }
  });

  it("reports the metric pipeline's rollup lag and dropped events once it is wired", async () => {
    const unwired = await scrape(server);
    expect(unwired.value('augur_metric_rollup_lag_seconds')).toBeNaN();
    expect(unwired.value('augur_metric_events_dropped_total')).toBe(0);
    server.app.metrics.pipeline = { rollupLagSeconds: () => 42, eventsDropped: () => 7 };
    try {
      const wired = await scrape(server);
      expect(wired.value('augur_metric_rollup_lag_seconds')).toBe(42);
      expect(wired.value('augur_metric_events_dropped_total')).toBe(7);
    } finally {
      server.app.metrics.pipeline = undefined;
    }
  });
});

describe('without a token', () => {
  it('does not serve /metrics at all (a coded 404)', async () => {
    const server = await startTestServer();
    try {
      const response = await fetch(`${server.url}/metrics`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      expect(server.app.metricsUrl()).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('serves /metrics only on AUGUR_METRICS_LISTEN when that is set', async () => {
    const server = await startTestServer({ env: { AUGUR_METRICS_LISTEN: '127.0.0.1:0' } });
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      const metricsUrl = server.app.metricsUrl();
      expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(metricsUrl).not.toBe(server.url);
      const response = await fetch(`${metricsUrl}/metrics`);
      expect(response.status).toBe(200);
      expect(parseExposition(await response.text()).types.get('augur_websocket_connections')).toBe('gauge');
      expect((await fetch(`${metricsUrl}/graphql`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
