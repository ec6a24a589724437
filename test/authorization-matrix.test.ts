// Every field declares who may use it, and every kind of caller gets exactly that: the schema-wide auth matrix.
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
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const schema = buildSchema();
const fields = rootFields(schema);

type Caller = 'anonymous' | 'user' | 'support' | 'ops' | 'platform' | 'apiKey';
const CALLERS: Caller[] = ['anonymous', 'user', 'support', 'ops', 'platform', 'apiKey'];

/** Which callers a scope map admits (scope-auth's default strategy: any scope suffices). */
function admits(scopes: ScopeMap, caller: Caller): boolean {
  if (scopes.public) return true;
  if (caller === 'anonymous') return false;
  if (caller === 'apiKey') return scopes.apiKey === true;
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
