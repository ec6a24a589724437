// explain names every step of the evaluation order with what decided and why, in words ops can read.
import { describe, expect, it } from 'vitest';
import { bucketOf } from './bucketing.js';
import { compileFlagSet } from './compile.js';
import type { FlagDefinition } from './definitions.js';
import { evaluateFlag } from './evaluate.js';
import { explainFlag } from './explain.js';

const bool = (key: string, over: Partial<FlagDefinition> = {}): FlagDefinition => ({
  key,
  type: 'BOOLEAN',
  enabled: true,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variant: 'on' },
  revision: 1,
  ...over,
});

const checkout = bool('checkout', {
  revision: 3,
  targets: [{ variant: 'on', userIds: ['vip'] }],
  rules: [
    {
      id: 'r1',
      conditions: [
        { attribute: 'plan', operator: 'IN', values: ['premium', 'pro'] },
        { attribute: 'country', operator: 'IN', values: ['FR'] },
      ],
      serve: { variant: 'on' },
    },
    {
      id: 'r2',
      conditions: [
        { attribute: 'age', operator: 'NUM_GT', values: [18] },
        { attribute: '', operator: 'IN_SEGMENT', values: ['beta'], negate: true },
      ],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: {
    rollout: {
      weights: [
        { variant: 'on', weight: 20 },
        { variant: 'off', weight: 80 },
      ],
    },
  },
});

const set = compileFlagSet({
  revision: 5,
  segments: [{ key: 'beta', included: ['ann'], excluded: ['eve'], rules: [], revision: 1 }],
  flags: [
    checkout,
    bool('parent', { enabled: false }),
    bool('child', { prerequisites: [{ flagKey: 'parent', variant: 'on' }] }),
    bool('loop_a', { prerequisites: [{ flagKey: 'loop_b', variant: 'on' }] }),
    bool('loop_b', { prerequisites: [{ flagKey: 'loop_a', variant: 'on' }] }),
  ],
});

const steps = (key: string, context = {}, overlays = {}) =>
  explainFlag(set, key, context, overlays).trace.map(
    (t) => `${t.step}${t.ruleId ? ` ${t.ruleId}` : ''} ${t.outcome}: ${t.detail}`,
  );

describe('explainFlag', () => {
  it('walks every step and explains each rule and the bucket', () => {
    const bucket = bucketOf('checkout', 'eve');
    const served = bucket < 2000 ? 'on' : 'off';
    expect(
      steps('checkout', { userId: 'eve', plan: 'pro', country: 'DE', attributes: { age: '30' } }),
    ).toEqual([
      'FLAG PASSED: flag checkout (BOOLEAN, revision 3) found in flag set revision 5',
      'KILL_SWITCH PASSED: kill switch is on',
      'ENV_GATE PASSED: checkout is not in AUGUR_FORCE_OFF',
      'ENTITLEMENT PASSED: tenant has no feature.checkout entitlement: inherits',
      'GUARD PASSED: guard is closed',
      'PREREQUISITES PASSED: no prerequisites',
      'INDIVIDUAL_TARGETING PASSED: user "eve" is not among the 1 targeted users',
      'RULE r1 PASSED: rule r1: plan IN [premium, pro] matched (plan = "pro"); country IN [FR] did not match (country = "DE")',
      'RULE r2 PASSED: rule r2: age NUM_GT 18 did not match (age = "30", not a finite number); NOT IN_SEGMENT [beta] matched (beta: not a member (user excluded))',
      `FALLTHROUGH DECIDED: no rule matched -> split by userId = "eve", salt "checkout": bucket ${bucket} of 10000 -> variant ${served} (ranges: on 0-1999, off 2000-9999)`,
    ]);
  });

  it('marks the steps after the deciding one as skipped', () => {
    expect(steps('checkout', { userId: 'vip' }).slice(6)).toEqual([
      'INDIVIDUAL_TARGETING DECIDED: user "vip" is targeted: serves on',
      'RULE r1 SKIPPED: not reached',
      'RULE r2 SKIPPED: not reached',
      'FALLTHROUGH SKIPPED: not reached',
    ]);
    expect(steps('checkout', {}, { forceOff: new Set(['checkout']) })[2]).toBe(
      'ENV_GATE DECIDED: checkout is in AUGUR_FORCE_OFF: serves off',
    );
    expect(steps('checkout', {}, { entitlements: new Map([['checkout', false]]) })[3]).toBe(
      'ENTITLEMENT DECIDED: tenant entitlement feature.checkout = false: serves off',
    );
  });

  it('explains prerequisites, cycles and unknown flags', () => {
    expect(steps('child')[5]).toBe(
      'PREREQUISITES DECIDED: parent must serve on: it serves off (DISABLED), not satisfied: serves off',
    );
    expect(steps('loop_a')[5]).toMatch(
      /^PREREQUISITES DECIDED: prerequisites form a cycle: loop_a -> loop_b -> loop_a/,
    );
    expect(steps('ghost')).toEqual([
      'FLAG DECIDED: no flag "ghost" in flag set revision 5',
      ...[
        'KILL_SWITCH',
        'ENV_GATE',
        'ENTITLEMENT',
        'GUARD',
        'PREREQUISITES',
        'INDIVIDUAL_TARGETING',
        'FALLTHROUGH',
      ].map((step) => `${step} SKIPPED: not reached`),
    ]);
  });

  it('says why a context without a stickiness value gets the off variant', () => {
    const { result, trace } = explainFlag(set, 'checkout', {});
    expect(result).toEqual(evaluateFlag(set, 'checkout', {}));
    expect(result).toMatchObject({ variant: 'off', reason: 'SPLIT' });
    expect(trace.at(-1)?.detail).toBe(
      'no rule matched -> split, but the context has no userId or sessionId -> variant off (ranges: on 0-1999, off 2000-9999)',
    );
  });
});
