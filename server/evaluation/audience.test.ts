// evaluateAudience: the result a context would get with the kill switch, environment gate and guard open.
import { describe, expect, it } from 'vitest';
import { compileFlagSet } from './compile.js';
import type { FlagDefinition } from './definitions.js';
import { evaluateAudience, evaluateFlag } from './evaluate.js';

const betaOnly = (enabled: boolean): FlagDefinition => ({
  key: 'runes',
  type: 'BOOLEAN',
  enabled,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [],
  rules: [
    {
      id: 'beta',
      conditions: [{ attribute: 'plan', operator: 'IN', values: ['beta'] }],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: { variant: 'off' },
  revision: 1,
});

const setWith = (flag: FlagDefinition) => compileFlagSet({ revision: 1, segments: [], flags: [flag] });
const beta = { userId: 'b', plan: 'beta' };
const other = { userId: 'o', plan: 'free' };

describe('evaluateAudience', () => {
  it('sees through the kill switch: the beta user is in the audience, the other is not', () => {
    const set = setWith(betaOnly(false));
    expect(evaluateFlag(set, 'runes', beta).reason).toBe('DISABLED');
    expect(evaluateAudience(set, 'runes', beta)).toMatchObject({ enabled: true, reason: 'TARGETING_MATCH' });
    expect(evaluateAudience(set, 'runes', other)).toMatchObject({ enabled: false, reason: 'DEFAULT' });
  });

  it('sees through the environment gate and an open guard, but not a missing entitlement', () => {
    const set = setWith(betaOnly(true));
    const operational = { forceOff: new Set(['runes']), openGuards: new Set(['runes']) };
    expect(evaluateFlag(set, 'runes', beta, operational).enabled).toBe(false);
    expect(evaluateAudience(set, 'runes', beta, operational).enabled).toBe(true);
    const notEntitled = { entitlements: new Map([['runes', false]]) };
    expect(evaluateAudience(set, 'runes', beta, notEntitled).reason).toBe('ENTITLEMENT');
  });

  it('gives the normal result when nothing is switched off, and FLAG_NOT_FOUND for an unknown key', () => {
    const set = setWith(betaOnly(true));
    expect(evaluateAudience(set, 'runes', beta)).toEqual(evaluateFlag(set, 'runes', beta));
    expect(evaluateAudience(set, 'nope', beta).reason).toBe('FLAG_NOT_FOUND');
  });
});
