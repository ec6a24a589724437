// FlagService on fakes: archive refused while a flag depends on it, rollback to any revision, kill switch.
import { describe, expect, it } from 'vitest';
import { createFakeServices } from '../app/fake-services.js';
import { booleanFlag as flag, TEST_META as meta } from './test-flags.js';

describe('FlagService on fakes', () => {
  it('refuses to archive a prerequisite of a live flag, then archives it once the dependent is gone', async () => {
    const s = await createFakeServices();
    await s.flags.create('base', flag(), meta);
    await s.flags.create('child', flag({ prerequisites: [{ flagKey: 'base', variant: 'on' }] }), meta);
    await expect(s.flags.archive('base', undefined, meta)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'key', message: 'is a prerequisite of child' }] },
    });
    await s.flags.archive('child', 1, meta);
    const archived = await s.flags.archive('base', 1, meta);
    expect(archived.archivedAt).not.toBeNull();
    expect(s.evaluator.evaluate('base', {}).reason).toBe('FLAG_NOT_FOUND');
    await expect(s.flags.update('base', 2, flag(), meta)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('rolls back to an earlier revision as a new revision, and to the content in force as no change', async () => {
    const s = await createFakeServices();
    await s.flags.create('beta', flag({ description: 'one' }), meta);
    await s.flags.update('beta', 1, flag({ description: 'two', enabled: false }), meta);
    const back = await s.flags.rollback('beta', 1, meta);
    expect(back).toMatchObject({ changed: true, flag: { revision: 3, description: 'one', enabled: true } });
    const same = await s.flags.rollback('beta', 3, meta);
    expect(same).toMatchObject({ changed: false, flag: { revision: 3 } });
    await expect(s.flags.rollback('beta', 9, meta)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [rollback] = await s.flags.history('beta', 1);
    expect(rollback).toMatchObject({
      action: 'flag.rollback',
      diff: expect.arrayContaining([{ path: 'description', change: 'CHANGE', from: 'two', to: 'one' }]),
    });
  });

  it('flips the kill switch without expectedRevision and audits it as enable/disable', async () => {
    const s = await createFakeServices();
    await s.flags.create('beta', flag(), meta);
    await s.flags.update('beta', 1, flag({ description: 'edited elsewhere' }), meta);
    const off = await s.flags.setEnabled('beta', false, meta);
    expect(off).toMatchObject({ enabled: false, revision: 3, description: 'edited elsewhere' });
    const [event] = await s.stores.audit.list({}, 1, undefined);
    expect(event).toMatchObject({ action: 'flag.disable', status: 'success' });
    expect(s.evaluator.evaluate('beta', {})).toMatchObject({ enabled: false, reason: 'DISABLED' });
  });

  it('refuses a second flag with the same key with CONFLICT', async () => {
    const s = await createFakeServices();
    await s.flags.create('beta', flag(), meta);
    await expect(s.flags.create('beta', flag(), meta)).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
