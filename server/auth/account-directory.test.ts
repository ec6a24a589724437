// The in-memory account view: serves what it holds through an outage, takes changes in from events and
// from the change log, and never keeps a read that raced a change.

import { describe, expect, it, vi } from 'vitest';
import type { ApiKeyScope } from '../api-keys/api-key.js';
import { createBus } from '../platform/bus.js';
import { isDependencyDown } from '../platform/dependency-errors.js';
import { createLogger } from '../platform/logger.js';
import { ACCOUNT_CHANGED, type AccountChanged, type AccountRef } from './account-changed.js';
import { AccountDirectory } from './account-directory.js';
import { FakeAccountSources } from './fake-account-sources.js';
import type { User } from './user.js';

const TENANT = '00000000-0000-4000-8000-000000000001';
const ALICE = '00000000-0000-4000-8000-0000000000a1';

const alice = (over: Partial<User> = {}): User => ({
  id: ALICE,
  tenantId: TENANT,
  email: 'alice@example.com',
  role: 'ops',
  plan: 'free',
  createdAt: new Date(0),
  disabledAt: null,
  ...over,
});

async function setup() {
  const sources = new FakeAccountSources();
  sources.usersById.set(ALICE, alice());
  const logger = createLogger('silent');
  const bus = createBus<{ [ACCOUNT_CHANGED]: AccountChanged }>({ logger });
  const directory = new AccountDirectory(sources, bus, { pollMs: 60_000, maxEntries: 100, logger });
  await directory.start();
  const changed: AccountRef[] = [];
  directory.onChange((account) => changed.push(account));
  return { sources, bus, directory, changed, logger };
}

describe('AccountDirectory', () => {
  it('answers from memory after the first read, also while the database is down', async () => {
    const { sources, directory } = await setup();
    expect((await directory.user(TENANT, ALICE))?.role).toBe('ops');
    const reads = sources.reads;
    sources.down = true;
    expect((await directory.user(TENANT, ALICE))?.role).toBe('ops');
    expect(sources.reads).toBe(reads + 0);
  });

  it('fails with a dependency error for an account it has never seen while the database is down', async () => {
    const { sources, directory } = await setup();
    sources.down = true;
    const error = await directory.user(TENANT, ALICE).catch((e: unknown) => e);
    expect(isDependencyDown(error)).toBe(true);
  });

  it('refuses ids that are not UUIDs without asking the database', async () => {
    const { sources, directory } = await setup();
    expect(await directory.user(TENANT, 'not-a-uuid')).toBeUndefined();
    expect(sources.reads).toBe(1); // the start-up read of the change log only
  });

  it('re-reads an account named by an account.changed event before telling the listeners', async () => {
    const { sources, bus, directory, changed } = await setup();
    await directory.user(TENANT, ALICE);
    sources.usersById.set(ALICE, alice({ role: 'user' }));
    const seenRole = new Promise<string | undefined>((resolve) =>
      directory.onChange(() => void directory.user(TENANT, ALICE).then((u) => resolve(u?.role))),
    );
    bus.publish(ACCOUNT_CHANGED, { account: { kind: 'user', userId: ALICE }, tenantId: TENANT, at: '' });
    expect(await seenRole).toBe('user');
    expect(changed).toEqual([{ kind: 'user', userId: ALICE }]);
  });

  it('takes in a change no event announced from the change log, once', async () => {
    const { sources, directory, changed } = await setup();
    await directory.user(TENANT, ALICE);
    sources.usersById.set(ALICE, alice({ disabledAt: new Date() }));
    sources.logChange(TENANT, { kind: 'user', userId: ALICE });
    await directory.poll();
    await directory.poll();
    expect((await directory.user(TENANT, ALICE))?.disabledAt).not.toBeNull();
    expect(changed).toHaveLength(1);
  });

  it('forgets an account it could not re-read after a change rather than trusting the old entry', async () => {
    const { sources, directory } = await setup();
    await directory.user(TENANT, ALICE);
    sources.down = true;
    await directory.apply(TENANT, { kind: 'user', userId: ALICE });
    const error = await directory.user(TENANT, ALICE).catch((e: unknown) => e);
    expect(isDependencyDown(error)).toBe(true);
  });

  it('does not keep a read that started before a change', async () => {
    const { sources, directory } = await setup();
    let release: () => void = () => undefined;
    const slow = vi.spyOn(sources.users, 'findById').mockImplementationOnce(
      (tenantId, id) =>
        new Promise((resolve) => {
          const stale = sources.usersById.get(id);
          release = () => resolve(stale && stale.tenantId === tenantId ? { ...stale } : undefined);
        }),
    );
    const first = directory.user(TENANT, ALICE);
    sources.usersById.set(ALICE, alice({ role: 'user' }));
    await directory.apply(TENANT, { kind: 'user', userId: ALICE });
    release();
    expect((await first)?.role).toBe('ops');
    slow.mockRestore();
    expect((await directory.user(TENANT, ALICE))?.role).toBe('user');
  });

  it('holds API keys by prefix, revoked ones too, and sees a revocation from the change log', async () => {
    const { sources, directory } = await setup();
    const key = {
      id: '00000000-0000-4000-8000-0000000000b1',
      tenantId: TENANT,
      name: 'partner',
      prefix: 'abcdef012345',
      scopes: ['evaluate'] as ApiKeyScope[],
      createdBy: null,
      createdAt: new Date(0),
      revokedAt: null,
      lastUsedAt: null,
    };
    sources.keysByPrefix.set(key.prefix, { key, digest: 'digest' });
    expect((await directory.apiKeyByPrefix(key.prefix))?.key.revokedAt).toBeNull();
    sources.keysByPrefix.set(key.prefix, { key: { ...key, revokedAt: new Date() }, digest: 'digest' });
    sources.logChange(TENANT, { kind: 'apiKey', apiKeyId: key.id });
    await directory.poll();
    sources.down = true;
    expect((await directory.apiKeyById(TENANT, key.id))?.revokedAt).not.toBeNull();
    expect(await directory.apiKeyById('00000000-0000-4000-8000-000000000002', key.id)).toBeUndefined();
  });

  it('logs an unreadable change log once per outage and keeps serving', async () => {
    const { sources, directory, logger } = await setup();
    const warn = vi.spyOn(logger, 'warn');
    const info = vi.spyOn(logger, 'info');
    await directory.user(TENANT, ALICE);
    sources.down = true;
    await directory.poll();
    await directory.poll();
    expect(warn).toHaveBeenCalledTimes(1);
    expect((await directory.user(TENANT, ALICE))?.role).toBe('ops');
    sources.down = false;
    await directory.poll();
    expect(info).toHaveBeenCalledTimes(1);
  });
});
