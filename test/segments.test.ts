// Segments through GraphQL: which flags use one, archiving refused while used, and "is this user a member, and why".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const CREATE = `mutation ($key: String!, $input: SegmentInput!) {
  createSegment(key: $key, input: $input, reason: "test") { key revision archived usedBy }
}`;
const SEGMENT = `query ($key: String!) { segment(key: $key) { key revision archived usedBy } }`;
const LIST = `query { segments { key } }`;
const ARCHIVE = `mutation ($key: String!) { archiveSegment(key: $key, reason: "done") { key archived revision } }`;
const ARCHIVE_FLAG = `mutation ($key: String!) { archiveFlag(key: $key, reason: "done") { key } }`;
const MEMBER = `query ($key: String!, $context: EvaluationContextInput!, $email: String, $tenant: ID) {
  segmentMembership(key: $key, context: $context, userEmail: $email, tenantId: $tenant) { member reason ruleIndex userId rules }
}`;

let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(() => server.close());

const betaSegment = (excluded: string[] = []) => ({
  description: 'Beta testers',
  included: [tenant.accounts.user.id],
  excluded,
  rules: [{ conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }] }],
});

async function create(input: unknown) {
  const key = uniqueKey('seg');
  const { errors } = await server.gql(CREATE, { token: ops, variables: { key, input } });
  expect(errors).toBeUndefined();
  return key;
}

async function flagUsing(segment: string) {
  const key = uniqueKey('flag');
  const input = {
    type: 'BOOLEAN',
    enabled: true,
    rules: [
      {
        id: 'beta',
        conditions: [{ attribute: 'user', operator: 'IN_SEGMENT', values: [segment] }],
        serve: { variant: 'on' },
      },
    ],
    fallthrough: { variant: 'off' },
  };
  const { errors } = await server.gql(CREATE_FLAG, { token: ops, variables: { key, input, reason: 't' } });
  expect(errors).toBeUndefined();
  return key;
}

describe('used by and archive', () => {
  it('lists the flags using a segment and refuses to archive it until none does', async () => {
    const segment = await create(betaSegment());
    const flag = await flagUsing(segment);
    const read = await server.gql<{ segment: { usedBy: string[] } }>(SEGMENT, {
      token: tenant.accounts.support.token,
      variables: { key: segment },
    });
    expect(read.data?.segment.usedBy).toEqual([flag]);

    const refused = await server.gql(ARCHIVE, { token: ops, variables: { key: segment } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'key', message: `is used by flag ${flag}` }],
    });

    expect((await server.gql(ARCHIVE_FLAG, { token: ops, variables: { key: flag } })).errors).toBeUndefined();
    const archived = await server.gql<{ archiveSegment: { archived: boolean; revision: number } }>(ARCHIVE, {
      token: ops,
      variables: { key: segment },
    });
    expect(archived.data?.archiveSegment).toEqual({ key: segment, archived: true, revision: 2 });
    const list = await server.gql<{ segments: { key: string }[] }>(LIST, { token: ops });
    expect(list.data?.segments.map((s) => s.key)).not.toContain(segment);
    const again = await server.gql(ARCHIVE, { token: ops, variables: { key: segment } });
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('lets only ops archive', async () => {
    const segment = await create(betaSegment());
    const support = await server.gql(ARCHIVE, {
      token: tenant.accounts.support.token,
      variables: { key: segment },
    });
    expect(support.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('membership', () => {
  it('says why: included id, excluded id, a matching rule, or no rule', async () => {
    const segment = await create(betaSegment(['u-excluded']));
    const ask = async (context: Record<string, unknown>, email?: string) => {
      const { data, errors } = await server.gql<{ segmentMembership: Record<string, unknown> }>(MEMBER, {
        token: ops,
        // Staff live in the operator tenant: the accounts asked about are the test tenant's.
        variables: { key: segment, context, email, tenant: email ? tenant.id : undefined },
      });
      expect(errors).toBeUndefined();
      return data?.segmentMembership;
    };
    expect(await ask({}, tenant.accounts.user.email)).toMatchObject({
      member: true,
      reason: 'INCLUDED',
      userId: tenant.accounts.user.id,
    });
    expect(await ask({}, tenant.accounts.premium.email)).toMatchObject({
      member: true,
      reason: 'RULE_MATCHED',
      ruleIndex: 0,
      rules: ['Rule 1: plan IN [premium] matched (plan = "premium")'],
    });
    expect(await ask({ userId: 'u-excluded', plan: 'premium' })).toMatchObject({
      member: false,
      reason: 'EXCLUDED',
    });
    expect(await ask({ userId: 'u-other', plan: 'free' })).toMatchObject({
      member: false,
      reason: 'NO_RULE_MATCHED',
      ruleIndex: null,
    });
  });

  it('answers NOT_FOUND for an unknown segment and FORBIDDEN to support', async () => {
    const unknown = await server.gql(MEMBER, {
      token: ops,
      variables: { key: 'no_such_segment', context: {} },
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const segment = await create(betaSegment());
    const support = await server.gql(MEMBER, {
      token: tenant.accounts.support.token,
      variables: { key: segment, context: {} },
    });
    expect(support.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
