// The real OpenFeature server SDK with the OFREP provider against a real Augur: every flag type, variants,
// a missing flag, a type mismatch, a kill, the same answers as evaluateFlags, and rate limiting (429).
import { OFREPProvider } from '@openfeature/ofrep-provider';
import { type Client, ErrorCode, OpenFeature } from '@openfeature/server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFlag,
  type Exchange,
  FLAG_INPUTS,
  issueApiKey,
  recordingFetch,
  setEnabled,
} from './helpers/ofrep.js';
import { expectOfrep } from './helpers/ofrep-schemas.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const EVALUATE = `query ($context: EvaluationContextInput!, $keys: [String!]) {
  evaluateFlags(context: $context, keys: $keys) { flags { key enabled variant payload reason ruleId revision } }
}`;

let server: TestServer;
let tenant: TestTenant;
let apiKey: string;
let client: Client;
let exchanges: Exchange[];
const flags: Record<keyof typeof FLAG_INPUTS, string> = { boolean: '', string: '', number: '', object: '' };

/** Every response the provider read validates against OFREP's schema for its status. */
function expectAllValid(): void {
  for (const exchange of exchanges) {
    if (exchange.status === 200) expectOfrep('serverEvaluationSuccess', exchange.body);
    else if (exchange.status === 404) expectOfrep('flagNotFound', exchange.body);
    else if (exchange.status === 400) expectOfrep('evaluationFailure', exchange.body);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  apiKey = await issueApiKey(server, tenant);
  for (const type of Object.keys(FLAG_INPUTS) as (keyof typeof FLAG_INPUTS)[]) {
    flags[type] = await createFlag(server, tenant.accounts.ops.token, `of_${type}`, FLAG_INPUTS[type]);
  }
  const recorder = recordingFetch();
  exchanges = recorder.exchanges;
  await OpenFeature.setProviderAndWait(
    'augur',
    new OFREPProvider({
      baseUrl: server.url,
      headers: [['X-API-Key', apiKey]],
      fetchImplementation: recorder.fetch,
    }),
  );
  client = OpenFeature.getClient('augur');
});
afterAll(async () => {
  await OpenFeature.close();
  await server.close();
});

describe('the OFREP server provider', () => {
  it('reads boolean, string, number and object flags with their variants and reasons', async () => {
    const user = { targetingKey: 'user-1' };
    expect(await client.getBooleanDetails(flags.boolean, false, user)).toMatchObject({
      value: true,
      variant: 'on',
      reason: 'STATIC',
      flagMetadata: { augurReason: 'DEFAULT', flagRevision: 1 },
    });
    expect(await client.getStringDetails(flags.string, 'none', user)).toMatchObject({
      value: 'blue',
      variant: 'blue',
      reason: 'STATIC',
    });
    expect(await client.getStringDetails(flags.string, 'none', { ...user, country: 'NL' })).toMatchObject({
      value: 'green',
      variant: 'green',
      reason: 'TARGETING_MATCH',
      flagMetadata: { augurReason: 'TARGETING_MATCH', ruleId: 'nl' },
    });
    expect(await client.getNumberDetails(flags.number, 0, user)).toMatchObject({
      value: 12.5,
      variant: 'large',
      reason: 'SPLIT',
    });
    expect(await client.getObjectDetails(flags.object, {}, user)).toMatchObject({
      value: { theme: 'rich', columns: 3 },
      variant: 'rich',
    });
    expectAllValid();
  });

  it('answers as evaluateFlags does for the same context', async () => {
    const context = { targetingKey: 'user-2', country: 'NL', plan: 'premium', beta: true };
    const { data } = await server.gql<{
      evaluateFlags: {
        flags: { key: string; variant: string | null; reason: string; ruleId: string | null }[];
      };
    }>(EVALUATE, {
      headers: { authorization: `Bearer ${apiKey}` },
      variables: {
        context: { userId: 'user-2', country: 'NL', plan: 'premium', attributes: { beta: true } },
        keys: Object.values(flags),
      },
    });
    const viaGraphql = data?.evaluateFlags.flags ?? [];
    expect(viaGraphql).toHaveLength(4);
    const read = {
      [flags.boolean]: () => client.getBooleanDetails(flags.boolean, false, context),
      [flags.string]: () => client.getStringDetails(flags.string, '', context),
      [flags.number]: () => client.getNumberDetails(flags.number, 0, context),
      [flags.object]: () => client.getObjectDetails(flags.object, {}, context),
    };
    for (const result of viaGraphql) {
      const details = await read[result.key]?.();
      if (!details) throw new Error(`no reader for ${result.key}`);
      expect({
        variant: details.variant ?? null,
        reason: details.flagMetadata.augurReason,
        ruleId: details.flagMetadata.ruleId ?? null,
      }).toEqual({ variant: result.variant, reason: result.reason, ruleId: result.ruleId });
    }
  });

  it('gives the default with FLAG_NOT_FOUND for a missing flag, and TYPE_MISMATCH for the wrong type', async () => {
    const missing = await client.getBooleanDetails('no_such_flag_anywhere', false, { targetingKey: 'u' });
    expect(missing).toMatchObject({ value: false, reason: 'ERROR', errorCode: ErrorCode.FLAG_NOT_FOUND });
    const mismatch = await client.getBooleanDetails(flags.string, false, { targetingKey: 'u' });
    expect(mismatch).toMatchObject({ value: false, reason: 'ERROR', errorCode: ErrorCode.TYPE_MISMATCH });
    const noKey = await client.getBooleanDetails(flags.boolean, false, {});
    expect(noKey).toMatchObject({ value: false, errorCode: ErrorCode.TARGETING_KEY_MISSING });
    expectAllValid();
  });

  it('serves the off variant with reason DISABLED once the flag is killed', async () => {
    const killed = await createFlag(server, tenant.accounts.ops.token, 'of_kill', FLAG_INPUTS.object);
    expect((await client.getObjectDetails(killed, {}, { targetingKey: 'u' })).variant).toBe('rich');
    await setEnabled(server, tenant.accounts.ops.token, killed, false);
    expect(await client.getObjectDetails(killed, {}, { targetingKey: 'u' })).toMatchObject({
      value: { theme: 'plain', columns: 1 },
      variant: 'plain',
      reason: 'DISABLED',
      flagMetadata: { augurReason: 'DISABLED', flagRevision: 2 },
    });
    expectAllValid();
  });
});

describe('rate limiting', () => {
  let limited: TestServer;
  afterAll(() => limited.close());

  it('answers 429 with Retry-After past the budget, and the provider backs off until then', async () => {
    limited = await startTestServer({ env: { AUGUR_OFREP_RATE_LIMIT: '3/60' } });
    const other = await createTestTenant(limited);
    const key = await issueApiKey(limited, other);
    const flag = await createFlag(limited, other.accounts.ops.token, 'of_limited', FLAG_INPUTS.boolean);
    const recorder = recordingFetch();
    await OpenFeature.setProviderAndWait(
      'limited',
      new OFREPProvider({
        baseUrl: limited.url,
        headers: [['X-API-Key', key]],
        fetchImplementation: recorder.fetch,
      }),
    );
    const limitedClient = OpenFeature.getClient('limited');
    const values = [];
    for (let i = 0; i < 5; i++)
      values.push(await limitedClient.getBooleanDetails(flag, false, { targetingKey: 'u' }));
    expect(values.map((v) => v.value)).toEqual([true, true, true, false, false]);
    expect(values[3]).toMatchObject({ reason: 'ERROR', errorCode: ErrorCode.GENERAL });
    // The fifth call never reached the server: the provider waits out Retry-After.
    expect(recorder.exchanges.map((e) => e.status)).toEqual([200, 200, 200, 429]);
    const refusal = recorder.exchanges[3];
    expect(Number(refusal?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refusal?.body).toMatchObject({ errorCode: 'GENERAL', code: 'RATE_LIMITED' });
    expect(refusal?.headers.get('x-request-id')).toBeTruthy();
  });
});
