// The demo flags give every demo account something to try, whatever random id its account got.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AccountViewer } from '../auth/viewer.js';
import { compileFlagSet } from '../evaluation/compile.js';
import { evaluateFlag } from '../evaluation/evaluate.js';
import { validateFlag, validateSegment } from '../evaluation/validate.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { DEMO_FLAGS, demoSegments } from './demo-flags.js';
import { DEMO_ACCOUNTS } from './demo-seed.js';

const betaUser = randomUUID();
const segments = demoSegments([betaUser]).map(([key, content]) => ({ ...content, key, revision: 1 }));
const flags = DEMO_FLAGS.map(([key, content]) => ({ ...content, key, revision: 1 }));
const set = compileFlagSet({ flags, segments, revision: 1 });

const context = (plan: 'free' | 'premium', userId: string = randomUUID()) =>
  FlagEvaluator.accountContext({
    kind: 'account',
    userId,
    tenantId: randomUUID(),
    role: 'user',
    plan,
    expiresAt: 0,
  } satisfies AccountViewer);

describe('demo flags', () => {
  it('are valid', () => {
    for (const segment of segments) expect(validateSegment(segment)).toEqual([]);
    for (const flag of flags) {
      expect(validateFlag(flag, { flags: flags.filter((f) => f.key !== flag.key), segments })).toEqual([]);
    }
  });

  it('let the free demo user try tarot whatever its id', () => {
    expect(DEMO_ACCOUNTS).toContainEqual({ email: 'user@demo.augur', role: 'user', plan: 'free' });
    for (let i = 0; i < 500; i++) {
      expect(evaluateFlag(set, 'tarot_enabled', context('free'))).toMatchObject({
        enabled: true,
        variant: 'on',
      });
    }
  });

  it('unlock both modules by rule for the premium (and beta) demo account', () => {
    for (const key of ['tarot_enabled', 'runes_enabled']) {
      expect(evaluateFlag(set, key, context('premium', betaUser))).toMatchObject({
        enabled: true,
        reason: 'TARGETING_MATCH',
      });
    }
  });

  it('still show a percentage rollout: runes for about 20% of everyone else', () => {
    let on = 0;
    for (let i = 0; i < 2000; i++) {
      const result = evaluateFlag(set, 'runes_enabled', context('free', `user-${i}`));
      expect(result.reason).toBe('SPLIT');
      if (result.enabled) on++;
    }
    expect(on / 2000).toBeGreaterThan(0.15);
    expect(on / 2000).toBeLessThan(0.25);
  });
});
