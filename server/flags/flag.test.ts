// The canonical stored form of a flag: explicit defaults leave no trace, and bucketing does not move.
import { describe, expect, it } from 'vitest';
import { compileFlagSet } from '../evaluation/compile.js';
import { evaluateFlag } from '../evaluation/evaluate.js';
import { BOOLEAN_VARIANTS, canonicalFlagContent, type FlagContent } from './flag.js';

const bare: FlagContent = {
  description: '',
  type: 'BOOLEAN',
  enabled: true,
  variants: BOOLEAN_VARIANTS,
  offVariant: 'off',
  prerequisites: [],
  targets: [{ variant: 'on', userIds: ['u-2', 'u-1'] }],
  rules: [
    {
      id: 'premium',
      conditions: [
        { attribute: 'plan', operator: 'IN', values: ['premium', 'pro'] },
        { attribute: 'country', operator: 'IN', values: ['FR'], negate: true, caseInsensitive: true },
      ],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: {
    rollout: {
      weights: [
        { variant: 'on', weight: 30 },
        { variant: 'off', weight: 70 },
      ],
    },
  },
};

/** The same definition as the console editor sends it: every default spelled out. */
const explicit = (salt: string): FlagContent => ({
  ...bare,
  variants: [
    { key: 'on', payload: null },
    { key: 'off', payload: null },
  ],
  rules: [
    {
      id: 'premium',
      description: '',
      conditions: [
        {
          attribute: 'plan',
          operator: 'IN',
          values: ['premium', 'pro'],
          negate: false,
          caseInsensitive: false,
        },
        { attribute: 'country', operator: 'IN', values: ['FR'], negate: true, caseInsensitive: true },
      ],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: {
    rollout: {
      weights: [
        { variant: 'on', weight: 30 },
        { variant: 'off', weight: 70 },
      ],
    },
  },
  salt,
});

describe('canonicalFlagContent', () => {
  it('stores a definition the same with and without explicit defaults, keeping order and true options', () => {
    const canonical = canonicalFlagContent('tarot_enabled', bare);
    expect(canonical).toEqual(bare);
    expect(canonicalFlagContent('tarot_enabled', explicit('tarot_enabled'))).toStrictEqual(canonical);
    expect(JSON.stringify(canonicalFlagContent('tarot_enabled', explicit('tarot_enabled')))).toBe(
      JSON.stringify(canonical),
    );
  });

  it('keeps a salt other than the key, a stickiness, a payload and a rule description', () => {
    const content = canonicalFlagContent('tarot_enabled', {
      ...explicit('other_salt'),
      variants: [{ key: 'on', payload: { n: 1 } }, { key: 'off' }],
      rules: [{ id: 'r', description: 'why', conditions: [], serve: { variant: 'on' } }],
      fallthrough: { rollout: { weights: [{ variant: 'on', weight: 100 }], stickiness: 'sessionId' } },
    });
    expect(content.salt).toBe('other_salt');
    expect(content.variants).toEqual([{ key: 'on', payload: { n: 1 } }, { key: 'off' }]);
    expect(content.rules[0]?.description).toBe('why');
    expect(content.fallthrough.rollout?.stickiness).toBe('sessionId');
  });

  it('passes malformed parts through for the validator instead of throwing', () => {
    const junk = {
      ...bare,
      rules: null,
      fallthrough: { variant: 'on', rollout: 'x' },
    } as unknown as FlagContent;
    expect(canonicalFlagContent('k', junk)).toMatchObject({
      rules: null,
      fallthrough: { variant: 'on', rollout: 'x' },
    });
    // An empty salt or stickiness is invalid, not a default: the validator must still see it.
    const empty = canonicalFlagContent('k', {
      ...bare,
      fallthrough: { rollout: { weights: [{ variant: 'on', weight: 100 }], stickiness: '' } },
      salt: '',
    });
    expect(empty.salt).toBe('');
    expect(empty.fallthrough.rollout?.stickiness).toBe('');
  });

  it('does not move anyone between buckets when it drops a salt equal to the key', () => {
    const key = 'tarot_enabled';
    const before = compileFlagSet({
      flags: [{ ...explicit(key), key, revision: 1 }],
      segments: [],
      revision: 1,
    });
    const after = compileFlagSet({
      flags: [{ ...canonicalFlagContent(key, explicit(key)), key, revision: 1 }],
      segments: [],
      revision: 1,
    });
    expect(after.flags.get(key)?.definition.salt).toBeUndefined();
    const served = { on: 0, off: 0 };
    for (let i = 0; i < 2000; i++) {
      const context = { userId: `user-${i}`, plan: 'free' };
      const was = evaluateFlag(before, key, context);
      const is = evaluateFlag(after, key, context);
      expect(is).toEqual(was);
      served[is.variant as 'on' | 'off']++;
    }
    // A real split, so the comparison above had both variants to lose.
    expect(served.on).toBeGreaterThan(400);
    expect(served.off).toBeGreaterThan(1000);
  });
});
