// The flag form model: a loaded flag round-trips to the same FlagInput, edits keep references, errors map to paths.
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { splitList } from '../conditions/condition-form';
import { fieldErrors } from '../editor/use-validated-editor';
import { moveItem } from '../forms/move-item';
import {
  addRule,
  addVariant,
  type FlagForm,
  formProblems,
  type LoadedFlag,
  removeVariant,
  setServeMode,
  shownPaths,
  toForm,
  toInput,
  weightTotal,
} from './flag-form';

const booleanFlag: LoadedFlag = {
  key: 'tarot_enabled',
  type: 'BOOLEAN',
  enabled: true,
  salt: 'tarot-salt-2',
  revision: 4,
  description: 'Tarot module',
  offVariant: 'off',
  variants: [
    { key: 'on', payload: null },
    { key: 'off', payload: null },
  ],
  targets: [{ variant: 'on', userIds: ['u-1', 'u-2'] }],
  rules: [
    {
      id: 'premium',
      description: 'Paying users',
      conditions: [
        {
          attribute: 'plan',
          operator: 'IN',
          values: ['premium', 'gold'],
          negate: false,
          caseInsensitive: true,
        },
        { attribute: 'age', operator: 'NUM_GTE', values: [18], negate: true, caseInsensitive: false },
      ],
      serve: { variant: 'on', rollout: null },
    },
    {
      id: 'beta',
      description: '',
      conditions: [
        {
          attribute: '',
          operator: 'IN_SEGMENT',
          values: ['beta', 'staff'],
          negate: false,
          caseInsensitive: false,
        },
      ],
      serve: {
        variant: null,
        rollout: {
          stickiness: 'country',
          weights: [
            { variant: 'off', weight: 50.5 },
            { variant: 'on', weight: 49.5 },
          ],
        },
      },
    },
  ],
  fallthrough: {
    variant: null,
    rollout: {
      stickiness: null,
      weights: [
        { variant: 'on', weight: 20 },
        { variant: 'off', weight: 80 },
      ],
    },
  },
  prerequisites: [{ flagKey: 'modules_enabled', variant: 'on' }],
};

const variantFlag: LoadedFlag = {
  ...booleanFlag,
  key: 'chat_reply_style',
  type: 'VARIANT',
  salt: 'chat_reply_style',
  offVariant: 'concise',
  variants: [
    { key: 'concise', payload: { maxWords: 40 } },
    { key: 'detailed', payload: 'long' },
  ],
  targets: [
    { variant: 'detailed', userIds: ['u-9'] },
    { variant: 'concise', userIds: ['u-3'] },
  ],
  rules: [],
  fallthrough: {
    variant: null,
    rollout: { stickiness: null, weights: [{ variant: 'detailed', weight: 100 }] },
  },
  prerequisites: [],
};

const withWeight = (form: FlagForm, index: number, weight: string): FlagForm => ({
  ...form,
  fallthrough: {
    ...form.fallthrough,
    weights: form.fallthrough.weights.map((w, i) => (i === index ? { ...w, weight } : w)),
  },
});

describe('toForm and toInput', () => {
  it('give back the loaded definition unchanged', () => {
    expect(toInput(toForm(booleanFlag))).toEqual({
      type: 'BOOLEAN',
      enabled: true,
      salt: 'tarot-salt-2',
      description: 'Tarot module',
      variants: [
        { key: 'on', payload: null },
        { key: 'off', payload: null },
      ],
      offVariant: 'off',
      targets: [{ variant: 'on', userIds: ['u-1', 'u-2'] }],
      rules: [
        {
          id: 'premium',
          description: 'Paying users',
          conditions: [
            {
              attribute: 'plan',
              operator: 'IN',
              values: ['premium', 'gold'],
              negate: false,
              caseInsensitive: true,
            },
            { attribute: 'age', operator: 'NUM_GTE', values: [18], negate: true, caseInsensitive: false },
          ],
          serve: { variant: 'on' },
        },
        {
          id: 'beta',
          description: '',
          conditions: [
            {
              attribute: '',
              operator: 'IN_SEGMENT',
              values: ['beta', 'staff'],
              negate: false,
              caseInsensitive: false,
            },
          ],
          serve: {
            rollout: {
              stickiness: 'country',
              weights: [
                { variant: 'off', weight: 50.5 },
                { variant: 'on', weight: 49.5 },
              ],
            },
          },
        },
      ],
      // An unset stickiness (null) stays unset, which keeps the sessionId fallback.
      fallthrough: {
        rollout: {
          weights: [
            { variant: 'on', weight: 20 },
            { variant: 'off', weight: 80 },
          ],
        },
      },
      prerequisites: [{ flagKey: 'modules_enabled', variant: 'on' }],
    });
  });

  it('shows payloads as JSON text and targets per variant', () => {
    const form = toForm(variantFlag);
    expect(form.variants.map((v) => [v.key, v.payload, v.userIds])).toEqual([
      ['concise', '{\n  "maxWords": 40\n}', 'u-3'],
      ['detailed', '"long"', 'u-9'],
    ]);
    const input = toInput(form);
    expect(input.variants).toEqual([
      { key: 'concise', payload: { maxWords: 40 } },
      { key: 'detailed', payload: 'long' },
    ]);
    // Targets go out in variant order, only for variants with user ids.
    expect(input.targets).toEqual([
      { variant: 'concise', userIds: ['u-3'] },
      { variant: 'detailed', userIds: ['u-9'] },
    ]);
  });

  it('keeps the rollout order, and leaves a variant out while its weight is blank', () => {
    const form = toForm(variantFlag);
    expect(form.fallthrough.weights.map((w) => w.weight)).toEqual(['100', '']);
    expect(toInput(form).fallthrough).toEqual({
      rollout: { weights: [{ variant: 'detailed', weight: 100 }] },
    });
    const split = withWeight(withWeight(form, 0, '70'), 1, '30');
    expect(toInput(split).fallthrough).toEqual({
      rollout: {
        weights: [
          { variant: 'detailed', weight: 70 },
          { variant: 'concise', weight: 30 },
        ],
      },
    });
  });

  it('sends what was typed, even an impossible weight: the server is the validator', () => {
    const form = withWeight(toForm(booleanFlag), 0, '150');
    expect(formProblems(form).size).toBe(0);
    expect(toInput(form).fallthrough.rollout?.weights[0]).toEqual({ variant: 'on', weight: 150 });
    expect(weightTotal(form.fallthrough.weights)).toBe(230);
  });

  it('parses numbers for NUM_* operators only, and epoch milliseconds for DATE_*', () => {
    const form = toForm(booleanFlag);
    const rule = form.rules[0];
    if (!rule) throw new Error('no rule');
    const conditions = [
      { operator: 'NUM_GT', values: '2.5' },
      { operator: 'NUM_LT', values: 'ten' },
      { operator: 'IN', values: '1, 2,\n3' },
      { operator: 'DATE_AFTER', values: '1700000000000' },
      { operator: 'DATE_BEFORE', values: '2025-01-31' },
      { operator: 'EXISTS', values: '' },
    ] as const;
    const edited: FlagForm = {
      ...form,
      rules: [
        {
          ...rule,
          conditions: conditions.map((c, i) => ({
            uid: `x${i}`,
            attribute: 'a',
            segments: [],
            negate: false,
            caseInsensitive: false,
            ...c,
          })),
        },
      ],
    };
    expect(toInput(edited).rules?.[0]?.conditions.map((c) => c.values)).toEqual([
      [2.5],
      ['ten'],
      ['1', '2', '3'],
      [1700000000000],
      ['2025-01-31'],
      [],
    ]);
  });
});

describe('edits', () => {
  it('renaming a variant keeps what refers to it', () => {
    const form = toForm(variantFlag);
    const renamed: FlagForm = {
      ...form,
      variants: form.variants.map((v) => (v.key === 'detailed' ? { ...v, key: 'verbose' } : v)),
    };
    const input = toInput(renamed);
    expect(input.fallthrough.rollout?.weights).toEqual([{ variant: 'verbose', weight: 100 }]);
    expect(input.targets).toContainEqual({ variant: 'verbose', userIds: ['u-9'] });
  });

  it('adding a variant gives it a blank weight at the end of each rollout; removing it drops its references', () => {
    const added = addVariant(toForm(variantFlag));
    const uid = added.variants.at(-1)?.uid ?? '';
    expect(added.fallthrough.weights.at(-1)).toEqual({ variant: uid, weight: '' });
    const removed = removeVariant(added, added.variants[0]?.uid ?? '');
    expect(removed.variants.map((v) => v.key)).toEqual(['detailed', '']);
    expect(removed.offVariant).toBe('');
    expect(removed.fallthrough.weights.map((w) => w.variant)).not.toContain(added.variants[0]?.uid);
  });

  it('a new rollout gives 100% to the first variant; a new rule gets a free id', () => {
    const form = toForm(booleanFlag);
    const rule = form.rules[0];
    if (!rule) throw new Error('no rule');
    const rollout = setServeMode(form, rule.serve, 'rollout');
    expect(rollout.weights.map((w) => w.weight)).toEqual(['100', '0']);
    const twice = addRule(addRule(form));
    expect(twice.rules.map((r) => r.id)).toEqual(['premium', 'beta', 'rule-3', 'rule-4']);
    expect(new Set(twice.rules.map((r) => r.uid)).size).toBe(4);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('splits user id lists on lines and commas', () => {
    expect(splitList(' u-1,u-2\n\nu-3 , ')).toEqual(['u-1', 'u-2', 'u-3']);
  });
});

describe('problems and messages', () => {
  it('refuses only what cannot be sent: a payload that is not JSON, a weight that is not a number', () => {
    const form = toForm(variantFlag);
    const broken: FlagForm = {
      ...withWeight(form, 0, 'abc'),
      variants: form.variants.map((v, i) => (i === 1 ? { ...v, payload: '{"a":' } : v)),
    };
    expect([...formProblems(broken).keys()]).toEqual([
      'variants.1.payload',
      'fallthrough.rollout.weights.0.weight',
    ]);
    expect(() => toInput(broken)).toThrow(/cannot be sent/);
  });

  it('reads the field messages of VALIDATION_FAILED, and nothing else', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'fallthrough.rollout.weights.0.weight: must be a percentage from 0 to 100',
          extensions: {
            code: 'VALIDATION_FAILED',
            fields: [
              { path: 'fallthrough.rollout.weights.0.weight', message: 'must be a percentage from 0 to 100' },
              { path: 'rules.1.id', message: 'duplicate rule id beta' },
              { path: 'rules.1.id', message: 'too long' },
              { nonsense: true },
            ],
          },
        },
      ],
    });
    expect(fieldErrors(error)).toEqual(
      new Map([
        ['fallthrough.rollout.weights.0.weight', 'must be a percentage from 0 to 100'],
        ['rules.1.id', 'duplicate rule id beta; too long'],
      ]),
    );
    const conflict = new CombinedError({
      graphQLErrors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }],
    });
    expect(fieldErrors(conflict).size).toBe(0);
    expect(fieldErrors(null).size).toBe(0);
  });

  it('knows which paths have a field, counting only the weights and targets that are sent', () => {
    const paths = shownPaths(toForm(variantFlag));
    expect(paths).toContain('fallthrough.rollout.weights.0.weight');
    expect(paths).not.toContain('fallthrough.rollout.weights.1.weight');
    expect(paths).toContain('targets.1.userIds');
    expect(paths).toContain('variants.1.payload');
    expect(paths).not.toContain('salt');
    const boolean = shownPaths(toForm(booleanFlag));
    expect(boolean).toContain('rules.0.conditions.1.attribute');
    // IN_SEGMENT has no attribute input.
    expect(boolean).not.toContain('rules.1.conditions.0.attribute');
    expect(boolean).toContain('rules.1.serve.rollout.weights');
    expect(boolean).toContain('prerequisites.0.flagKey');
  });
});
