// Unleash's client specification (pinned 6.1.0): every state imported through importUnleash, every case evaluated through evaluateFlags.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_ATTRIBUTES } from '../server/evaluation/definitions.js';
import { keysFor } from '../server/import/unleash-keys.js';
import { createTestTenant, startTestServer, type TestServer } from './helpers/test-server.js';

const SPEC_VERSION = '6.1.0';
const require = createRequire(import.meta.url);
const specDir = path.join(
  path.dirname(require.resolve('@unleash/client-specification/package.json')),
  'specifications',
);
const specVersion = JSON.parse(readFileSync(path.join(specDir, '..', 'package.json'), 'utf8')).version;
const files: string[] = JSON.parse(readFileSync(path.join(specDir, 'index.json'), 'utf8'));

interface SpecCase {
  description: string;
  context: Record<string, unknown>;
  toggleName: string;
  expectedResult: boolean | Record<string, unknown>;
}
interface Spec {
  name: string;
  state: unknown;
  tests?: SpecCase[];
  variantTests?: SpecCase[];
}

const specs = files.map((file, i) => ({
  file,
  prefix: `u${String(i + 1).padStart(2, '0')}_`,
  spec: JSON.parse(readFileSync(path.join(specDir, file), 'utf8')) as Spec,
}));
const cases = specs.flatMap(({ file, prefix, spec }) => [
  ...(spec.tests ?? []).map((c) => ({ file, prefix, kind: 'isEnabled' as const, c })),
  ...(spec.variantTests ?? []).map((c) => ({ file, prefix, kind: 'getVariant' as const, c })),
]);

const IMPORT = `mutation ($state: JSON!, $prefix: String) { importUnleash(state: $state, keyPrefix: $prefix) { flags { name key action } refused { name reason } } }`;
const EVALUATE = `query ($context: EvaluationContextInput!, $keys: [String!]) { evaluateFlags(context: $context, keys: $keys) { flags { key enabled variant payload reason } } }`;

const KNOWN = new Set<string>(KNOWN_ATTRIBUTES);
const TOP = new Set(['userId', 'sessionId']);

/** An Unleash context as Augur's: userId and sessionId on top, Augur's known names on top, the rest attributes. */
function augurContext(unleash: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  const put = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (TOP.has(name) || (KNOWN.has(name) && name !== 'tenantId')) context[name] = String(value);
    else attributes[name] = value;
  };
  for (const [name, value] of Object.entries((unleash.properties as Record<string, unknown>) ?? {}))
    put(name, value);
  for (const [name, value] of Object.entries(unleash)) if (name !== 'properties') put(name, value);
  return { ...context, attributes };
}

interface Evaluated {
  key: string;
  enabled: boolean;
  variant: string | null;
  payload: unknown;
}

/** Augur's result in Unleash's getVariant shape: off is `disabled`, on is enabled without a variant. */
function asUnleashVariant(result: Evaluated): Record<string, unknown> {
  if (result.variant === null || result.variant === 'off') {
    return { name: 'disabled', enabled: false, feature_enabled: false };
  }
  if (result.variant === 'on') return { name: 'disabled', enabled: false, feature_enabled: true };
  return {
    name: result.variant,
    ...(result.payload != null ? { payload: result.payload } : {}),
    enabled: true,
    feature_enabled: true,
  };
}

let server: TestServer;
let ops: string;
let apiKey: string;
const keys = new Map<string, string>();
let passed = 0;

beforeAll(async () => {
  server = await startTestServer();
  const tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
  apiKey = (await server.app.services.apiKeys.create(tenant.id, 'unleash-spec', null)).secret;
  for (const { file, prefix, spec } of specs) {
    const imported = await server.gql<{
      importUnleash: { flags: Array<{ name: string; key: string }>; refused: unknown[] };
    }>(IMPORT, { token: tenant.accounts.ops.token, variables: { state: spec.state, prefix } });
    expect(imported.errors, file).toBeUndefined();
    expect(imported.data?.importUnleash.refused, file).toEqual([]);
    for (const flag of imported.data?.importUnleash.flags ?? []) keys.set(`${prefix}${flag.name}`, flag.key);
  }
}, 120_000);

afterAll(async () => {
  console.log(`Unleash client specification ${specVersion}: ${passed}/${cases.length} cases pass`);
  await server?.close();
});

describe(`Unleash client specification ${SPEC_VERSION}`, () => {
  it('is the pinned version, with its 279 cases', () => {
    expect(specVersion).toBe(SPEC_VERSION);
    expect(cases.length).toBe(279);
  });

  it('importing the same state again changes nothing; a dry run writes nothing', async () => {
    // Other test files may write to a shared database meanwhile: compare these flags' own revisions.
    const mine = [...keys.entries()]
      .filter(([name]) => specs.slice(0, 3).some(({ prefix }) => name.startsWith(prefix)))
      .map(([, key]) => key);
    const revisions = async () => {
      const answers = await Promise.all(
        mine.map((key) =>
          server.gql<{ flag: { revision: number } | null }>(
            'query ($k: String!) { flag(key: $k) { revision } }',
            {
              token: ops,
              variables: { k: key },
            },
          ),
        ),
      );
      return answers.map((answer) => answer.data?.flag?.revision);
    };
    const before = await revisions();
    expect(before.length).toBeGreaterThan(0);
    for (const { prefix, spec } of specs.slice(0, 3)) {
      for (const dryRun of [true, false]) {
        const again = await server.gql<{ importUnleash: { flags: Array<{ action: string }> } }>(
          `mutation ($state: JSON!, $prefix: String, $dry: Boolean) { importUnleash(state: $state, keyPrefix: $prefix, dryRun: $dry) { flags { action } } }`,
          { token: ops, variables: { state: spec.state, prefix, dry: dryRun } },
        );
        expect(again.data?.importUnleash.flags.every((f) => f.action === 'UNCHANGED')).toBe(true);
      }
    }
    expect(await revisions()).toEqual(before);
  });

  it.each(cases.map((entry) => [`${entry.file}: ${entry.c.description}`, entry] as const))(
    '%s',
    async (_, entry) => {
      const { prefix, kind, c } = entry;
      const key =
        keys.get(`${prefix}${c.toggleName}`) ?? (keysFor([c.toggleName], prefix).get(c.toggleName) as string);
      const response = await server.gql<{ evaluateFlags: { flags: Evaluated[] } }>(EVALUATE, {
        token: apiKey,
        variables: { context: augurContext(c.context), keys: [key] },
      });
      expect(response.errors).toBeUndefined();
      const result = response.data?.evaluateFlags.flags[0] as Evaluated;
      if (kind === 'isEnabled') {
        expect(result.enabled).toBe(c.expectedResult);
      } else {
        const expected = c.expectedResult as Record<string, unknown>;
        const { name, payload, enabled, feature_enabled } = expected;
        expect(asUnleashVariant(result)).toEqual({
          name,
          ...(payload !== undefined ? { payload } : {}),
          enabled,
          feature_enabled,
        });
      }
      passed++;
    },
  );
});
