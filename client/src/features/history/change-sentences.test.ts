// Changes told as sentences: On/Off, rules and their conditions, rollouts weight by weight, lists by identity.
import { describe, expect, it } from 'vitest';
import { describeChanges } from './change-sentences';

const rollout = (on: number) => ({
  rollout: {
    weights: [
      { variant: 'on', weight: on },
      { variant: 'off', weight: 100 - on },
    ],
  },
});

const FLAG = {
  description: 'Tarot module',
  type: 'BOOLEAN',
  enabled: true,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [{ variant: 'on', userIds: ['u1'] }],
  rules: [
    {
      id: 'staff',
      conditions: [{ attribute: 'role', operator: 'IN', values: ['ops'] }],
      serve: { variant: 'on' },
    },
    { id: 'premium', conditions: [], serve: rollout(50) },
  ],
  fallthrough: rollout(20),
};

const texts = (before: unknown, after: unknown) => describeChanges(before, after).map((s) => s.text);

describe('describeChanges', () => {
  it('says On and Off, never "kill switch is on"', () => {
    expect(texts(FLAG, { ...FLAG, enabled: false })).toEqual(['Flag turned Off']);
    expect(texts({ ...FLAG, enabled: false }, FLAG)).toEqual(['Flag turned On']);
  });

  it('tells a default rollout weight by weight', () => {
    expect(texts(FLAG, { ...FLAG, fallthrough: rollout(30) })).toEqual([
      'Default rollout: on 20% → 30%',
      'Default rollout: off 80% → 70%',
    ]);
    expect(texts(FLAG, { ...FLAG, fallthrough: { variant: 'off' } })).toEqual([
      'Default: rollout on 20%, off 80% → serves off',
    ]);
  });

  it('names a rule by id for an added condition, and tells a rule added, removed or moved', () => {
    const premium = FLAG.rules[1] as (typeof FLAG.rules)[number];
    const withCondition = {
      ...FLAG,
      rules: [
        FLAG.rules[0],
        { ...premium, conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }] },
      ],
    };
    expect(texts(FLAG, withCondition)).toEqual(['Rule premium: condition plan IN [premium] added']);

    const added = {
      ...FLAG,
      rules: [...FLAG.rules, { id: 'beta', conditions: [], serve: { variant: 'on' } }],
    };
    expect(texts(FLAG, added)).toEqual(['Rule beta added: for everyone, serves on']);
    expect(texts(added, FLAG)).toEqual(['Rule beta removed']);

    const swapped = { ...FLAG, rules: [FLAG.rules[1], FLAG.rules[0]] };
    expect(texts(FLAG, swapped)).toEqual([
      'Rule premium moved from position 2 to 1',
      'Rule staff moved from position 1 to 2',
    ]);
  });

  it('tells a changed condition before and after, negation and case included', () => {
    const changed = {
      ...FLAG,
      rules: [
        {
          ...FLAG.rules[0],
          conditions: [{ attribute: 'role', operator: 'IN', values: ['ops', 'support'], negate: true }],
        },
        FLAG.rules[1],
      ],
    };
    expect(texts(FLAG, changed)).toEqual([
      'Rule staff: condition role IN [ops] → NOT role IN [ops, support]',
    ]);
  });

  it('matches variants, targets and prerequisites by identity, not position', () => {
    const after = {
      ...FLAG,
      variants: [{ key: 'off' }, { key: 'on', payload: { color: 'gold' } }],
      targets: [{ variant: 'on', userIds: ['u2'] }],
      prerequisites: [{ flagKey: 'billing', variant: 'on' }],
    };
    expect(texts(FLAG, after)).toEqual([
      'Variant on: payload nothing → {"color":"gold"}',
      'Prerequisite billing added: must serve on',
      'Users served on: u2 added',
      'Users served on: u1 removed',
    ]);
  });

  it('tells scalars and persona lists, and marks each sentence added, removed or changed', () => {
    const persona = { name: 'Selene', greeting: 'Hello', allowedTopics: ['love', 'work'] };
    const changes = describeChanges(persona, {
      name: 'Luna',
      greeting: 'Hello',
      allowedTopics: ['work', 'money'],
    });
    expect(changes).toEqual([
      { kind: 'changed', text: 'Name: "Selene" → "Luna"' },
      { kind: 'added', text: 'Allowed topics: money added' },
      { kind: 'removed', text: 'Allowed topics: love removed' },
    ]);
  });

  it('words a created flag field by field, and never leaves a change unsaid', () => {
    expect(texts({}, { enabled: true, description: 'New' })).toEqual([
      'Flag is On',
      'Description set to "New"',
    ]);
    expect(texts({ mystery: 1 }, { mystery: 2 })).toEqual(['mystery: 1 → 2']);
    expect(texts({ description: 'Old' }, { description: '' })).toEqual(['Description cleared (was "Old")']);
    expect(texts(FLAG, FLAG)).toEqual([]);
    expect(texts({}, { prerequisites: [], fallthrough: { variant: 'off' } })).toEqual([
      'Default: serves off',
    ]);
  });
});
