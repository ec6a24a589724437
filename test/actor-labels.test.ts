// Audit events and revisions name their actors by email for the caller's tenant, and the audit log filters by email.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, premiumOnly, uniqueKey } from './helpers/flags.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const AUDIT = `query ($actor: String, $targetKey: String) {
  auditEvents(actor: $actor, targetKey: $targetKey) { items { id actor actorLabel action targetKey } nextCursor }
}`;
const REVISIONS = `query ($key: String!) { flagRevisions(key: $key) { revision actor actorLabel } }`;
const SYSTEM = { actor: 'system', reason: 'actor label tests', requestId: 'actor-label-tests' };

interface AuditItem {
  id: string;
  actor: string;
  actorLabel: string;
  action: string;
  targetKey: string;
}

let server: TestServer;
let tenant: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  server = await startTestServer();
  [tenant, other] = await Promise.all([createTestTenant(server), createTestTenant(server)]);
});
afterAll(() => server.close());

async function audit(token: string, variables: { actor?: string; targetKey?: string }) {
  const result = await server.gql<{ auditEvents: { items: AuditItem[]; nextCursor: string | null } }>(AUDIT, {
    token,
    variables,
  });
  expect(result.errors).toBeUndefined();
  return result.data?.auditEvents.items ?? [];
}

async function createFlag(token: string, key: string) {
  const created = await server.gql(CREATE_FLAG, { token, variables: { key, input: premiumOnly() } });
  expect(created.errors).toBeUndefined();
}

describe('actorLabel', () => {
  it("is the email for an account of the caller's tenant and the raw actor otherwise", async () => {
    const mine = uniqueKey('label_mine');
    const theirs = uniqueKey('label_theirs');
    const bySystem = uniqueKey('label_system');
    await createFlag(tenant.accounts.ops.token, mine);
    await createFlag(other.accounts.ops.token, theirs);
    await createFlag(tenant.accounts.ops.token, bySystem);
    await server.app.services.flags.setEnabled(bySystem, false, SYSTEM);

    for (const token of [tenant.accounts.ops.token, tenant.accounts.support.token]) {
      expect(await audit(token, { targetKey: mine })).toEqual([
        expect.objectContaining({
          actor: `user:${tenant.accounts.ops.id}`,
          actorLabel: tenant.accounts.ops.email,
        }),
      ]);
    }
    // Every staff account is in the operator tenant: a colleague is named by email too.
    const otherActor = `user:${other.accounts.ops.id}`;
    for (const token of [tenant.accounts.ops.token, other.accounts.ops.token]) {
      expect(await audit(token, { targetKey: theirs })).toEqual([
        expect.objectContaining({ actor: otherActor, actorLabel: other.accounts.ops.email }),
      ]);
    }
    expect(await audit(tenant.accounts.ops.token, { targetKey: bySystem })).toEqual([
      expect.objectContaining({ action: 'FLAG_DISABLE', actor: 'system', actorLabel: 'system' }),
      expect.objectContaining({ action: 'FLAG_CREATE', actorLabel: tenant.accounts.ops.email }),
    ]);
  });

  it('names the author of each revision in history', async () => {
    const key = uniqueKey('label_history');
    await createFlag(tenant.accounts.ops.token, key);
    await server.app.services.flags.setEnabled(key, false, SYSTEM);
    const { data, errors } = await server.gql<{
      flagRevisions: { revision: number; actor: string; actorLabel: string }[];
    }>(REVISIONS, { token: tenant.accounts.support.token, variables: { key } });
    expect(errors).toBeUndefined();
    expect(data?.flagRevisions).toEqual([
      { revision: 2, actor: 'system', actorLabel: 'system' },
      { revision: 1, actor: `user:${tenant.accounts.ops.id}`, actorLabel: tenant.accounts.ops.email },
    ]);
  });
});

describe('the actor filter', () => {
  it("accepts the email of an account of the caller's tenant", async () => {
    const key = uniqueKey('by_email');
    await createFlag(tenant.accounts.ops.token, key);
    const actor = `user:${tenant.accounts.ops.id}`;
    const byEmail = await audit(tenant.accounts.support.token, { actor: tenant.accounts.ops.email });
    expect(byEmail.length).toBeGreaterThan(0);
    expect(byEmail.every((e) => e.actor === actor)).toBe(true);
    expect(byEmail.map((e) => e.targetKey)).toContain(key);
    // Emails are matched as stored, lower-case, whatever the case typed.
    const upper = await audit(tenant.accounts.support.token, {
      actor: ` ${tenant.accounts.ops.email.toUpperCase()} `,
    });
    expect(upper.map((e) => e.id)).toEqual(byEmail.map((e) => e.id));
    expect((await audit(tenant.accounts.support.token, { actor })).map((e) => e.id)).toEqual(
      byEmail.map((e) => e.id),
    );
  });

  it("gives an empty page for an unknown email and for another tenant's", async () => {
    await createFlag(other.accounts.ops.token, uniqueKey('elsewhere'));
    expect(await audit(tenant.accounts.ops.token, { actor: `nobody@${tenant.slug}.test` })).toEqual([]);
    // A customer tenant's account is not the operator's to look up by email.
    expect(await audit(tenant.accounts.ops.token, { actor: other.accounts.user.email })).toEqual([]);
  });
});
