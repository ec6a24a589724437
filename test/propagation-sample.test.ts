// The receipts' sample (AUGUR_PROPAGATION_RECEIPT_SHARE): a socket outside it gets its flag updates with no
// receipt ping behind them; inside it (the default, every socket) each update is followed by one.
import { afterEach, describe, expect, it } from 'vitest';
import { CREATE_FLAG, SET_ENABLED, uniqueKey } from './helpers/flags.js';
import { openAcked, type RawMessage } from './helpers/raw-socket.js';
import { createTestTenant, startTestServer, type TestServer } from './helpers/test-server.js';

const UPDATES = `subscription ($keys: [String!]) { myFlagUpdates(keys: $keys) { configRevision full } }`;
const isReceiptPing = (m: RawMessage) =>
  m.type === 'ping' && typeof (m.payload as { augur?: unknown } | undefined)?.augur === 'number';
const isDelta = (m: RawMessage) =>
  m.id === 'u' &&
  m.type === 'next' &&
  !(m.payload as { data: { myFlagUpdates: { full: boolean } } }).data.myFlagUpdates.full;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Subscribes one raw socket, changes the flag, and says whether a receipt ping came with the update. */
async function updateCarriesReceipt(share: string): Promise<boolean> {
  server = await startTestServer({ env: { AUGUR_PROPAGATION_RECEIPT_SHARE: share } });
  const tenant = await createTestTenant(server);
  const ops = tenant.accounts.ops.token;
  const key = uniqueKey('sample');
  const input = { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } };
  expect((await server.gql(CREATE_FLAG, { token: ops, variables: { key, input } })).errors).toBeUndefined();
  const raw = await openAcked(server.wsUrl, tenant.accounts.user.token);
  try {
    raw.send({ id: 'u', type: 'subscribe', payload: { query: UPDATES, variables: { keys: [key] } } });
    await raw.message((m) => m.id === 'u' && m.type === 'next');
    const toggled = await server.gql(SET_ENABLED, {
      token: ops,
      variables: { key, enabled: false, reason: 'sample test' },
    });
    expect(toggled.errors).toBeUndefined();
    await raw.message(isDelta);
    // A receipt ping goes out in the same write as its update: once the update is read, it is here or never.
    return await raw.message(isReceiptPing, 1).then(
      () => true,
      () => false,
    );
  } finally {
    raw.socket.terminate();
  }
}

describe('the receipts sample', () => {
  it('follows every update with a receipt ping by default (share 1)', async () => {
    expect(await updateCarriesReceipt('1')).toBe(true);
  });

  it('sends updates without receipts to a socket outside the sample (share 0)', async () => {
    expect(await updateCarriesReceipt('0')).toBe(false);
  });
});
