// Every field declares who may use it, and every kind of caller gets exactly that: the schema-wide auth matrix,
// and its tenant axis: callers of one tenant against another tenant's data get nothing of it and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../server/app/schema.js';
import { SCOPE_REFUSAL } from '../server/platform/builder.js';
import {
  callDocument,
  fieldScopes,
  objectTypeNames,
  rootFields,
  type ScopeMap,
  typeScopes,
} from './helpers/schema-walk.js';
import { seedVictim, snapshotTenant, type VictimData } from './helpers/tenant-data.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const schema = buildSchema();
const fields = rootFields(schema);

type Caller = 'anonymous' | 'user' | 'tenantAdmin' | 'support' | 'ops' | 'platform' | 'apiKey';
const CALLERS: Caller[] = ['anonymous', 'user', 'tenantAdmin', 'support', 'ops', 'platform', 'apiKey'];

/** Which callers a scope map admits (scope-auth's default strategy: any scope suffices). */
function admits(scopes: ScopeMap, caller: Caller): boolean {
  if (scopes.public) return true;
  if (caller === 'anonymous') return false;
  // The matrix's key has the default scope, evaluate.
  if (caller === 'apiKey') return scopes.apiKey === true || scopes.apiKeyEvaluate === true;
  return scopes.user === true || scopes[caller] === true;
}

describe('every field has an explicit scope', () => {
  it('finds root fields to check', () => {
    expect(fields.length).toBeGreaterThan(5);
  });

  it.each(fields.map((f) => [`${f.operation}.${f.name}`, f] as const))(
    '%s declares authScopes',
    (_name, f) => {
      const scopes = fieldScopes(f.field);
      expect(scopes, `${f.name} has no authScopes`).toBeDefined();
      expect(Object.values(scopes ?? {}).some(Boolean)).toBe(true);
    },
  );

  it.each(objectTypeNames(schema))('type %s declares type-level authScopes', (name) => {
    expect(typeScopes(schema, name), `${name} has no authScopes`).toBeDefined();
  });
});

describe('callers outside a field scope are refused', () => {
  let server: TestServer;
  let tenant: TestTenant;
  const tokens = {} as Record<Caller, string | undefined>;

  beforeAll(async () => {
    server = await startTestServer();
    tenant = await createTestTenant(server);
    const key = await server.app.services.apiKeys.create(tenant.id, 'matrix', null);
    tokens.anonymous = undefined;
    tokens.user = tenant.accounts.user.token;
    tokens.tenantAdmin = tenant.accounts.tenantAdmin.token;
    tokens.support = tenant.accounts.support.token;
    tokens.ops = tenant.accounts.ops.token;
    tokens.platform = tenant.accounts.platform.token;
    tokens.apiKey = key.secret;
  });
  afterAll(() => server.close());

  const cases = fields
    .filter((f) => f.operation !== 'subscription')
    .flatMap((f) => CALLERS.map((caller) => [`${f.operation}.${f.name}`, caller, f] as const));

  it.each(cases)('%s as %s', async (_name, caller, f) => {
    const scopes = fieldScopes(f.field) ?? {};
    const { errors } = await server.gql(callDocument(f), tokens[caller] ? { token: tokens[caller] } : {});
    const codes = (errors ?? []).map((e) => e.extensions.code);
    if (admits(scopes, caller)) {
      // Placeholder arguments may fail the resolver's own checks, but never the scope check.
      const refusals = Object.values(SCOPE_REFUSAL) as string[];
      expect((errors ?? []).filter((e) => refusals.includes(e.message))).toEqual([]);
      expect(codes).not.toContain('INTERNAL');
    } else {
      expect(codes).toEqual([caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
  });
});

describe("tenant axis: callers against another tenant's data", () => {
  let server: TestServer;
  let victim: TestTenant;
  let data: VictimData;
  let before: string;
  const tokens = {} as Record<Exclude<Caller, 'anonymous'>, string>;
  /** Customer callers of tenant A, and operator staff that may not change a customer. */
  const BOUNDED: Exclude<Caller, 'anonymous' | 'platform'>[] = [
    'user',
    'tenantAdmin',
    'apiKey',
    'support',
    'ops',
  ];
  const CUSTOMER = new Set<Caller>(['user', 'tenantAdmin', 'apiKey']);

  beforeAll(async () => {
    server = await startTestServer();
    const own = await createTestTenant(server);
    victim = await createTestTenant(server);
    data = await seedVictim(server, victim);
    const key = await server.app.services.apiKeys.create(own.id, 'tenant-axis', null);
    for (const caller of ['user', 'tenantAdmin', 'support', 'ops', 'platform'] as const) {
      tokens[caller] = own.accounts[caller].token;
    }
    tokens.apiKey = key.secret;
    before = await snapshotTenant(server, victim.id);
  });
  afterAll(() => server.close());

  const callable = fields.filter((f) => f.operation !== 'subscription');
  const cases = callable.flatMap((f) =>
    BOUNDED.map((caller) => [`${f.operation}.${f.name}`, caller, f] as const),
  );

  it('covers every root field for every bounded caller', () => {
    // The matrix size, in the test name of each case: fields x callers.
    expect(cases.length).toBe(callable.length * BOUNDED.length);
  });

  it.each(cases)('%s as %s of another tenant', async (_name, caller, f) => {
    const response = await server.gql(callDocument(f, data.ids), { token: tokens[caller] });
    const codes = (response.errors ?? []).map((e) => e.extensions.code);
    expect(codes).not.toContain('INTERNAL');
    if (CUSTOMER.has(caller)) {
      const body = JSON.stringify({ data: response.data, errors: response.errors });
      for (const secret of data.secrets) expect(body, `${f.name} leaked ${secret}`).not.toContain(secret);
    }
  });

  it('left every row of the other tenant as it was', async () => {
    expect(await snapshotTenant(server, victim.id)).toBe(before);
  });

  it.each(callable.map((f) => [`${f.operation}.${f.name}`, f] as const))(
    '%s as platform on a customer tenant never fails unexpectedly',
    async (_name, f) => {
      const response = await server.gql(callDocument(f, data.ids), { token: tokens.platform });
      expect((response.errors ?? []).map((e) => e.extensions.code)).not.toContain('INTERNAL');
    },
  );
});
