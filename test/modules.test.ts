// Gated modules through GraphQL: availability, the gate before quota, kill and re-enable, ownership,
// bad input, quota limits and the race for the last unit, reinjection into the conversation, and a real
// database fault mid-run. (A kill mid-run is in server/modules/module-service.test.ts, on fakes.)
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawTarot } from '../server/modules/draw.js';
import { SET_ENABLED } from './helpers/flags.js';
import { setModuleGates } from './helpers/module-gates.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const AVAILABILITY =
  '{ moduleAvailability { module state reason inAudience quotaLimit quotaLeft resetsAt spreads { id } } }';
const EXECUTE = `mutation ($module: ModuleName!, $c: ID!, $spread: String!, $q: String!, $reinject: Boolean) {
  executeModule(module: $module, conversationId: $c, spread: $spread, question: $q, reinject: $reinject) {
    id module spread seed question quotaLeft resetsAt items { position positionName id name reversed meaning } message { text }
  }
}`;

interface Availability {
  module: string;
  state: string;
  reason: string;
  quotaLimit: number;
  quotaLeft: number;
}

let server: TestServer;
let tenant: TestTenant;

async function conversation(token: string): Promise<string> {
  const { data, errors } = await server.gql<{ createConversation: { id: string } }>(
    'mutation { createConversation(title: "readings") { id } }',
    { token },
  );
  expect(errors).toBeUndefined();
  return data?.createConversation.id ?? '';
}

async function availability(token: string): Promise<Record<string, Availability>> {
  const { data } = await server.gql<{ moduleAvailability: Availability[] }>(AVAILABILITY, { token });
  return Object.fromEntries((data?.moduleAvailability ?? []).map((a) => [a.module, a]));
}

beforeAll(async () => {
  server = await startTestServer({ env: { AUGUR_MODULE_QUOTA: 'free=2,premium=4' } });
  tenant = await createTestTenant(server);
  await setModuleGates(server);
});
afterAll(() => server.close());

describe('availability', () => {
  it('shows tarot READY to premium and LOCKED with the reason to a free user outside the rollout', async () => {
    const premium = await availability(tenant.accounts.premium.token);
    expect(premium.TAROT).toMatchObject({
      state: 'READY',
      reason: 'TARGETING_MATCH',
      inAudience: true,
      quotaLimit: 4,
      quotaLeft: 4,
    });
    const free = await availability(tenant.accounts.user.token);
    expect(free.TAROT).toMatchObject({
      state: 'LOCKED',
      reason: 'DEFAULT',
      inAudience: false,
      quotaLimit: 2,
    });
    expect(free.RUNES).toMatchObject({ state: 'READY' });
  });
});

describe('executeModule', () => {
  it('draws a reproducible spread, uses one unit of quota, and posts the result into the conversation', async () => {
    const c = await conversation(tenant.accounts.premium.token);
    const { data, errors } = await server.gql<{
      executeModule: Record<string, unknown> & { seed: string; items: unknown[] };
    }>(EXECUTE, {
      token: tenant.accounts.premium.token,
      variables: { module: 'TAROT', c, spread: 'three-card', q: 'What about my career?', reinject: true },
    });
    expect(errors).toBeUndefined();
    const run = data?.executeModule;
    expect(run).toMatchObject({ module: 'TAROT', spread: 'three-card', quotaLeft: 3 });
    expect(run?.items).toHaveLength(3);
    const again = drawTarot('three-card', run?.seed ?? '');
    expect(again.ok && again.draw.items.map((i) => [i.cardId, i.reversed])).toEqual(
      ((run?.items ?? []) as { id: string; reversed: boolean }[]).map((i) => [i.id, i.reversed]),
    );
    expect((run?.message as { text: string } | undefined)?.text).toContain('What about my career?');

    const thread = await server.gql<{ conversation: { messages: { items: { text: string }[] } } }>(
      'query ($id: ID!) { conversation(id: $id) { messages { items { text } } } }',
      { token: tenant.accounts.premium.token, variables: { id: c } },
    );
    expect(thread.data?.conversation.messages.items.at(-1)?.text).toContain('reads the cards');
    expect((await availability(tenant.accounts.premium.token)).TAROT?.quotaLeft).toBe(3);
  });

  it('refuses at once after a kill, without touching quota, and works again after re-enabling', async () => {
    const token = tenant.accounts.premium.token;
    const c = await conversation(token);
    const before = (await availability(token)).TAROT?.quotaLeft;
    const ops = tenant.accounts.ops.token;
    await server.gql(SET_ENABLED, {
      token: ops,
      variables: { key: 'tarot_enabled', enabled: false, reason: 'incident' },
    });
    try {
      const refused = await server.gql(EXECUTE, {
        token,
        variables: { module: 'TAROT', c, spread: 'single', q: 'Now?' },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'MODULE_DISABLED',
        reason: 'DISABLED',
        module: 'tarot',
      });
      const locked = await availability(token);
      expect(locked.TAROT).toMatchObject({
        state: 'LOCKED',
        reason: 'DISABLED',
        inAudience: true,
        quotaLeft: before,
      });
      // The kill switch hides who the module is for: the free user, outside its audience, still is.
      const free = await availability(tenant.accounts.user.token);
      expect(free.TAROT).toMatchObject({ state: 'LOCKED', reason: 'DISABLED', inAudience: false });
    } finally {
      await server.gql(SET_ENABLED, {
        token: ops,
        variables: { key: 'tarot_enabled', enabled: true, reason: 'fixed' },
      });
    }
    expect((await availability(token)).TAROT?.state).toBe('READY');
    const ok = await server.gql(EXECUTE, {
      token,
      variables: { module: 'TAROT', c, spread: 'single', q: 'Now?' },
    });
    expect(ok.errors).toBeUndefined();
  });

  it('refuses a free user outside the gate with MODULE_DISABLED', async () => {
    const c = await conversation(tenant.accounts.user.token);
    const refused = await server.gql(EXECUTE, {
      token: tenant.accounts.user.token,
      variables: { module: 'TAROT', c, spread: 'single', q: 'Me?' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'MODULE_DISABLED', reason: 'DEFAULT' });
  });

  it("refuses someone else's conversation with CONVERSATION_FORBIDDEN before the gate", async () => {
    const c = await conversation(tenant.accounts.premium.token);
    const refused = await server.gql(EXECUTE, {
      token: tenant.accounts.user.token,
      variables: { module: 'TAROT', c, spread: 'single', q: 'Theirs?' },
    });
    expect(refused.errors?.[0]?.extensions.code).toBe('CONVERSATION_FORBIDDEN');
  });

  it.each([
    ['an unknown spread', { spread: 'celtic-knot', q: 'ok' }, 'spread'],
    ['an empty question', { spread: 'single', q: '   ' }, 'question'],
    ['a 10 KB question', { spread: 'single', q: 'x'.repeat(10_000) }, 'question'],
    ['a runes spread on tarot', { spread: 'five', q: 'ok' }, 'spread'],
    ['a NUL character (no text column can store it)', { spread: 'single', q: 'love\u0000?' }, 'question'],
  ])('rejects %s with VALIDATION_FAILED', async (_name, input, path) => {
    const c = await conversation(tenant.accounts.premium.token);
    const result = await server.gql(EXECUTE, {
      token: tenant.accounts.premium.token,
      variables: { module: 'TAROT', c, ...input },
    });
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
    expect((result.errors?.[0]?.extensions.fields as { path: string }[] | undefined)?.[0]?.path).toBe(path);
  });

  it('rejects an unknown module', async () => {
    const result = await server.gql(EXECUTE, {
      token: tenant.accounts.premium.token,
      variables: {
        module: 'PALMISTRY',
        c: '00000000-0000-4000-8000-000000000000',
        spread: 'single',
        q: 'ok',
      },
    });
    expect(result.errors?.[0]?.extensions.code).toBe('VALIDATION_FAILED');
  });
});

describe('a failure after the quota unit was taken', () => {
  it('rolls back the unit, the run and the reinjected message, and records one error event', async () => {
    const services = server.app.services;
    const db = server.app.database.db;
    const t = await createTestTenant(server);
    const c = await conversation(t.accounts.premium.token);
    // A real database fault inside the run's transaction: this tenant's run row is refused.
    const fn = `augur_test_fail_run_${t.id.replaceAll('-', '')}`;
    await sql
      .raw(`CREATE FUNCTION ${fn}() RETURNS trigger AS $$
        BEGIN IF NEW.tenant_id = '${t.id}' THEN RAISE EXCEPTION 'run store down'; END IF; RETURN NEW; END
        $$ LANGUAGE plpgsql`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER ${fn} BEFORE INSERT ON module_runs FOR EACH ROW EXECUTE FUNCTION ${fn}()`)
      .execute(db);
    const modules = services.modules;
    const viewer = {
      kind: 'account',
      userId: t.accounts.premium.id,
      tenantId: t.id,
      role: 'user',
      plan: 'premium',
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
    } as const;
    await expect(
      modules.execute(
        viewer,
        {
          module: 'tarot',
          conversationId: c,
          spread: 'three-card',
          question: 'Will it hold?',
          reinject: true,
        },
        'half-written',
      ),
    ).rejects.toThrow('run store down');
    expect(await db.selectFrom('quota_usage').selectAll().where('tenant_id', '=', t.id).execute()).toEqual(
      [],
    );
    expect(await db.selectFrom('module_runs').selectAll().where('tenant_id', '=', t.id).execute()).toEqual(
      [],
    );
    expect(await db.selectFrom('messages').selectAll().where('tenant_id', '=', t.id).execute()).toEqual([]);
    // Metric events are batched after the outcome is known: written once the recorder flushes.
    await services.metrics.flush();
    const kinds = await db
      .selectFrom('metric_events')
      .select(['kind', 'dims'])
      .where('tenant_id', '=', t.id)
      .where('kind', '!=', 'operation')
      .orderBy('id')
      .execute();
    expect(kinds.map((k) => `${k.kind}:${k.dims.outcome ?? k.dims.flag}`)).toEqual([
      'exposure:tarot_enabled',
      'module_run:error',
    ]);
    await sql.raw(`DROP TRIGGER ${fn} ON module_runs`).execute(db);
    await sql.raw(`DROP FUNCTION ${fn}()`).execute(db);
  });
});

describe('quota', () => {
  it('gives QUOTA_EXCEEDED with the reset time once the daily units are used', async () => {
    const t = await createTestTenant(server);
    const c = await conversation(t.accounts.user.token);
    const run = () =>
      server.gql<{ executeModule: { quotaLeft: number } }>(EXECUTE, {
        token: t.accounts.user.token,
        variables: { module: 'RUNES', c, spread: 'single', q: 'Today?' },
      });
    expect((await run()).data?.executeModule.quotaLeft).toBe(1);
    expect((await run()).data?.executeModule.quotaLeft).toBe(0);
    const over = await run();
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      limit: 2,
      resetsAt: expect.stringMatching(/T00:00:00.000Z$/),
    });
    await server.app.services.metrics.flush();
    const events = await server.app.database.db
      .selectFrom('metric_events')
      .select(['kind', 'dims'])
      .where('tenant_id', '=', t.id)
      .execute();
    const runs = events.filter((e) => e.kind === 'module_run').map((e) => e.dims.outcome);
    expect(runs.filter((o) => o === 'ok')).toHaveLength(2);
    expect(runs.filter((o) => o === 'quota_exceeded')).toHaveLength(1);
    const quota = events.filter((e) => e.kind === 'quota').map((e) => e.dims.decision);
    expect(quota.sort()).toEqual(['blocked', 'consumed', 'consumed']);
  });

  it('lets exactly one of two concurrent runs take the last unit', async () => {
    const t = await createTestTenant(server);
    const c = await conversation(t.accounts.user.token);
    const run = () =>
      server.gql(EXECUTE, {
        token: t.accounts.user.token,
        variables: { module: 'RUNES', c, spread: 'three', q: 'Race?', reinject: true },
      });
    await run();
    const results = await Promise.all([run(), run()]);
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'QUOTA_EXCEEDED']);
    const runs = await server.app.database.db
      .selectFrom('module_runs')
      .select('id')
      .where('tenant_id', '=', t.id)
      .execute();
    expect(runs).toHaveLength(2);
  });
});
