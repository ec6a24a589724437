// Segments, evaluateFlags for API keys, explain for ops, and the environment gate, through GraphQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, type Evaluated, MY_FLAGS, premiumOnly, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const CREATE_SEGMENT = `mutation ($key: String!, $input: SegmentInput!) { createSegment(key: $key, input: $input, reason: "test") { key revision included } }`;
const UPDATE_SEGMENT = `mutation ($key: String!, $rev: Int!, $input: SegmentInput!) { updateSegment(key: $key, expectedRevision: $rev, input: $input, reason: "test") { revision included } }`;
const EVALUATE = `query ($context: EvaluationContextInput!, $keys: [String!]) { evaluateFlags(context: $context, keys: $keys) { configRevision flags { key enabled variant reason ruleId } } }`;
const EXPLAIN = `query ($key: String!, $context: EvaluationContextInput!) { explain(flagKey: $key, context: $context) { result { enabled reason variant } trace { step outcome ruleId detail } } }`;

let server: TestServer;
let tenant: TestTenant;
let ops: string;
const forcedOff = uniqueKey('forced');

beforeAll(async () => {
  server = await startTestServer({ env: { AUGUR_FORCE_OFF: forcedOff } });
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(() => server.close());

async function myFlag(token: string, key: string): Promise<Evaluated | undefined> {
  const { data } = await server.gql<{ myFlags: { flags: Evaluated[] } }>(MY_FLAGS, {
    token,
    variables: { keys: [key] },
  });
  return data?.myFlags.flags[0];
}

describe('segments', () => {
  it('target by membership; an update and a rollback change who is in', async () => {
    const segment = uniqueKey('cohort');
    const flag = uniqueKey('seg_flag');
    const created = await server.gql(CREATE_SEGMENT, {
      token: ops,
      variables: { key: segment, input: { included: [tenant.accounts.user.id] } },
    });
    expect(created.errors).toBeUndefined();
    await server.gql(CREATE_FLAG, {
      token: ops,
      variables: {
        key: flag,
        input: premiumOnly({
          rules: [
            {
              id: 'cohort',
              conditions: [{ operator: 'IN_SEGMENT', values: [segment] }],
              serve: { variant: 'on' },
            },
          ],
        }),
      },
    });
    expect(await myFlag(tenant.accounts.user.token, flag)).toMatchObject({ enabled: true, ruleId: 'cohort' });
    expect(await myFlag(tenant.accounts.premium.token, flag)).toMatchObject({ enabled: false });

    const updated = await server.gql<{ updateSegment: { revision: number } }>(UPDATE_SEGMENT, {
      token: ops,
      variables: {
        key: segment,
        rev: 1,
        input: { included: [tenant.accounts.premium.id], excluded: [tenant.accounts.user.id] },
      },
    });
    expect(updated.data?.updateSegment.revision).toBe(2);
    expect(await myFlag(tenant.accounts.user.token, flag)).toMatchObject({ enabled: false });
    expect(await myFlag(tenant.accounts.premium.token, flag)).toMatchObject({ enabled: true });

    const stale = await server.gql(UPDATE_SEGMENT, {
      token: ops,
      variables: { key: segment, rev: 1, input: {} },
    });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const back = await server.gql<{ rollbackSegment: { changed: boolean; segment: { revision: number } } }>(
      'mutation ($key: String!) { rollbackSegment(key: $key, toRevision: 1, reason: "oops") { changed segment { revision } } }',
      { token: ops, variables: { key: segment } },
    );
    expect(back.data?.rollbackSegment).toEqual({ changed: true, segment: { revision: 3 } });
    expect(await myFlag(tenant.accounts.user.token, flag)).toMatchObject({ enabled: true });
  });

  it('rejects IN_SEGMENT inside a segment rule with the path', async () => {
    const result = await server.gql(CREATE_SEGMENT, {
      token: ops,
      variables: {
        key: uniqueKey('nested'),
        input: { rules: [{ conditions: [{ operator: 'IN_SEGMENT', values: ['x'] }] }] },
      },
    });
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect((result.errors?.[0]?.extensions.fields as { path: string }[] | undefined)?.[0]?.path).toBe(
      'rules.0.conditions.0.operator',
    );
  });
});

describe('evaluateFlags', () => {
  it('evaluates a third party user inside the API key tenant', async () => {
    const flag = uniqueKey('tenant_scoped');
    await server.gql(CREATE_FLAG, {
      token: ops,
      variables: {
        key: flag,
        input: premiumOnly({
          rules: [
            {
              id: 'mine',
              conditions: [{ attribute: 'tenantId', operator: 'IN', values: [tenant.id] }],
              serve: { variant: 'on' },
            },
          ],
        }),
      },
    });
    const key = await server.app.services.apiKeys.create(tenant.id, 'eval', null);
    const result = await server.gql<{ evaluateFlags: { flags: Evaluated[] } }>(EVALUATE, {
      token: key.secret,
      variables: { context: { userId: 'partner-user-1' }, keys: [flag] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.evaluateFlags.flags).toEqual([
      { key: flag, enabled: true, variant: 'on', reason: 'TARGETING_MATCH', ruleId: 'mine' },
    ]);

    const denied = await server.gql(EVALUATE, {
      token: tenant.accounts.user.token,
      variables: { context: {} },
    });
    expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('rejects oversized context attributes', async () => {
    const attributes = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`a${i}`, i]));
    const result = await server.gql(EVALUATE, { token: ops, variables: { context: { attributes } } });
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('environment gate and explain', () => {
  it('AUGUR_FORCE_OFF wins over the database, and explain names every step', async () => {
    await server.gql(CREATE_FLAG, { token: ops, variables: { key: forcedOff, input: premiumOnly() } });
    expect(await myFlag(tenant.accounts.premium.token, forcedOff)).toMatchObject({
      enabled: false,
      reason: 'ENV_GATE',
    });

    const { data, errors } = await server.gql<{
      explain: { result: Record<string, unknown>; trace: { step: string; outcome: string }[] };
    }>(EXPLAIN, { token: ops, variables: { key: forcedOff, context: { userId: 'u1', plan: 'premium' } } });
    expect(errors).toBeUndefined();
    expect(data?.explain.result).toMatchObject({ enabled: false, reason: 'ENV_GATE' });
    const envStep = data?.explain.trace.find((s) => s.step === 'ENV_GATE');
    expect(envStep?.outcome).toBe('DECIDED');
    expect(data?.explain.trace.find((s) => s.step === 'RULE')?.outcome ?? 'SKIPPED').toBe('SKIPPED');
  });

  it('explains a rule match step by step', async () => {
    const flag = uniqueKey('explained');
    await server.gql(CREATE_FLAG, { token: ops, variables: { key: flag, input: premiumOnly() } });
    const { data } = await server.gql<{
      explain: {
        result: { reason: string };
        trace: { step: string; outcome: string; ruleId: string | null }[];
      };
    }>(EXPLAIN, { token: ops, variables: { key: flag, context: { userId: 'u2', plan: 'premium' } } });
    expect(data?.explain.result.reason).toBe('TARGETING_MATCH');
    const steps = data?.explain.trace.map((s) => s.step) ?? [];
    expect(steps.slice(0, 5)).toEqual(['FLAG', 'KILL_SWITCH', 'ENV_GATE', 'ENTITLEMENT', 'GUARD']);
    expect(data?.explain.trace).toContainEqual(
      expect.objectContaining({ step: 'RULE', ruleId: 'premium', outcome: 'DECIDED' }),
    );
  });
});

describe('explain for an account by email', () => {
  // Ops (operator staff) names the customer tenant whose account it explains for.
  const EXPLAIN_FOR = `query ($key: String!, $email: String, $context: EvaluationContextInput!, $tenantId: ID) {
    explain(flagKey: $key, userEmail: $email, context: $context, tenantId: $tenantId) { result { enabled reason ruleId } trace { step outcome ruleId } }
  }`;
  type Explained = { explain: { result: { enabled: boolean; reason: string; ruleId: string | null } } };
  const explainFor = (email: string, key: string, context: Record<string, unknown> = {}, token = ops) =>
    server.gql<Explained>(EXPLAIN_FOR, { token, variables: { key, email, context, tenantId: tenant.id } });

  it("uses the account's own plan, merged with the extra context given", async () => {
    const flag = uniqueKey('by_email');
    await server.gql(CREATE_FLAG, {
      token: ops,
      variables: {
        key: flag,
        input: premiumOnly({
          rules: [
            {
              id: 'premium-fr',
              conditions: [
                { attribute: 'plan', operator: 'IN', values: ['premium'] },
                { attribute: 'country', operator: 'IN', values: ['FR'] },
              ],
              serve: { variant: 'on' },
            },
            {
              id: 'premium',
              conditions: [
                { attribute: 'plan', operator: 'IN', values: ['premium'] },
                { attribute: 'userId', operator: 'IN', values: [tenant.accounts.premium.id] },
              ],
              serve: { variant: 'on' },
            },
          ],
        }),
      },
    });
    const premium = await explainFor(tenant.accounts.premium.email, flag);
    expect(premium.errors).toBeUndefined();
    expect(premium.data?.explain.result).toEqual({
      enabled: true,
      reason: 'TARGETING_MATCH',
      ruleId: 'premium',
    });

    const inFrance = await explainFor(tenant.accounts.premium.email.toUpperCase(), flag, { country: 'FR' });
    expect(inFrance.data?.explain.result).toMatchObject({ enabled: true, ruleId: 'premium-fr' });

    const free = await explainFor(tenant.accounts.user.email, flag, { country: 'FR' });
    expect(free.data?.explain.result).toMatchObject({ enabled: false, reason: 'DEFAULT' });
  });

  it('refuses userId, plan or role next to an email, with their paths', async () => {
    const result = await explainFor(tenant.accounts.premium.email, forcedOff, { plan: 'free', role: 'ops' });
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect(((result.errors?.[0]?.extensions.fields ?? []) as { path: string }[]).map((f) => f.path)).toEqual([
      'context.plan',
      'context.role',
    ]);
  });

  it('refuses a blank email as invalid input, not as an unknown account', async () => {
    const blank = await explainFor('   ', forcedOff);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(((blank.errors?.[0]?.extensions.fields ?? []) as { path: string }[])[0]?.path).toBe('userEmail');
  });

  it("is NOT_FOUND for an unknown email and for another tenant's, alike", async () => {
    const other = await createTestTenant(server);
    const unknown = await explainFor(`nobody@${tenant.slug}.test`, forcedOff);
    const elsewhere = await explainFor(other.accounts.premium.email, forcedOff);
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(elsewhere.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(elsewhere.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(unknown.errors?.[0]?.message).not.toContain('nobody');
  });

  it('is for ops only', async () => {
    for (const account of [tenant.accounts.support, tenant.accounts.premium]) {
      const refused = await explainFor(tenant.accounts.premium.email, forcedOff, {}, account.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(refused.data?.explain).toBeUndefined();
    }
  });
});

describe('audit log', () => {
  it('filters by actor and action and pages with a cursor', async () => {
    for (let i = 0; i < 3; i++)
      await server.gql(CREATE_FLAG, {
        token: ops,
        variables: { key: uniqueKey('page'), input: premiumOnly() },
      });
    const QUERY = `query ($actor: String, $after: String) { auditEvents(actor: $actor, action: FLAG_CREATE, first: 2, after: $after) { items { id action actor } nextCursor } }`;
    const actor = `user:${tenant.accounts.ops.id}`;
    const first = await server.gql<{
      auditEvents: { items: { id: string; actor: string }[]; nextCursor: string | null };
    }>(QUERY, {
      token: ops,
      variables: { actor },
    });
    expect(first.data?.auditEvents.items).toHaveLength(2);
    expect(first.data?.auditEvents.nextCursor).toBeTruthy();
    const second = await server.gql<{ auditEvents: { items: { id: string }[] } }>(QUERY, {
      token: tenant.accounts.support.token,
      variables: { actor, after: first.data?.auditEvents.nextCursor },
    });
    const ids = [...(first.data?.auditEvents.items ?? []), ...(second.data?.auditEvents.items ?? [])].map(
      (e) => Number(e.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(first.data?.auditEvents.items.every((e) => e.actor === actor)).toBe(true);
  });
});
