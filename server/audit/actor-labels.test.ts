// ActorLabels against a fake account directory: one query per list, a memo per request, raw actors left alone.
import { describe, expect, it } from 'vitest';
import { type AccountDirectory, ActorLabels } from './actor-labels.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

function directory(emails: Record<string, string>) {
  const calls: { tenantId: string; ids: readonly string[] }[] = [];
  const accounts: AccountDirectory = {
    findByEmail: async (_tenantId, email) => {
      const id = Object.keys(emails).find((key) => emails[key] === email.trim().toLowerCase());
      return id ? { id } : undefined;
    },
    emailsByIds: async (tenantId, ids) => {
      calls.push({ tenantId, ids });
      return new Map(ids.flatMap((id) => (emails[id] ? [[id, emails[id]] as const] : [])));
    },
  };
  return { accounts, calls };
}

describe('ActorLabels', () => {
  it('looks up the accounts of one list in one query and each account once per request', async () => {
    const { accounts, calls } = directory({ [A]: 'a@x.test', [B]: 'b@x.test' });
    const labels = new ActorLabels(accounts, 't1');
    const actors = [`user:${A}`, `user:${B}`, `user:${A}`, 'system', 'apiKey:k1', 'user:gone'];
    expect(await Promise.all(actors.map((actor) => labels.label(actor)))).toEqual([
      'a@x.test',
      'b@x.test',
      'a@x.test',
      'system',
      'apiKey:k1',
      'user:gone',
    ]);
    expect(calls).toEqual([{ tenantId: 't1', ids: [A, B, 'gone'] }]);
    expect(await labels.label(`user:${B}`)).toBe('b@x.test');
    expect(calls).toHaveLength(1);
  });

  it('falls back to the raw actors, and reports it, when the lookup fails', async () => {
    const { accounts } = directory({});
    const failing: AccountDirectory = {
      ...accounts,
      emailsByIds: () => Promise.reject(new Error('db down')),
    };
    const errors: unknown[] = [];
    const labels = new ActorLabels(failing, 't1', (error) => errors.push(error));
    expect(await Promise.all([labels.label(`user:${A}`), labels.label('system')])).toEqual([
      `user:${A}`,
      'system',
    ]);
    expect(errors).toHaveLength(1);
  });

  it('leaves every actor raw without a tenant', async () => {
    const { accounts, calls } = directory({ [A]: 'a@x.test' });
    expect(await new ActorLabels(accounts, undefined).label(`user:${A}`)).toBe(`user:${A}`);
    expect(calls).toEqual([]);
  });

  it('turns an email filter into the account id, and an unknown email into null', async () => {
    const { accounts } = directory({ [A]: 'a@x.test' });
    const labels = new ActorLabels(accounts, 't1');
    expect(await labels.actorFilter(' A@x.test ')).toBe(`user:${A}`);
    expect(await labels.actorFilter('z@x.test')).toBeNull();
    expect(await labels.actorFilter('system')).toBe('system');
    expect(await labels.actorFilter(`user:${B}`)).toBe(`user:${B}`);
  });
});
