// Every configuration write the console asks a reason for refuses one that is missing, null or blank:
// VALIDATION_FAILED at path `reason`, nothing written; a given reason is stored trimmed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booleanFlag } from '../server/flags/test-flags.js';
import { premiumOnly, uniqueKey } from './helpers/flags.js';
import { createTestTenant, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
let ops: string;
let flagKey: string;
let segmentKey: string;
const SETUP = { actor: 'system', reason: 'setup', requestId: 'setup' };

const persona = {
  name: 'Stella',
  tone: 'WARM',
  replyLength: 'SHORT',
  allowedTopics: ['love'],
  greeting: '',
};

/** Each write with `$reason` as its reason, ready to run on the entities made in beforeAll. */
const WRITES: Record<string, () => { query: string; variables: Record<string, unknown> }> = {
  createFlag: () => ({
    query:
      'mutation ($k: String!, $i: FlagInput!, $reason: String) { createFlag(key: $k, input: $i, reason: $reason) { key } }',
    variables: { k: uniqueKey('reason_create'), i: premiumOnly() },
  }),
  updateFlag: () => ({
    query:
      'mutation ($k: String!, $i: FlagInput!, $reason: String) { updateFlag(key: $k, expectedRevision: 1, input: $i, reason: $reason) { key } }',
    variables: { k: flagKey, i: premiumOnly() },
  }),
  archiveFlag: () => ({
    query: 'mutation ($k: String!, $reason: String) { archiveFlag(key: $k, reason: $reason) { key } }',
    variables: { k: flagKey },
  }),
  createSegment: () => ({
    query:
      'mutation ($k: String!, $reason: String) { createSegment(key: $k, input: {}, reason: $reason) { key } }',
    variables: { k: uniqueKey('reason_segment') },
  }),
  updateSegment: () => ({
    query:
      'mutation ($k: String!, $reason: String) { updateSegment(key: $k, expectedRevision: 1, input: {}, reason: $reason) { key } }',
    variables: { k: segmentKey },
  }),
  archiveSegment: () => ({
    query: 'mutation ($k: String!, $reason: String) { archiveSegment(key: $k, reason: $reason) { key } }',
    variables: { k: segmentKey },
  }),
  updatePersonaConfig: () => ({
    query:
      'mutation ($i: PersonaInput!, $reason: String) { updatePersonaConfig(expectedRevision: 1, input: $i, reason: $reason) { revision } }',
    variables: { i: persona },
  }),
};

beforeAll(async () => {
  server = await startTestServer();
  ops = (await createTestTenant(server)).accounts.ops.token;
  flagKey = uniqueKey('reason_flag');
  segmentKey = uniqueKey('reason_seg');
  await server.app.services.flags.create(flagKey, booleanFlag(), SETUP);
  await server.app.services.segments.create(
    segmentKey,
    { description: '', included: [], excluded: [], rules: [] },
    SETUP,
  );
});
afterAll(() => server.close());

describe('a write without a reason', () => {
  const cases = Object.keys(WRITES).flatMap((name) =>
    [
      ['missing', undefined],
      ['null', null],
      ['blank', '   '],
    ].map(([label, reason]) => [name, label, reason] as const),
  );

  it.each(cases)('%s with a %s reason is VALIDATION_FAILED at reason', async (name, _label, reason) => {
    const { query, variables } = (
      WRITES[name] as () => { query: string; variables: Record<string, unknown> }
    )();
    const result = await server.gql(query, {
      token: ops,
      variables: reason === undefined ? variables : { ...variables, reason },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'reason', message: 'say why' }],
    });
  });

  it('wrote nothing: the flag and the segment are still at revision 1', async () => {
    expect((await server.app.services.flags.find(flagKey))?.revision).toBe(1);
    expect((await server.app.services.segments.find(segmentKey))?.revision).toBe(1);
  });

  it('stores a given reason trimmed', async () => {
    const { query, variables } = (
      WRITES.updateFlag as () => { query: string; variables: Record<string, unknown> }
    )();
    const result = await server.gql(query, { token: ops, variables: { ...variables, reason: '  launch  ' } });
    expect(result.errors).toBeUndefined();
    const [latest] = await server.app.services.flags.history(flagKey, 1);
    expect(latest?.reason).toBe('launch');
  });
});
