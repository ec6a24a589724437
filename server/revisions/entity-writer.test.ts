// The one writer on fakes: revisions and audit rows with every change, all-or-nothing batches, one event per
// commit, refused attempts audited, and the evaluator serving the new revision before a write returns.
import { describe, expect, it } from 'vitest';
import { createFakeServices } from '../app/fake-services.js';
import type { FlagContent } from '../flags/flag.js';
import { flagDefinition } from '../flags/flag-definition.js';
import { booleanFlag as flag, TEST_META as meta } from '../flags/test-flags.js';
import type { SegmentContent } from '../segments/segment.js';
import { segmentDefinition } from '../segments/segment-definition.js';
import { planWrite } from './entity-writer.js';

const segment = (included: string[]): SegmentContent => ({
  description: '',
  included,
  excluded: [],
  rules: [],
});

const inSegment = (key: string): Partial<FlagContent> => ({
  fallthrough: { variant: 'off' },
  rules: [
    {
      id: 'members',
      conditions: [{ attribute: 'user', operator: 'IN_SEGMENT', values: [key] }],
      serve: { variant: 'on' },
    },
  ],
});

describe('EntityWriter on fakes', () => {
  it('records one revision and one audit row per change, and serves it before the write returns', async () => {
    const s = await createFakeServices();
    await s.flags.create('beta', flag(), meta);
    const updated = await s.flags.update('beta', 1, flag({ enabled: false }), meta);
    expect(updated.revision).toBe(2);
    expect((await s.flags.history('beta', 10)).map((r) => r.revision)).toEqual([2, 1]);
    const audit = await s.stores.audit.list({}, 10, undefined);
    expect(audit.map((e) => [e.action, e.status])).toEqual([
      ['flag.update', 'success'],
      ['flag.create', 'success'],
    ]);
    expect(s.evaluator.revision).toBe(2);
    expect(s.evaluator.evaluate('beta', { userId: 'u1' }).enabled).toBe(false);
  });

  it('writes nothing for the content already in force (canonically) and publishes nothing', async () => {
    const s = await createFakeServices();
    await s.flags.create('beta', flag(), meta);
    const again = await s.flags.update(
      'beta',
      1,
      flag({ variants: [{ key: 'on', payload: null }, { key: 'off' }] }),
      meta,
    );
    expect(again.revision).toBe(1);
    expect(await s.flags.setEnabled('beta', true, meta)).toMatchObject({ revision: 1 });
    expect(s.published).toHaveLength(1);
    expect(await s.stores.configState.current()).toBe(1);
  });

  it('refuses a stale expectedRevision with CONFLICT, audits the attempt and leaves the revision serving', async () => {
    const s = await createFakeServices();
    await s.flags.create('beta', flag(), meta);
    await s.flags.update('beta', 1, flag({ description: 'two' }), meta);
    await expect(s.flags.update('beta', 1, flag({ enabled: false }), meta)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { currentRevision: 2 },
    });
    const [failed] = await s.stores.audit.list({ action: 'flag.update' }, 1, undefined);
    expect(failed).toMatchObject({ status: 'failed', details: { code: 'CONFLICT', reason: 'test' } });
    expect(s.evaluator.evaluate('beta', {}).enabled).toBe(true);
    expect((await s.flags.find('beta'))?.revision).toBe(2);
  });

  it('commits a batch at one configuration revision with one event naming every change', async () => {
    const s = await createFakeServices();
    for (const key of ['a', 'b', 'c']) await s.flags.create(key, flag(), meta);
    const outcomes = await s.flags.setManyEnabled(['a', 'b', 'c', 'a'], false, meta);
    expect(outcomes.map((o) => [o.entity.key, o.changed])).toEqual([
      ['a', true],
      ['b', true],
      ['c', true],
    ]);
    expect(s.published).toHaveLength(4);
    const last = s.published.at(-1);
    expect(last).toMatchObject({ configRevision: 4, touched: { flags: ['a', 'b', 'c'], tenants: 'all' } });
    expect(last?.changes.map((c) => c.action)).toEqual(['flag.disable', 'flag.disable', 'flag.disable']);
    expect(s.evaluator.revision).toBe(4);
    expect(['a', 'b', 'c'].every((k) => !s.evaluator.evaluate(k, {}).enabled)).toBe(true);
  });

  it('rolls a whole batch back when one change fails: no revision, no audit success, no event', async () => {
    const s = await createFakeServices();
    await s.flags.create('a', flag(), meta);
    await expect(s.flags.setManyEnabled(['a', 'missing'], false, meta)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await s.flags.find('a'))?.enabled).toBe(true);
    expect(await s.flags.history('a', 10)).toHaveLength(1);
    expect(await s.stores.configState.current()).toBe(1);
    expect(s.published).toHaveLength(1);
    const audit = await s.stores.audit.list({}, 10, undefined);
    expect(audit.map((e) => [e.action, e.targetKey, e.status])).toEqual([
      ['flag.disable', 'missing', 'failed'],
      ['flag.create', 'a', 'success'],
    ]);
  });

  it('plans each change of a batch against the ones before it (a segment, then a flag using it)', async () => {
    const s = await createFakeServices();
    const [made, used] = await s.writer.commit(
      [
        planWrite(segmentDefinition, { kind: 'create', key: 'testers', content: segment(['u1']) }),
        planWrite(flagDefinition, { kind: 'create', key: 'beta', content: flag(inSegment('testers')) }),
      ],
      meta,
    );
    expect([made.entity.key, used.entity.key]).toEqual(['testers', 'beta']);
    expect(s.published.map((e) => e.configRevision)).toEqual([1]);
    expect(s.evaluator.evaluate('beta', { userId: 'u1' }).enabled).toBe(true);
    expect(s.evaluator.evaluate('beta', { userId: 'u2' }).enabled).toBe(false);
  });

  it('refuses a flag that names a segment which does not exist, with the field path', async () => {
    const s = await createFakeServices();
    await expect(s.flags.create('beta', flag(inSegment('nobody')), meta)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await s.flags.find('beta')).toBeUndefined();
  });

  it('refuses an audit-less change: AUDIT_UNAVAILABLE and nothing written', async () => {
    const s = await createFakeServices();
    s.stores.audit.unavailable = true;
    await expect(s.flags.create('beta', flag(), meta)).rejects.toMatchObject({ code: 'AUDIT_UNAVAILABLE' });
    s.stores.audit.unavailable = false;
    expect(await s.flags.find('beta')).toBeUndefined();
    expect(await s.stores.revisions.list('flag', 'beta', 10)).toEqual([]);
    expect(await s.stores.configState.current()).toBe(0);
    expect(s.published).toEqual([]);
  });
});
