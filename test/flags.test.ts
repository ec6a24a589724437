// Managing flags through GraphQL: create, update with optimistic concurrency, kill switch, rollback, archive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFlagSet } from '../server/evaluation/compile.js';
import type { FlagDefinition } from '../server/evaluation/definitions.js';
import { evaluateFlag } from '../server/evaluation/evaluate.js';
import { BOOLEAN_VARIANTS } from '../server/flags/flag.js';
import {
  CREATE_FLAG,
  type Evaluated,
  MY_FLAGS,
  premiumOnly,
  SET_ENABLED,
  UPDATE_FLAG,
  uniqueKey,
} from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(() => server.close());

async function myFlag(token: string, key: string): Promise<Evaluated | undefined> {
  const { data, errors } = await server.gql<{ myFlags: { flags: Evaluated[] } }>(MY_FLAGS, {
    token,
    variables: { keys: [key] },
  });
  expect(errors).toBeUndefined();
  return data?.myFlags.flags[0];
}

async function createFlag(key: string, input: Record<string, unknown> = premiumOnly()) {
  const result = await server.gql<{ createFlag: { revision: number } }>(CREATE_FLAG, {
    token: ops,
    variables: { key, input, reason: 'test' },
  });
  expect(result.errors).toBeUndefined();
  return result.data?.createFlag;
}

describe('create and evaluate', () => {
  it('creates revision 1 with a revision row and a success audit event', async () => {
    const key = uniqueKey('create');
    const created = await server.gql<{ createFlag: Record<string, unknown> }>(CREATE_FLAG, {
      token: ops,
      variables: { key, input: premiumOnly({ description: 'gate' }), reason: 'launch' },
      headers: { 'x-request-id': `req-create-${key}` },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createFlag).toMatchObject({
      key,
      revision: 1,
      enabled: true,
      offVariant: 'off',
      variants: [{ key: 'on' }, { key: 'off' }],
    });

    const history = await server.gql<{ flagRevisions: Record<string, unknown>[] }>(
      'query ($k: String!) { flagRevisions(key: $k) { revision action actor reason requestId content } }',
      { token: ops, variables: { k: key } },
    );
    expect(history.data?.flagRevisions).toEqual([
      expect.objectContaining({
        revision: 1,
        action: 'flag.create',
        actor: `user:${tenant.accounts.ops.id}`,
        reason: 'launch',
        requestId: `req-create-${key}`,
      }),
    ]);

    const audit = await server.gql<{ auditEvents: { items: Record<string, unknown>[] } }>(
      'query ($k: String!) { auditEvents(targetKey: $k) { items { action status actor requestId targetType } } }',
      { token: ops, variables: { k: key } },
    );
    expect(audit.data?.auditEvents.items).toEqual([
      {
        action: 'FLAG_CREATE',
        status: 'success',
        actor: `user:${tenant.accounts.ops.id}`,
        requestId: `req-create-${key}`,
        targetType: 'FLAG',
      },
    ]);
  });

  it('evaluates myFlags on the server from the session, ignoring what the client claims', async () => {
    const key = uniqueKey('premium');
    await createFlag(key);
    expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({
      enabled: true,
      variant: 'on',
      reason: 'TARGETING_MATCH',
      ruleId: 'premium',
      revision: 1,
    });
    const free = await server.gql<{ myFlags: { flags: Evaluated[] } }>(MY_FLAGS, {
      token: tenant.accounts.user.token,
      variables: { keys: [key], context: { attributes: { plan: 'premium', userId: 'someone-else' } } },
    });
    expect(free.data?.myFlags.flags[0]).toMatchObject({ enabled: false, variant: 'off', reason: 'DEFAULT' });
  });

  it('refuses a duplicate key with CONFLICT', async () => {
    const key = uniqueKey('dup');
    await createFlag(key);
    const again = await server.gql(CREATE_FLAG, { token: ops, variables: { key, input: premiumOnly() } });
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });
});

describe('updates', () => {
  it('applies with the current expectedRevision and gives CONFLICT for a stale one, changing nothing', async () => {
    const key = uniqueKey('upd');
    await createFlag(key);
    const everyone = { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } };
    const ok = await server.gql<{ updateFlag: { revision: number } }>(UPDATE_FLAG, {
      token: ops,
      variables: { key, rev: 1, input: everyone },
    });
    expect(ok.data?.updateFlag.revision).toBe(2);
    expect(await myFlag(tenant.accounts.user.token, key)).toMatchObject({
      enabled: true,
      reason: 'DEFAULT',
      revision: 2,
    });

    const stale = await server.gql(UPDATE_FLAG, {
      token: ops,
      variables: { key, rev: 1, input: premiumOnly() },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2 });
    expect(await myFlag(tenant.accounts.user.token, key)).toMatchObject({ enabled: true, revision: 2 });
  });

  it.each([
    [
      'weights not summing to 100',
      {
        type: 'BOOLEAN',
        enabled: true,
        fallthrough: {
          rollout: {
            weights: [
              { variant: 'on', weight: 30 },
              { variant: 'off', weight: 60 },
            ],
          },
        },
      },
      'fallthrough.rollout.weights',
    ],
    [
      'an unknown segment',
      premiumOnly({
        rules: [
          {
            id: 'r',
            conditions: [{ operator: 'IN_SEGMENT', values: ['no_such_segment'] }],
            serve: { variant: 'on' },
          },
        ],
      }),
      'rules.0.conditions.0.values',
    ],
    [
      'an unknown variant',
      { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'maybe' } },
      'fallthrough.variant',
    ],
    [
      'both a variant and a rollout',
      {
        type: 'BOOLEAN',
        enabled: true,
        fallthrough: { variant: 'on', rollout: { weights: [{ variant: 'on', weight: 100 }] } },
      },
      'fallthrough',
    ],
    [
      'an oversized target list',
      premiumOnly({
        targets: [{ variant: 'on', userIds: Array.from({ length: 10_001 }, (_, i) => `u${i}`) }],
      }),
      'targets.0.userIds',
    ],
  ])('rejects %s with VALIDATION_FAILED at the field path, saving nothing', async (_name, input, path) => {
    const key = uniqueKey('bad');
    await createFlag(key);
    const result = await server.gql(UPDATE_FLAG, { token: ops, variables: { key, rev: 1, input } });
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const fields = result.errors?.[0]?.extensions.fields as { path: string }[];
    expect(fields.map((f) => f.path)).toContain(path);
    expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({ enabled: true, revision: 1 });
    const audit = await server.gql<{ auditEvents: { items: { status: string; action: string }[] } }>(
      'query ($k: String!) { auditEvents(targetKey: $k) { items { action status } } }',
      { token: ops, variables: { k: key } },
    );
    expect(audit.data?.auditEvents.items[0]).toEqual({ action: 'FLAG_UPDATE', status: 'failed' });
  });

  it('rejects an unknown operator and a bad key before anything runs', async () => {
    const badOperator = await server.gql(CREATE_FLAG, {
      token: ops,
      variables: {
        key: uniqueKey('op'),
        input: premiumOnly({
          rules: [
            {
              id: 'r',
              conditions: [{ attribute: 'plan', operator: 'LIKE', values: ['x'] }],
              serve: { variant: 'on' },
            },
          ],
        }),
      },
    });
    expect(badOperator.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    const badKey = await server.gql(CREATE_FLAG, {
      token: ops,
      variables: { key: 'Not A Key', input: premiumOnly() },
    });
    expect(badKey.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'key' }],
    });
  });

  it('rejects a prerequisite cycle at any depth', async () => {
    const a = uniqueKey('a');
    const b = uniqueKey('b');
    const c = uniqueKey('c');
    await createFlag(a);
    await createFlag(b, premiumOnly({ prerequisites: [{ flagKey: a, variant: 'on' }] }));
    await createFlag(c, premiumOnly({ prerequisites: [{ flagKey: b, variant: 'on' }] }));
    const cycle = await server.gql(UPDATE_FLAG, {
      token: ops,
      variables: { key: a, rev: 1, input: premiumOnly({ prerequisites: [{ flagKey: c, variant: 'on' }] }) },
    });
    expect(cycle.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect((cycle.errors?.[0]?.extensions.fields as { path: string }[] | undefined)?.[0]?.path).toMatch(
      /^prerequisites\.0/,
    );
  });
});

describe('concurrent writes', () => {
  it('two updates that would close a prerequisite cycle between them: exactly one is refused', async () => {
    const a = uniqueKey('race_a');
    const b = uniqueKey('race_b');
    await createFlag(a);
    await createFlag(b);
    const [first, second] = await Promise.all([
      server.gql(UPDATE_FLAG, {
        token: ops,
        variables: { key: a, rev: 1, input: premiumOnly({ prerequisites: [{ flagKey: b, variant: 'on' }] }) },
      }),
      server.gql(UPDATE_FLAG, {
        token: ops,
        variables: { key: b, rev: 1, input: premiumOnly({ prerequisites: [{ flagKey: a, variant: 'on' }] }) },
      }),
    ]);
    const codes = [first.errors?.[0]?.extensions.code, second.errors?.[0]?.extensions.code];
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes).toContain('VALIDATION_FAILED');
  });

  it('parallel creates of one key: one succeeds, the others get CONFLICT (never INTERNAL)', async () => {
    const key = uniqueKey('race_create');
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        server.gql(CREATE_FLAG, { token: ops, variables: { key, input: premiumOnly() } }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });
});

describe('kill switch', () => {
  it('turns a flag off for everyone at once, with reason DISABLED and the new revision, and back on', async () => {
    const key = uniqueKey('kill');
    await createFlag(key);
    const killed = await server.gql<{ setFlagEnabled: { revision: number; enabled: boolean } }>(SET_ENABLED, {
      token: ops,
      variables: { key, enabled: false, reason: 'incident 42' },
    });
    expect(killed.data?.setFlagEnabled).toEqual({ key, enabled: false, revision: 2 });
    expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({
      enabled: false,
      variant: 'off',
      reason: 'DISABLED',
      revision: 2,
    });

    const again = await server.gql<{ setFlagEnabled: { revision: number } }>(SET_ENABLED, {
      token: ops,
      variables: { key, enabled: false, reason: 'double click' },
    });
    expect(again.data?.setFlagEnabled.revision).toBe(2);

    await server.gql(SET_ENABLED, { token: ops, variables: { key, enabled: true, reason: 'fixed' } });
    expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({
      enabled: true,
      reason: 'TARGETING_MATCH',
      revision: 3,
    });
  });

  it('needs a reason and is refused to support and users', async () => {
    const key = uniqueKey('kill_auth');
    await createFlag(key);
    const noReason = await server.gql(SET_ENABLED, {
      token: ops,
      variables: { key, enabled: false, reason: '' },
    });
    expect(noReason.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    for (const who of ['support', 'user'] as const) {
      const refused = await server.gql(SET_ENABLED, {
        token: tenant.accounts[who].token,
        variables: { key, enabled: false, reason: 'x' },
      });
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('batch kill switch', () => {
  const SET_MANY = `mutation ($keys: [String!]!, $enabled: Boolean!, $reason: String!) {
    setFlagsEnabled(keys: $keys, enabled: $enabled, reason: $reason) { key enabled revision }
  }`;
  const AUDIT = `query ($key: String!) { flagRevisions(key: $key, first: 5) { revision configRevision action } }`;

  it('turns several flags off at one configuration revision, or none of them when one key is unknown', async () => {
    const keys = [uniqueKey('batch_a'), uniqueKey('batch_b')];
    for (const key of keys) await createFlag(key);
    const refused = await server.gql(SET_MANY, {
      token: ops,
      variables: { keys: [...keys, uniqueKey('batch_missing')], enabled: false, reason: 'incident' },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await myFlag(tenant.accounts.premium.token, keys[0] as string)).toMatchObject({
      enabled: true,
      revision: 1,
    });

    const done = await server.gql<{
      setFlagsEnabled: Array<{ key: string; enabled: boolean; revision: number }>;
    }>(SET_MANY, { token: ops, variables: { keys, enabled: false, reason: 'incident' } });
    expect(done.data?.setFlagsEnabled).toEqual(keys.map((key) => ({ key, enabled: false, revision: 2 })));
    const revisions = await Promise.all(
      keys.map(async (key) => {
        const r = await server.gql<{ flagRevisions: Array<{ configRevision: number; action: string }> }>(
          AUDIT,
          {
            token: ops,
            variables: { key },
          },
        );
        return r.data?.flagRevisions[0];
      }),
    );
    expect(revisions[0]?.action).toBe('flag.disable');
    expect(revisions[0]?.configRevision).toBe(revisions[1]?.configRevision);
    for (const key of keys) {
      expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({
        enabled: false,
        reason: 'DISABLED',
      });
    }
  });

  it('is refused to support and needs at least one key', async () => {
    const support = await server.gql(SET_MANY, {
      token: tenant.accounts.support.token,
      variables: { keys: ['x'], enabled: false, reason: 'x' },
    });
    expect(support.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const empty = await server.gql(SET_MANY, {
      token: ops,
      variables: { keys: [], enabled: false, reason: 'x' },
    });
    expect(empty.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('rollback and archive', () => {
  it('rolls back to an earlier revision as a new revision, and says when nothing changes', async () => {
    const key = uniqueKey('rb');
    await createFlag(key);
    await server.gql(UPDATE_FLAG, {
      token: ops,
      variables: { key, rev: 1, input: { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } } },
    });
    const ROLLBACK = `mutation ($key: String!, $to: Int!) { rollbackFlag(key: $key, toRevision: $to, reason: "bad rule") { changed flag { revision rules { id } } } }`;
    const back = await server.gql<{
      rollbackFlag: { changed: boolean; flag: { revision: number; rules: { id: string }[] } };
    }>(ROLLBACK, {
      token: ops,
      variables: { key, to: 1 },
    });
    expect(back.data?.rollbackFlag).toEqual({
      changed: true,
      flag: { revision: 3, rules: [{ id: 'premium' }] },
    });
    expect(await myFlag(tenant.accounts.user.token, key)).toMatchObject({ enabled: false, revision: 3 });

    const noop = await server.gql<{ rollbackFlag: { changed: boolean; flag: { revision: number } } }>(
      ROLLBACK,
      { token: ops, variables: { key, to: 1 } },
    );
    expect(noop.data?.rollbackFlag).toEqual({
      changed: false,
      flag: { revision: 3, rules: [{ id: 'premium' }] },
    });

    const missing = await server.gql(ROLLBACK, { token: ops, variables: { key, to: 99 } });
    expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('archives a flag (FLAG_NOT_FOUND afterwards) unless another flag depends on it', async () => {
    const parent = uniqueKey('parent');
    const child = uniqueKey('child');
    await createFlag(parent);
    await createFlag(child, premiumOnly({ prerequisites: [{ flagKey: parent, variant: 'on' }] }));
    const ARCHIVE =
      'mutation ($key: String!) { archiveFlag(key: $key, reason: "retired") { archived revision } }';
    const refused = await server.gql(ARCHIVE, { token: ops, variables: { key: parent } });
    expect(refused.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');

    expect((await server.gql(ARCHIVE, { token: ops, variables: { key: child } })).errors).toBeUndefined();
    expect(await myFlag(tenant.accounts.premium.token, child)).toMatchObject({
      reason: 'FLAG_NOT_FOUND',
      variant: null,
    });
    expect((await server.gql(ARCHIVE, { token: ops, variables: { key: parent } })).errors).toBeUndefined();
  });
});

describe('audit failure', () => {
  it('refuses the change with AUDIT_UNAVAILABLE and leaves the previous revision serving', async () => {
    const key = uniqueKey('auditfail');
    await createFlag(key);
    const db = server.app.database.db;
    const { sql } = await import('kysely');
    // A real failure of the audit insert, for this flag only: other tests keep writing audit rows.
    await sql
      .raw(`CREATE OR REPLACE FUNCTION augur_test_fail_audit() RETURNS trigger AS $$
        BEGIN IF NEW.target_key = '${key}' AND NEW.status = 'success' THEN RAISE EXCEPTION 'audit store down'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`)
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER fail_audit_${key} BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION augur_test_fail_audit()`,
      )
      .execute(db);
    try {
      const killed = await server.gql(SET_ENABLED, {
        token: ops,
        variables: { key, enabled: false, reason: 'try' },
      });
      expect(killed.errors?.[0]?.extensions.code).toBe('AUDIT_UNAVAILABLE');
      expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({ enabled: true, revision: 1 });
      const stored = await db
        .selectFrom('flags')
        .select(['enabled', 'revision'])
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ enabled: true, revision: 1 });
      const revisions = await db
        .selectFrom('revisions')
        .select('revision')
        .where('entity_key', '=', key)
        .execute();
      expect(revisions).toEqual([{ revision: 1 }]);
    } finally {
      await sql.raw(`DROP TRIGGER fail_audit_${key} ON audit_events`).execute(db);
    }
  });
});

describe('the hot path reads memory, not the database', () => {
  it('a row changed behind the service is not seen until the configuration revision moves', async () => {
    const key = uniqueKey('hot');
    await createFlag(key);
    const db = server.app.database.db;
    // As a write of another instance would leave it: the row stamped with the revision it was written at.
    const { revision } = await db
      .selectFrom('config_state')
      .select('revision')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('flags')
      .set({ enabled: false, config_revision: Number(revision) + 1 })
      .where('key', '=', key)
      .execute();
    expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({ enabled: true });
    await db
      .updateTable('config_state')
      .set((eb) => ({ revision: eb('revision', '+', 1) }))
      .where('id', '=', 1)
      .execute();
    await server.app.services.snapshot.refresh();
    expect(await myFlag(tenant.accounts.premium.token, key)).toMatchObject({
      enabled: false,
      reason: 'DISABLED',
    });
  });
});

describe('canonical content', () => {
  const HISTORY = `query ($k: String!) { flagRevisions(key: $k) { revision action content diff { path change from to } } }`;
  type History = { revision: number; action: string; content: unknown; diff: { path: string }[] }[];
  const history = async (key: string) =>
    (await server.gql<{ flagRevisions: History }>(HISTORY, { token: ops, variables: { k: key } })).data
      ?.flagRevisions ?? [];

  it('refuses an empty salt or stickiness instead of quietly taking the default', async () => {
    const key = uniqueKey('empty_salt');
    const salt = await server.gql(CREATE_FLAG, {
      token: ops,
      variables: { key, input: premiumOnly({ salt: '' }) },
    });
    expect(salt.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const stickiness = await server.gql(CREATE_FLAG, {
      token: ops,
      variables: {
        key,
        input: premiumOnly({
          fallthrough: { rollout: { weights: [{ variant: 'on', weight: 100 }], stickiness: '' } },
        }),
      },
    });
    expect(stickiness.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  /** A rollout flag with a rule, as a bare API client sends it. */
  const bare = () =>
    premiumOnly({
      fallthrough: {
        rollout: {
          weights: [
            { variant: 'on', weight: 50 },
            { variant: 'off', weight: 50 },
          ],
        },
      },
    });
  /** The same definition as the console editor sends it: every default spelled out, salt = the key. */
  const explicit = (key: string) =>
    premiumOnly({
      description: '',
      variants: [
        { key: 'on', payload: null },
        { key: 'off', payload: null },
      ],
      offVariant: 'off',
      prerequisites: [],
      targets: [],
      rules: [
        {
          id: 'premium',
          description: '',
          conditions: [
            { attribute: 'plan', operator: 'IN', values: ['premium'], negate: false, caseInsensitive: false },
          ],
          serve: { variant: 'on', rollout: null },
        },
      ],
      fallthrough: {
        variant: null,
        rollout: {
          weights: [
            { variant: 'on', weight: 50 },
            { variant: 'off', weight: 50 },
          ],
          stickiness: null,
        },
      },
      salt: key,
    });
  const noDefaults = (paths: string[]) =>
    paths.filter((p) => /negate|caseInsensitive|salt|description|payload|stickiness/.test(p));

  it('stores a definition the same with and without explicit defaults', async () => {
    const plain = uniqueKey('canon_plain');
    const spelled = uniqueKey('canon_explicit');
    await createFlag(plain, bare());
    await createFlag(spelled, explicit(spelled));
    const [a] = await history(plain);
    const [b] = await history(spelled);
    expect(b?.content).toEqual(a?.content);
    expect(b?.diff).toEqual(a?.diff);
    expect(a?.content).not.toHaveProperty('salt');
    expect(JSON.stringify(a?.content)).not.toMatch(/negate|caseInsensitive/);

    const read = await server.gql<{ flag: { salt: string } }>(
      'query ($k: String!) { flag(key: $k) { salt } }',
      {
        token: ops,
        variables: { k: spelled },
      },
    );
    expect(read.data?.flag.salt).toBe(spelled);
  });

  it('an update that only spells out the defaults changes nothing and writes no revision', async () => {
    const key = uniqueKey('canon_noop');
    await createFlag(key, bare());
    const same = await server.gql<{ updateFlag: { revision: number } }>(UPDATE_FLAG, {
      token: ops,
      variables: { key, rev: 1, input: explicit(key), reason: 'editor save' },
    });
    expect(same.errors).toBeUndefined();
    expect(same.data?.updateFlag.revision).toBe(1);
    expect((await history(key)).map((r) => r.revision)).toEqual([1]);

    // A real change next to the spelled-out defaults diffs on the change alone.
    const changed = await server.gql<{ updateFlag: { revision: number } }>(UPDATE_FLAG, {
      token: ops,
      variables: { key, rev: 1, input: { ...explicit(key), enabled: false } },
    });
    expect(changed.data?.updateFlag.revision).toBe(2);
    expect((await history(key))[0]?.diff).toEqual([
      { path: 'enabled', change: 'CHANGE', from: true, to: false },
    ]);
  });

  it('a row and a revision stored with explicit defaults diff and roll back on what really changed', async () => {
    const key = uniqueKey('canon_legacy');
    await createFlag(key, bare());
    // What an editor save stored before content was canonical: the defaults and the salt spelled out.
    const [created] = await history(key);
    const legacy = JSON.parse(JSON.stringify(created?.content)) as {
      rules: { conditions: Record<string, unknown>[] }[];
      salt?: string;
    };
    for (const condition of legacy.rules[0]?.conditions ?? [])
      Object.assign(condition, { negate: false, caseInsensitive: false });
    legacy.salt = key;
    const db = server.app.database.db;
    await db
      .updateTable('revisions')
      .set({ content: JSON.stringify(legacy) })
      .where('entity_type', '=', 'flag')
      .where('entity_key', '=', key)
      .where('revision', '=', 1)
      .execute();
    const { description: _d, type: _t, enabled: _e, ...definition } = legacy as Record<string, unknown>;
    await db
      .updateTable('flags')
      .set({ definition: JSON.stringify(definition) })
      .where('key', '=', key)
      .execute();

    const update = await server.gql<{ updateFlag: { revision: number } }>(UPDATE_FLAG, {
      token: ops,
      variables: { key, rev: 1, input: bare() },
    });
    expect(update.data?.updateFlag.revision).toBe(1);

    await server.gql(UPDATE_FLAG, {
      token: ops,
      variables: { key, rev: 1, input: { ...bare(), fallthrough: { variant: 'on' } } },
    });
    const ROLLBACK = `mutation ($key: String!) { rollbackFlag(key: $key, toRevision: 1, reason: "undo") { changed flag { revision } } }`;
    const back = await server.gql<{ rollbackFlag: { changed: boolean; flag: { revision: number } } }>(
      ROLLBACK,
      {
        token: ops,
        variables: { key },
      },
    );
    expect(back.data?.rollbackFlag).toEqual({ changed: true, flag: { revision: 3 } });

    const [rollback, update2] = await history(key);
    for (const revision of [rollback, update2]) {
      expect(revision?.diff.length).toBeGreaterThan(0);
      expect(noDefaults(revision?.diff.map((d) => d.path) ?? [])).toEqual([]);
    }
    expect(rollback?.content).not.toHaveProperty('salt');
    expect(JSON.stringify(rollback?.content)).not.toMatch(/negate|caseInsensitive/);
  });

  it('buckets a flag whose salt was its key exactly as before', async () => {
    const key = uniqueKey('canon_salt');
    await createFlag(key, explicit(key));
    const EVALUATE = `query ($context: EvaluationContextInput!, $keys: [String!]) { evaluateFlags(context: $context, keys: $keys) { flags { variant reason } } }`;
    // The definition as it was stored before: the salt spelled out.
    const before: FlagDefinition = {
      key,
      revision: 1,
      type: 'BOOLEAN',
      enabled: true,
      variants: BOOLEAN_VARIANTS,
      offVariant: 'off',
      prerequisites: [],
      targets: [],
      rules: [
        {
          id: 'premium',
          conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }],
          serve: { variant: 'on' },
        },
      ],
      fallthrough: (bare() as { fallthrough: FlagDefinition['fallthrough'] }).fallthrough,
      salt: key,
    };
    const expected = compileFlagSet({ flags: [before], segments: [], revision: 1 });
    const served = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const userId = `canon-user-${i}`;
      const result = await server.gql<{ evaluateFlags: { flags: { variant: string; reason: string }[] } }>(
        EVALUATE,
        { token: ops, variables: { context: { userId, plan: 'free' }, keys: [key] } },
      );
      const variant = result.data?.evaluateFlags.flags[0]?.variant ?? '';
      expect(variant).toBe(evaluateFlag(expected, key, { userId, plan: 'free' }).variant);
      served.add(variant);
    }
    expect([...served].sort()).toEqual(['off', 'on']);
  });

  it('applies to segment conditions too', async () => {
    const key = uniqueKey('canon_seg');
    const META = { actor: 'system', reason: 'test', requestId: `req-${key}` };
    const rules = (extra: Record<string, unknown>) => [
      { conditions: [{ attribute: 'country', operator: 'IN' as const, values: ['FR'], ...extra }] },
    ];
    const segments = server.app.services.segments;
    await segments.create(key, { description: '', included: [], excluded: [], rules: rules({}) }, META);
    const same = await segments.update(
      key,
      1,
      {
        description: '',
        included: [],
        excluded: [],
        rules: rules({ negate: false, caseInsensitive: false }),
      },
      META,
    );
    expect(same.revision).toBe(1);
    const changed = await segments.update(
      key,
      1,
      { description: '', included: [], excluded: [], rules: rules({ negate: true, caseInsensitive: false }) },
      META,
    );
    expect(changed.revision).toBe(2);
    expect((await segments.history(key, 10))[0]?.diff).toEqual([
      { path: 'rules.0.conditions.0.negate', change: 'CREATE', to: true },
    ]);
  });
});
