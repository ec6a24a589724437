// GraphQL over WebSocket (graphql-ws): same schema, auth and error codes as HTTP; bad credentials close with 4403.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_FORBIDDEN } from '../server/app/websocket.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { connect, execute } from './helpers/ws-client.js';

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
});
afterAll(() => server.close());

describe('graphql-ws on /graphql', () => {
  it('runs an operation as the account named in connection_init', async () => {
    const { client } = connect(server.wsUrl, tenant.accounts.premium.token);
    const result = await execute(client, '{ me { email plan role } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      me: { email: tenant.accounts.premium.email, plan: 'PREMIUM', role: 'USER' },
    });
    await client.dispose();
  });

  it('gives an anonymous socket UNAUTHENTICATED with a request id', async () => {
    const { client } = connect(server.wsUrl);
    const result = await execute(client, '{ me { email } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      requestId: expect.any(String),
    });
    await client.dispose();
  });

  it('gives a wrong role FORBIDDEN', async () => {
    const { client } = connect(server.wsUrl, tenant.accounts.ops.token);
    const result = await execute(client, `{ apiKeys(tenantId: "${tenant.id}") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await client.dispose();
  });

  it('reports validation errors with a code', async () => {
    const { client } = connect(server.wsUrl, tenant.accounts.ops.token);
    const result = await execute(client, '{ nope }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      requestId: expect.any(String),
    });
    await client.dispose();
  });

  it.each([
    ['a malformed token', 'Bearer not-a-token'],
    ['a revoked-style unknown API key', `Bearer ak_000000000000_${'A'.repeat(43)}`],
    ['a value that is not a bearer credential', 'Basic dXNlcjpwYXNz'],
  ])('closes with 4403 for %s', async (_name, authorization) => {
    // A raw socket, so the exact connection_init payload is under the test's control.
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => {
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })),
      );
      socket.on('close', (c) => resolve(c));
    });
    expect(code).toBe(CLOSE_FORBIDDEN);
  });

  it('closes an expired session with 4403 through the graphql-ws client too', async () => {
    const { client, closed } = connect(server.wsUrl, 'expired.or.bogus');
    expect(await closed).toBe(CLOSE_FORBIDDEN);
    await client.dispose();
  });
});
