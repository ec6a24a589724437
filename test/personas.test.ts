// The astrologer persona through GraphQL: reads, bounded updates with optimistic concurrency, revisions,
// audit rows and rollback. The persona is one global row: checks find their own rows by request id, and
// writes retry on CONFLICT, so other files writing it on a shared PostgreSQL do not make these flaky.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';
import { connect, subscribe } from './helpers/ws-client.js';

const PERSONA_FIELDS = 'name tone replyLength allowedTopics greeting revision';

const PERSONA = `query { personaConfig { ${PERSONA_FIELDS} } }`;

const UPDATE = `mutation ($rev: Int!, $input: PersonaInput!, $reason: String) {
  updatePersonaConfig(expectedRevision: $rev, input: $input, reason: $reason) { ${PERSONA_FIELDS} }
}`;

const ROLLBACK = `mutation ($to: Int!, $reason: String!) {
  rollbackPersonaConfig(toRevision: $to, reason: $reason) { changed persona { ${PERSONA_FIELDS} } }
}`;

const REVISIONS = `query ($first: Int) {
  personaRevisions(first: $first) {
    entityType entityKey revision configRevision action actor reason requestId content diff { path change }
  }
}`;

const AUDIT = `query ($actor: String) {
  auditEvents(targetType: PERSONA, targetKey: "default", actor: $actor, first: 200) {
    items { action status actor requestId targetType targetKey details }
  }
}`;

interface PersonaShape {
  name: string;
  tone: string;
  replyLength: string;
  allowedTopics: string[];
  greeting: string;
  revision: number;
}

type RevisionRow = Record<string, unknown> & { revision: number; requestId: string; action: string };
type AuditRow = Record<string, unknown> & { requestId: string; status: string; action: string };

let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
});
afterAll(() => server.close());

const requestId = (name: string) => `req-persona-${name}-${randomUUID().slice(0, 8)}`;

async function current(): Promise<PersonaShape> {
  const { data, errors } = await server.gql<{ personaConfig: PersonaShape }>(PERSONA, { token: ops });
  expect(errors).toBeUndefined();
  return data?.personaConfig as PersonaShape;
}

async function revisions(): Promise<RevisionRow[]> {
  const { data, errors } = await server.gql<{ personaRevisions: RevisionRow[] }>(REVISIONS, {
    token: ops,
    variables: { first: 200 },
  });
  expect(errors).toBeUndefined();
  return data?.personaRevisions ?? [];
}

async function auditRows(actor?: string): Promise<AuditRow[]> {
  const { data, errors } = await server.gql<{ auditEvents: { items: AuditRow[] } }>(AUDIT, {
    token: ops,
    variables: { actor },
  });
  expect(errors).toBeUndefined();
  return data?.auditEvents.items ?? [];
}

const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Orion',
  tone: 'MYSTICAL',
  replyLength: 'LONG',
  allowedTopics: ['astrology', 'tarot', 'runes'],
  greeting: 'The stars were expecting you.',
  ...overrides,
});

function update(rev: number, overrides: Record<string, unknown> = {}, id = requestId('update')) {
  return server.gql<{ updatePersonaConfig: PersonaShape }>(UPDATE, {
    token: ops,
    variables: { rev, input: input(overrides), reason: 'test' },
    headers: { 'x-request-id': id },
  });
}

/** Reads the revision in force and writes on it, again if another writer got there first. */
async function updateCurrent(
  overrides: Record<string, unknown>,
  id = requestId('update'),
): Promise<PersonaShape> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await update((await current()).revision, overrides, id);
    if (result.errors?.[0]?.extensions.code === 'CONFLICT') continue;
    expect(result.errors).toBeUndefined();
    return result.data?.updatePersonaConfig as PersonaShape;
  }
  throw new Error('the persona kept changing under the test');
}

describe('reading', () => {
  it('has the default persona as revision 1, installed with a revision row and an audit row', async () => {
    expect((await current()).revision).toBeGreaterThanOrEqual(1);
    const first = (await revisions()).find((r) => r.revision === 1);
    expect(first).toMatchObject({
      entityType: 'persona',
      entityKey: 'default',
      action: 'persona.update',
      actor: 'system',
      configRevision: null,
      content: { name: 'Selene', tone: 'WARM', replyLength: 'MEDIUM', greeting: expect.any(String) },
    });
    const installed = (await auditRows('system')).find((e) => e.requestId === first?.requestId);
    expect(installed).toMatchObject({ action: 'PERSONA_UPDATE', status: 'success', targetType: 'PERSONA' });
  });

  it('lets support read the persona and its revisions but not change them; users may not read it', async () => {
    const support = tenant.accounts.support.token;
    expect((await server.gql(PERSONA, { token: support })).errors).toBeUndefined();
    expect((await server.gql(REVISIONS, { token: support })).errors).toBeUndefined();
    const write = await server.gql(UPDATE, { token: support, variables: { rev: 1, input: input() } });
    expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const rollback = await server.gql(ROLLBACK, { token: support, variables: { to: 1, reason: 'x' } });
    expect(rollback.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    for (const token of [tenant.accounts.user.token, tenant.accounts.premium.token]) {
      expect((await server.gql(PERSONA, { token })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    expect((await server.gql(PERSONA)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('publishes the topic vocabulary', async () => {
    const { data } = await server.gql<{ personaTopics: string[] }>('{ personaTopics }', { token: ops });
    expect(data?.personaTopics).toEqual(
      expect.arrayContaining(['love', 'career', 'health', 'tarot', 'runes', 'dreams']),
    );
  });
});

describe('updates', () => {
  it('writes a new revision with its diff, and a success audit row with the request id', async () => {
    const id = requestId('rebrand');
    const name = `Orion ${randomUUID().slice(0, 6)}`;
    const updated = await updateCurrent({ name: `  ${name} `, allowedTopics: [' Astrology', 'TAROT'] }, id);
    expect(updated).toMatchObject({
      name,
      tone: 'MYSTICAL',
      replyLength: 'LONG',
      allowedTopics: ['astrology', 'tarot'],
      greeting: 'The stars were expecting you.',
    });

    const revision = (await revisions()).find((r) => r.requestId === id);
    expect(revision).toMatchObject({
      revision: updated.revision,
      action: 'persona.update',
      actor: `user:${tenant.accounts.ops.id}`,
      reason: 'test',
      configRevision: expect.any(Number),
      content: { name, tone: 'MYSTICAL', allowedTopics: ['astrology', 'tarot'] },
    });
    expect(revision?.diff).toEqual(expect.arrayContaining([{ path: 'name', change: 'CHANGE' }]));

    expect((await auditRows()).filter((e) => e.requestId === id)).toEqual([
      expect.objectContaining({
        action: 'PERSONA_UPDATE',
        status: 'success',
        actor: `user:${tenant.accounts.ops.id}`,
        targetType: 'PERSONA',
        targetKey: 'default',
        details: expect.objectContaining({ revision: updated.revision, reason: 'test' }),
      }),
    ]);
  });

  it('refuses a stale expectedRevision with CONFLICT, writes no revision and audits the refusal', async () => {
    const id = requestId('stale');
    const stale = await update(0, { name: 'Stale' }, id);
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentRevision: expect.any(Number),
    });
    expect((await revisions()).filter((r) => r.requestId === id)).toEqual([]);
    expect((await auditRows()).filter((e) => e.requestId === id)).toEqual([
      expect.objectContaining({
        action: 'PERSONA_UPDATE',
        status: 'failed',
        details: expect.objectContaining({ code: 'CONFLICT' }),
      }),
    ]);
  });

  it('writes nothing when the content is already in force', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = await current();
      const { revision: _r, ...same } = before;
      const result = await update(before.revision, same);
      if (result.errors?.[0]?.extensions.code === 'CONFLICT') continue;
      expect(result.data?.updatePersonaConfig).toEqual(before);
      return;
    }
    throw new Error('the persona kept changing under the test');
  });

  it.each([
    ['an empty name', { name: '  ' }, 'name'],
    ['a 61-character name', { name: 'n'.repeat(61) }, 'name'],
    ['a 281-character greeting', { greeting: 'g'.repeat(281) }, 'greeting'],
    ['no topics', { allowedTopics: [] }, 'allowedTopics'],
    ['21 topics', { allowedTopics: Array.from({ length: 21 }, () => 'love') }, 'allowedTopics'],
    ['an unknown topic', { allowedTopics: ['love', 'politics'] }, 'allowedTopics.1'],
    ['a duplicate topic', { allowedTopics: ['love', 'love'] }, 'allowedTopics.1'],
  ])(
    'rejects %s with VALIDATION_FAILED at the field path, saving nothing',
    async (_name, overrides, path) => {
      const id = requestId('invalid');
      const result = await update((await current()).revision, overrides, id);
      expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
      const fields = result.errors?.[0]?.extensions.fields as { path: string }[];
      expect(fields.map((f) => f.path)).toContain(path);
      expect((await revisions()).filter((r) => r.requestId === id)).toEqual([]);
      expect((await auditRows()).find((e) => e.requestId === id)).toMatchObject({ status: 'failed' });
    },
  );

  it('rejects an unknown tone as invalid input', async () => {
    const result = await update((await current()).revision, { tone: 'GRUMPY' });
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('rollback', () => {
  it("writes revision 1's content as a new revision, then says so when it is already in force", async () => {
    const changed = await updateCurrent({ name: 'Before rollback' });
    const id = requestId('rollback');
    const rolled = await server.gql<{ rollbackPersonaConfig: { changed: boolean; persona: PersonaShape } }>(
      ROLLBACK,
      { token: ops, variables: { to: 1, reason: 'back to the default' }, headers: { 'x-request-id': id } },
    );
    expect(rolled.errors).toBeUndefined();
    const persona = rolled.data?.rollbackPersonaConfig.persona as PersonaShape;
    expect(rolled.data?.rollbackPersonaConfig.changed).toBe(true);
    expect(persona).toMatchObject({ name: 'Selene', tone: 'WARM', replyLength: 'MEDIUM' });
    expect(persona.revision).toBeGreaterThan(changed.revision);

    const first = (await revisions()).find((r) => r.revision === 1);
    const written = (await revisions()).find((r) => r.requestId === id);
    expect(written).toMatchObject({
      revision: persona.revision,
      action: 'persona.rollback',
      content: first?.content,
    });
    expect((await auditRows()).find((e) => e.requestId === id)).toMatchObject({
      action: 'PERSONA_ROLLBACK',
      status: 'success',
    });

    const again = await server.gql<{ rollbackPersonaConfig: { changed: boolean; persona: PersonaShape } }>(
      ROLLBACK,
      { token: ops, variables: { to: persona.revision, reason: 'again' } },
    );
    expect(again.data?.rollbackPersonaConfig.changed).toBe(false);
  });

  it('refuses an unknown revision with NOT_FOUND', async () => {
    const result = await server.gql(ROLLBACK, { token: ops, variables: { to: 1_000_000, reason: 'x' } });
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('flag replay', () => {
  it('is not disturbed by a persona change, even beside a segment that shares its key', async () => {
    // Persona changes move the configuration revision too; replay must not take them for segments.
    const user = tenant.accounts.user;
    const segment = await server.gql(
      'mutation ($u: String!) { createSegment(key: "default", input: { included: [$u] }, reason: "test") { key } }',
      { token: ops, variables: { u: user.id } },
    );
    expect(segment.errors).toBeUndefined();
    const key = uniqueKey('persona_replay');
    const created = await server.gql(CREATE_FLAG, {
      token: ops,
      variables: {
        key,
        input: {
          type: 'BOOLEAN',
          enabled: true,
          rules: [
            {
              id: 'seg',
              conditions: [{ operator: 'IN_SEGMENT', values: ['default'] }],
              serve: { variant: 'on' },
            },
          ],
          fallthrough: { variant: 'off' },
        },
      },
    });
    expect(created.errors).toBeUndefined();

    const query = `subscription ($keys: [String!], $since: Int) {
      myFlagUpdates(keys: $keys, sinceRevision: $since) { configRevision full flags { key enabled } }
    }`;
    type Update = { myFlagUpdates: { configRevision: number; full: boolean; flags: { key: string }[] } };
    const { client } = connect(server.wsUrl, user.token);
    const first = subscribe<Update>(client, query, { keys: [key] });
    const snapshot = (await first.next()).myFlagUpdates;
    expect(snapshot.flags).toEqual([{ key, enabled: true }]);
    first.close();

    await updateCurrent({ name: 'Replay' });

    const replay = subscribe<Update>(client, query, { keys: [key], since: snapshot.configRevision });
    const delta = (await replay.next()).myFlagUpdates;
    expect(delta.configRevision).toBeGreaterThan(snapshot.configRevision);
    expect(delta.full).toBe(false);
    expect(delta.flags).toEqual([]);
    replay.close();
    await client.dispose();
  });
});
