// EXHAUSTED through GraphQL: a module whose daily quota is used up says so with its reset time and the
// allowance of a larger plan; the gate still wins (LOCKED), and executeModule still answers QUOTA_EXCEEDED.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SET_ENABLED } from './helpers/flags.js';
import { setModuleGates } from './helpers/module-gates.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const AVAILABILITY = `{ moduleAvailability {
  module state reason plan quotaLimit quotaLeft resetsAt largerPlan { plan quotaLimit }
} }`;
const EXECUTE = `mutation ($module: ModuleName!, $c: ID!) {
  executeModule(module: $module, conversationId: $c, spread: "single", question: "Today?") { quotaLeft }
}`;

interface Availability {
  module: string;
  state: string;
  reason: string;
  plan: string;
  quotaLimit: number;
  quotaLeft: number | null;
  resetsAt: string;
  largerPlan: { plan: string; quotaLimit: number } | null;
}

let server: TestServer;
let tenant: TestTenant;
let ops: string;

beforeAll(async () => {
  server = await startTestServer({ env: { AUGUR_MODULE_QUOTA: 'free=3,premium=30' } });
  tenant = await createTestTenant(server);
  ops = tenant.accounts.ops.token;
  await setModuleGates(server);
});
afterAll(() => server.close());

async function availability(token: string): Promise<Record<string, Availability>> {
  const { data, errors } = await server.gql<{ moduleAvailability: Availability[] }>(AVAILABILITY, { token });
  expect(errors).toBeUndefined();
  return Object.fromEntries((data?.moduleAvailability ?? []).map((a) => [a.module, a]));
}

async function conversation(token: string): Promise<string> {
  const { data } = await server.gql<{ createConversation: { id: string } }>(
    'mutation { createConversation(title: "quota") { id } }',
    { token },
  );
  return data?.createConversation.id ?? '';
}

const nextUtcMidnight = () => {
  const day = new Date().toISOString().slice(0, 10);
  const at = new Date(`${day}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString();
};

/** Uses up a free user's three runes runs of today; returns its conversation. */
async function exhaustRunes(user: string): Promise<string> {
  const c = await conversation(user);
  expect((await availability(user)).RUNES).toMatchObject({ state: 'READY', quotaLeft: 3 });
  for (const left of [2, 1, 0]) {
    const run = await server.gql<{ executeModule: { quotaLeft: number } }>(EXECUTE, {
      token: user,
      variables: { module: 'RUNES', c },
    });
    expect(run.data?.executeModule.quotaLeft).toBe(left);
  }
  return c;
}

it('says EXHAUSTED with the reset time and the premium allowance once a free user has 0 of 3 left', async () => {
  const user = tenant.accounts.user.token;
  const c = await exhaustRunes(user);
  expect((await availability(user)).RUNES).toEqual({
    module: 'RUNES',
    state: 'EXHAUSTED',
    reason: 'DEFAULT',
    plan: 'FREE',
    quotaLimit: 3,
    quotaLeft: 0,
    resetsAt: nextUtcMidnight(),
    largerPlan: { plan: 'PREMIUM', quotaLimit: 30 },
  });

  const over = await server.gql(EXECUTE, { token: user, variables: { module: 'RUNES', c } });
  expect(over.errors?.[0]?.extensions).toMatchObject({
    code: 'QUOTA_EXCEEDED',
    limit: 3,
    resetsAt: nextUtcMidnight(),
  });
});

it('keeps the gate first: a used-up module that is switched off is LOCKED and refused as MODULE_DISABLED', async () => {
  const user = (await createTestTenant(server)).accounts.user.token;
  const c = await exhaustRunes(user);
  expect((await availability(user)).RUNES?.state).toBe('EXHAUSTED');
  const off = await server.gql(SET_ENABLED, {
    token: ops,
    variables: { key: 'runes_enabled', enabled: false, reason: 'exhausted test' },
  });
  expect(off.errors).toBeUndefined();
  try {
    expect((await availability(user)).RUNES).toMatchObject({
      state: 'LOCKED',
      reason: 'DISABLED',
      quotaLeft: 0,
    });
    const refused = await server.gql(EXECUTE, { token: user, variables: { module: 'RUNES', c } });
    expect(refused.errors?.[0]?.extensions.code).toBe('MODULE_DISABLED');
  } finally {
    await server.gql(SET_ENABLED, {
      token: ops,
      variables: { key: 'runes_enabled', enabled: true, reason: 'exhausted test' },
    });
  }
});

it('offers no larger plan to premium, and locks tarot for free users whatever their quota', async () => {
  const premium = await availability(tenant.accounts.premium.token);
  expect(premium.TAROT).toMatchObject({ state: 'READY', plan: 'PREMIUM', quotaLimit: 30, largerPlan: null });
  const free = await availability((await createTestTenant(server)).accounts.user.token);
  expect(free.TAROT).toMatchObject({ state: 'LOCKED', quotaLeft: 3, largerPlan: { plan: 'PREMIUM' } });
});
