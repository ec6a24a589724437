// SegmentService on fakes: validation, concurrency, rollback, and flags re-evaluated when membership moves.
import { describe, expect, it } from 'vitest';
import { createFakeServices } from '../app/fake-services.js';
import { BOOLEAN_VARIANTS } from '../flags/flag.js';
import type { SegmentContent } from './segment.js';

const meta = { actor: 'user:ops', reason: 'test', requestId: 'req-1' };
const segment = (included: string[]): SegmentContent => ({
  description: '',
  included,
  excluded: [],
  rules: [],
});

describe('SegmentService on fakes', () => {
  it('moves a flag decision when membership changes and back on rollback', async () => {
    const s = await createFakeServices();
    await s.segments.create('testers', segment(['u1']), meta);
    await s.flags.create(
      'beta',
      {
        description: '',
        type: 'BOOLEAN',
        enabled: true,
        variants: BOOLEAN_VARIANTS,
        offVariant: 'off',
        prerequisites: [],
        targets: [],
        rules: [
          {
            id: 'm',
            conditions: [{ attribute: 'user', operator: 'IN_SEGMENT', values: ['testers'] }],
            serve: { variant: 'on' },
          },
        ],
        fallthrough: { variant: 'off' },
      },
      meta,
    );
    expect(s.evaluator.evaluate('beta', { userId: 'u2' }).enabled).toBe(false);
    await s.segments.update('testers', 1, segment(['u1', 'u2']), meta);
    expect(s.evaluator.evaluate('beta', { userId: 'u2' }).enabled).toBe(true);
    const back = await s.segments.rollback('testers', 1, meta);
    expect(back).toMatchObject({ changed: true, segment: { revision: 3, included: ['u1'] } });
    expect(s.evaluator.evaluate('beta', { userId: 'u2' }).enabled).toBe(false);
  });

  it('refuses a stale write with CONFLICT and invalid content with VALIDATION_FAILED, changing nothing', async () => {
    const s = await createFakeServices();
    await s.segments.create('testers', segment(['u1']), meta);
    await s.segments.update('testers', 1, segment(['u2']), meta);
    await expect(s.segments.update('testers', 1, segment(['u3']), meta)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const bad = {
      ...segment([]),
      rules: [{ conditions: [{ attribute: 'plan', operator: 'NOPE', values: [] }] }],
    };
    await expect(
      s.segments.update('testers', 2, bad as unknown as SegmentContent, meta),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(await s.segments.find('testers')).toMatchObject({ revision: 2, included: ['u2'] });
    await expect(s.segments.update('nobody', 1, segment([]), meta)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses to archive a segment a live flag uses, then archives it and leaves it out of the list', async () => {
    const s = await createFakeServices();
    await s.segments.create('testers', segment(['u1']), meta);
    const flag = {
      description: '',
      type: 'BOOLEAN' as const,
      enabled: true,
      variants: BOOLEAN_VARIANTS,
      offVariant: 'off',
      prerequisites: [],
      targets: [],
      rules: [
        {
          id: 'm',
          conditions: [{ attribute: 'user', operator: 'IN_SEGMENT' as const, values: ['testers'] }],
          serve: { variant: 'on' },
        },
      ],
      fallthrough: { variant: 'off' },
    };
    await s.flags.create('beta', flag, meta);
    await expect(s.segments.archive('testers', 1, meta)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'key', message: 'is used by flag beta' }] },
    });
    await s.flags.archive('beta', undefined, meta);
    expect(await s.segments.archive('testers', 1, meta)).toMatchObject({ revision: 2 });
    expect(await s.segments.list()).toEqual([]);
    await expect(s.segments.update('testers', 2, segment([]), meta)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
