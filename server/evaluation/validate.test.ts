// Each validation rule reports the offending field's path and a clear message; valid definitions give [].
import { describe, expect, it } from 'vitest';
import type { Condition, FlagDefinition, SegmentDefinition } from './definitions.js';
import { validateFlag, validateSegment } from './validate.js';

const boolFlag = (over: Partial<FlagDefinition> = {}): FlagDefinition => ({
  key: 'checkout_v2',
  type: 'BOOLEAN',
  enabled: true,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [{ variant: 'on', userIds: ['u1', 'u2'] }],
  rules: [
    {
      id: 'pro-fr',
      conditions: [
        { attribute: 'plan', operator: 'IN', values: ['premium', 'pro'], caseInsensitive: true },
        { attribute: 'country', operator: 'IN', values: ['FR'], negate: true },
        { attribute: '', operator: 'IN_SEGMENT', values: ['beta'] },
      ],
      serve: {
        rollout: {
          weights: [
            { variant: 'on', weight: 12.5 },
            { variant: 'off', weight: 87.5 },
          ],
        },
      },
    },
    {
      id: 'r2',
      conditions: [{ attribute: 'appVersion', operator: 'SEMVER_GTE', values: ['2.0.0'] }],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: { variant: 'off' },
  revision: 1,
  ...over,
});

const variantFlag = (over: Partial<FlagDefinition> = {}): FlagDefinition => ({
  ...boolFlag(),
  key: 'theme',
  type: 'VARIANT',
  variants: [{ key: 'light', payload: { bg: '#fff' } }, { key: 'dark' }],
  offVariant: 'light',
  targets: [],
  rules: [],
  fallthrough: {
    rollout: {
      weights: [
        { variant: 'light', weight: 50 },
        { variant: 'dark', weight: 50 },
      ],
      stickiness: 'tenantId',
    },
  },
  ...over,
});

const beta: SegmentDefinition = { key: 'beta', included: ['u9'], excluded: [], rules: [], revision: 1 };
const parent = boolFlag({ key: 'parent', targets: [], rules: [] });
const others = { flags: [parent], segments: [beta] };

const withCondition = (condition: Record<string, unknown>) =>
  boolFlag({
    rules: [{ id: 'r', conditions: [condition as unknown as Condition], serve: { variant: 'on' } }],
  });

/** The issues for a flag, as "path: message". */
const issuesOf = (flag: unknown, context = others) =>
  validateFlag(flag as FlagDefinition, context).map((i) => `${i.path}: ${i.message}`);

describe('validateFlag', () => {
  it('accepts valid BOOLEAN and VARIANT flags', () => {
    expect(validateFlag(boolFlag(), others)).toEqual([]);
    expect(validateFlag(variantFlag(), others)).toEqual([]);
    expect(
      validateFlag(boolFlag({ prerequisites: [{ flagKey: 'parent', variant: 'on' }], salt: 'abc' }), others),
    ).toEqual([]);
  });

  it.each([
    ['an upper-case key', { key: 'Checkout' }, 'key: must be snake_case'],
    ['a key starting with a digit', { key: '1flag' }, 'key: must be snake_case'],
    ['a 65-character key', { key: `a${'b'.repeat(64)}` }, 'key: must be snake_case'],
    ['an unknown type', { type: 'NUMBER' }, 'type: must be BOOLEAN or VARIANT'],
    ['a non-boolean enabled', { enabled: 'yes' }, 'enabled: must be a boolean'],
    [
      'a BOOLEAN flag with a third variant',
      { variants: [{ key: 'on' }, { key: 'off' }, { key: 'maybe' }] },
      'variants: a BOOLEAN flag has exactly the variants on and off',
    ],
    [
      'a BOOLEAN flag off by default on',
      { offVariant: 'on' },
      "offVariant: a BOOLEAN flag's off variant is off",
    ],
    ['an empty salt', { salt: '' }, 'salt: must be a non-empty string'],
  ])('reports %s', (_name, change, expected) => {
    expect(issuesOf({ ...boolFlag(), ...change }).join('\n')).toContain(expected);
  });

  it.each([
    ['no variants', { variants: [], offVariant: 'x' }, 'variants: a VARIANT flag has 1 to 20 variants'],
    [
      '21 variants',
      { variants: Array.from({ length: 21 }, (_, i) => ({ key: `v${i}` })), offVariant: 'v0' },
      'variants: a VARIANT flag has 1 to 20 variants',
    ],
    [
      'a bad variant key',
      { variants: [{ key: 'light' }, { key: 'Dark Mode' }] },
      'variants.1.key: must be snake_case',
    ],
    [
      'a duplicate variant',
      { variants: [{ key: 'light' }, { key: 'light' }] },
      'variants.1.key: duplicate variant light',
    ],
    ['an off variant that is not a variant', { offVariant: 'sepia' }, 'offVariant: must be one of the flag'],
    [
      'a payload over 10 KB',
      { variants: [{ key: 'light', payload: { blob: 'x'.repeat(10_240) } }, { key: 'dark' }] },
      'variants.0.payload: at most 10240 bytes',
    ],
    [
      'a payload that is not JSON',
      { variants: [{ key: 'light', payload: { n: 10n } }, { key: 'dark' }] },
      'variants.0.payload: must be JSON',
    ],
  ])('VARIANT flags: reports %s', (_name, change, expected) => {
    expect(issuesOf(variantFlag(change as Partial<FlagDefinition>)).join('\n')).toContain(expected);
  });

  it('accepts a payload of exactly 10 KB', () => {
    const blob = 'x'.repeat(10_240 - JSON.stringify({ blob: '' }).length);
    expect(
      issuesOf(variantFlag({ variants: [{ key: 'light', payload: { blob } }, { key: 'dark' }] })),
    ).toEqual([]);
  });

  it.each([
    [
      'an unknown variant in a target list',
      { targets: [{ variant: 'maybe', userIds: ['u'] }] },
      'targets.0.variant: unknown variant maybe',
    ],
    [
      '10,001 user ids',
      { targets: [{ variant: 'on', userIds: Array.from({ length: 10_001 }, (_, i) => `u${i}`) }] },
      'targets.0.userIds: at most 10000 user ids',
    ],
    [
      'an empty user id',
      { targets: [{ variant: 'on', userIds: ['ok', ''] }] },
      'targets.0.userIds: item 1 must be a non-empty string',
    ],
    [
      'a user id over 256 characters',
      { targets: [{ variant: 'on', userIds: ['u'.repeat(257)] }] },
      'targets.0.userIds: item 0 must be',
    ],
    [
      'a user in two target lists',
      {
        targets: [
          { variant: 'on', userIds: ['u1'] },
          { variant: 'off', userIds: ['u1'] },
        ],
      },
      'targets.1.userIds: user u1 is already targeted by targets.0',
    ],
  ])('targets: reports %s', (_name, change, expected) => {
    expect(issuesOf(boolFlag(change as Partial<FlagDefinition>)).join('\n')).toContain(expected);
  });

  it('accepts 10,000 user ids in a target list', () => {
    const userIds = Array.from({ length: 10_000 }, (_, i) => `u${i}`);
    expect(issuesOf(boolFlag({ targets: [{ variant: 'on', userIds }] }))).toEqual([]);
  });

  it.each([
    [
      'an unknown operator',
      { attribute: 'plan', operator: 'LIKE', values: ['x'] },
      'rules.0.conditions.0.operator: unknown operator "LIKE"',
    ],
    [
      'a bad attribute name',
      { attribute: '9lives', operator: 'IN', values: ['x'] },
      'rules.0.conditions.0.attribute: must be an attribute name',
    ],
    [
      'an attribute name with a space',
      { attribute: 'first name', operator: 'EXISTS', values: [] },
      'rules.0.conditions.0.attribute',
    ],
    [
      'EXISTS with a value',
      { attribute: 'plan', operator: 'EXISTS', values: ['x'] },
      'rules.0.conditions.0.values: EXISTS takes no values',
    ],
    [
      'EQUALS with two values',
      { attribute: 'plan', operator: 'EQUALS', values: ['a', 'b'] },
      'rules.0.conditions.0.values: EQUALS takes exactly one value, got 2',
    ],
    [
      'NUM_GT without a value',
      { attribute: 'age', operator: 'NUM_GT', values: [] },
      'rules.0.conditions.0.values: NUM_GT takes exactly one value, got 0',
    ],
    [
      'IN without values',
      { attribute: 'plan', operator: 'IN', values: [] },
      'rules.0.conditions.0.values: IN takes 1 to 1000 values, got 0',
    ],
    [
      'IN with 1,001 values',
      { attribute: 'plan', operator: 'IN', values: Array.from({ length: 1001 }, (_, i) => `p${i}`) },
      'IN takes 1 to 1000 values, got 1001',
    ],
    [
      'a numeric operator with a string',
      { attribute: 'age', operator: 'NUM_GTE', values: ['18'] },
      'rules.0.conditions.0.values: value 0 ("18"): NUM_GTE needs a number',
    ],
    [
      'a date operator with a non-date',
      { attribute: 'since', operator: 'DATE_AFTER', values: ['next monday'] },
      'rules.0.conditions.0.values: value 0 ("next monday"): DATE_AFTER needs an ISO-8601 date',
    ],
    [
      'a semver operator with a bad version',
      { attribute: 'appVersion', operator: 'SEMVER_LT', values: ['2.0'] },
      'rules.0.conditions.0.values: value 0 ("2.0"): SEMVER_LT needs a valid semver',
    ],
    [
      'a value that is neither string nor number',
      { attribute: 'plan', operator: 'IN', values: ['a', true] },
      'rules.0.conditions.0.values: value 1 (true): must be a string or a finite number',
    ],
    [
      'an unknown segment',
      { attribute: '', operator: 'IN_SEGMENT', values: ['ghost'] },
      'rules.0.conditions.0.values: unknown segment "ghost"',
    ],
    [
      'caseInsensitive on a numeric operator',
      { attribute: 'age', operator: 'NUM_GT', values: [1], caseInsensitive: true },
      'rules.0.conditions.0.caseInsensitive: applies only to',
    ],
    [
      'a non-boolean negate',
      { attribute: 'plan', operator: 'IN', values: ['x'], negate: 'yes' },
      'rules.0.conditions.0.negate: must be a boolean',
    ],
    [
      'values that are not a list',
      { attribute: 'plan', operator: 'IN', values: 'pro' },
      'rules.0.conditions.0.values: must be a list',
    ],
  ])('conditions: reports %s', (_name, condition, expected) => {
    expect(issuesOf(withCondition(condition)).join('\n')).toContain(expected);
  });

  it('accepts every operator with well-typed values', () => {
    const ok: Array<Partial<Condition>> = [
      { attribute: 'plan', operator: 'IN', values: ['a', 2] },
      { attribute: 'plan', operator: 'EQUALS', values: ['a'] },
      { attribute: 'email', operator: 'CONTAINS', values: ['@'] },
      { attribute: 'email', operator: 'STARTS_WITH', values: ['a'] },
      { attribute: 'email', operator: 'ENDS_WITH', values: ['.io'] },
      ...(['NUM_EQ', 'NUM_GT', 'NUM_GTE', 'NUM_LT', 'NUM_LTE'] as const).map((operator) => ({
        attribute: 'age',
        operator,
        values: [1.5],
      })),
      { attribute: 'since', operator: 'DATE_BEFORE', values: ['2025-01-31T12:00:00+01:00'] },
      { attribute: 'since', operator: 'DATE_AFTER', values: [1_700_000_000_000] },
      ...(['SEMVER_EQ', 'SEMVER_GT', 'SEMVER_GTE', 'SEMVER_LT', 'SEMVER_LTE'] as const).map((operator) => ({
        attribute: 'appVersion',
        operator,
        values: ['1.2.3-beta.1'],
      })),
      { attribute: 'nickname', operator: 'EXISTS', values: [] },
      { attribute: 'ignored', operator: 'IN_SEGMENT', values: ['beta'] },
      { attribute: 'a.b-c_d', operator: 'IN', values: ['x'], negate: true, caseInsensitive: true },
    ];
    for (const condition of ok) expect(issuesOf(withCondition(condition))).toEqual([]);
  });

  it.each([
    [
      'a bad rule id',
      { rules: [{ id: 'has space', conditions: [], serve: { variant: 'on' } }] },
      'rules.0.id: must be 1 to 64 letters, digits, _ or -',
    ],
    [
      'a duplicate rule id',
      {
        rules: [
          { id: 'r', conditions: [], serve: { variant: 'on' } },
          { id: 'r', conditions: [], serve: { variant: 'off' } },
        ],
      },
      'rules.1.id: duplicate rule id r',
    ],
    [
      '101 rules',
      {
        rules: Array.from({ length: 101 }, (_, i) => ({
          id: `r${i}`,
          conditions: [],
          serve: { variant: 'on' as const },
        })),
      },
      'rules: at most 100 rules',
    ],
    [
      '51 conditions in a rule',
      {
        rules: [
          {
            id: 'r',
            conditions: Array.from({ length: 51 }, () => ({
              attribute: 'plan',
              operator: 'EXISTS' as const,
              values: [],
            })),
            serve: { variant: 'on' },
          },
        ],
      },
      'rules.0.conditions: at most 50 conditions per rule',
    ],
    [
      'an unknown served variant',
      { rules: [{ id: 'r', conditions: [], serve: { variant: 'maybe' } }] },
      'rules.0.serve.variant: unknown variant "maybe"',
    ],
  ])('rules: reports %s', (_name, change, expected) => {
    expect(issuesOf(boolFlag(change as Partial<FlagDefinition>)).join('\n')).toContain(expected);
  });

  const weights = (...w: Array<[string, number]>) => ({
    rollout: { weights: w.map(([variant, weight]) => ({ variant, weight })) },
  });
  it.each([
    [
      'weights summing to 90',
      weights(['on', 30], ['off', 60]),
      'fallthrough.rollout.weights: weights must sum to exactly 100, got 90',
    ],
    [
      'weights summing to 100.01',
      weights(['on', 50.01], ['off', 50]),
      'fallthrough.rollout.weights: weights must sum to exactly 100, got 100.01',
    ],
    [
      'a weight over 100',
      weights(['on', 101], ['off', 0]),
      'fallthrough.rollout.weights.0.weight: must be a percentage from 0 to 100',
    ],
    [
      'a negative weight',
      weights(['on', -1], ['off', 101]),
      'fallthrough.rollout.weights.0.weight: must be a percentage',
    ],
    [
      'three decimals',
      weights(['on', 33.333], ['off', 66.667]),
      'fallthrough.rollout.weights.0.weight: at most two decimals',
    ],
    [
      'a variant twice',
      weights(['on', 50], ['on', 50]),
      'fallthrough.rollout.weights.1.variant: variant on appears twice in this rollout',
    ],
    [
      'an unknown variant',
      weights(['on', 50], ['maybe', 50]),
      'fallthrough.rollout.weights.1.variant: unknown variant "maybe"',
    ],
    [
      'no weights',
      { rollout: { weights: [] } },
      'fallthrough.rollout.weights: must list at least one variant weight',
    ],
    [
      'a bad stickiness attribute',
      { rollout: { weights: [{ variant: 'on', weight: 100 }], stickiness: 'no spaces' } },
      'fallthrough.rollout.stickiness: must be an attribute name',
    ],
    [
      'both a variant and a rollout',
      { variant: 'on', ...weights(['on', 100]) },
      'fallthrough: must serve either a variant or a rollout (exactly one)',
    ],
    ['neither', {}, 'fallthrough: must serve either a variant or a rollout'],
    ['an unknown variant', { variant: 'maybe' }, 'fallthrough.variant: unknown variant "maybe"'],
  ])('serves: reports %s', (_name, fallthrough, expected) => {
    expect(
      issuesOf(boolFlag({ fallthrough: fallthrough as FlagDefinition['fallthrough'] })).join('\n'),
    ).toContain(expected);
  });

  it('accepts two-decimal weights summing to 100', () => {
    expect(
      issuesOf(
        boolFlag({ fallthrough: weights(['on', 33.33], ['off', 66.67]) as FlagDefinition['fallthrough'] }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        boolFlag({ fallthrough: weights(['on', 0.01], ['off', 99.99]) as FlagDefinition['fallthrough'] }),
      ),
    ).toEqual([]);
  });

  describe('prerequisites', () => {
    const dep = (key: string, ...on: string[]) =>
      boolFlag({
        key,
        targets: [],
        rules: [],
        prerequisites: on.map((flagKey) => ({ flagKey, variant: 'on' })),
      });

    it('reports a missing flag, itself, a duplicate and an unknown variant', () => {
      expect(issuesOf(boolFlag({ prerequisites: [{ flagKey: 'ghost', variant: 'on' }] }))).toContain(
        'prerequisites.0.flagKey: no flag ghost',
      );
      expect(issuesOf(boolFlag({ prerequisites: [{ flagKey: 'checkout_v2', variant: 'on' }] }))).toContain(
        'prerequisites.0.flagKey: a flag cannot be its own prerequisite',
      );
      expect(
        issuesOf(
          boolFlag({
            prerequisites: [
              { flagKey: 'parent', variant: 'on' },
              { flagKey: 'parent', variant: 'off' },
            ],
          }),
        ),
      ).toContain('prerequisites.1.flagKey: parent is already a prerequisite');
      expect(issuesOf(boolFlag({ prerequisites: [{ flagKey: 'parent', variant: 'blue' }] }))).toContain(
        'prerequisites.0.variant: flag parent has no variant blue',
      );
    });

    it('reports more than 20 prerequisites', () => {
      const many = Array.from({ length: 21 }, (_, i) => dep(`p${i}`));
      const flag = dep('child', ...many.map((f) => f.key));
      expect(issuesOf(flag, { flags: many, segments: [] })).toEqual([
        'prerequisites: at most 20 prerequisites',
      ]);
    });

    it('rejects a cycle at any depth, naming it', () => {
      // b -> a, c -> b; now a -> c would close a -> c -> b -> a.
      const graph = { flags: [dep('a'), dep('b', 'a'), dep('c', 'b')], segments: [] };
      expect(issuesOf(dep('a', 'c'), graph)).toEqual([
        'prerequisites.0.flagKey: creates a cycle: a -> c -> b -> a',
      ]);
      expect(issuesOf(dep('d', 'c'), graph)).toEqual([]);
    });

    it('checks the graph with the new version in place of the stored one', () => {
      // Stored: a -> b. Saving b -> a is a cycle; saving a without prerequisites and then b -> a is not.
      const stored = { flags: [dep('a', 'b'), dep('b')], segments: [] };
      expect(issuesOf(dep('b', 'a'), stored)).toEqual([
        'prerequisites.0.flagKey: creates a cycle: b -> a -> b',
      ]);
      expect(issuesOf(dep('a'), stored)).toEqual([]);
      const updated = { flags: [dep('a'), dep('b')], segments: [] };
      expect(issuesOf(dep('b', 'a'), updated)).toEqual([]);
    });

    it('reports a chain deeper than 100', () => {
      const chain = Array.from({ length: 101 }, (_, i) => (i === 0 ? dep('f0') : dep(`f${i}`, `f${i - 1}`)));
      expect(issuesOf(dep('top', 'f100'), { flags: chain, segments: [] })).toEqual([
        'prerequisites: the prerequisite chain is deeper than 100',
      ]);
      expect(issuesOf(dep('top', 'f98'), { flags: chain, segments: [] })).toEqual([]);
    });
  });

  it('lists several issues at once, in field order', () => {
    const paths = validateFlag(
      boolFlag({ key: 'Bad', fallthrough: { variant: 'maybe' }, targets: [{ variant: 'x', userIds: [] }] }),
      others,
    ).map((i) => i.path);
    expect(paths).toEqual(['key', 'targets.0.variant', 'fallthrough.variant']);
  });

  it('never throws on garbage', () => {
    for (const junk of [
      null,
      1,
      'flag',
      [],
      { key: 'k' },
      { key: 'k', rules: [null], variants: [null], targets: [1] },
    ]) {
      expect(validateFlag(junk as unknown as FlagDefinition, others).length).toBeGreaterThan(0);
    }
  });
});

describe('validateSegment', () => {
  const segment = (over: Record<string, unknown> = {}): SegmentDefinition => ({
    key: 'premium_or_beta',
    included: ['u1'],
    excluded: ['u2'],
    rules: [{ conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }] }],
    revision: 1,
    ...over,
  });
  const issues = (s: SegmentDefinition) => validateSegment(s).map((i) => `${i.path}: ${i.message}`);

  it('accepts a valid segment', () => {
    expect(validateSegment(segment())).toEqual([]);
    expect(validateSegment(segment({ rules: [{ conditions: [] }], included: [], excluded: [] }))).toEqual([]);
  });

  it.each([
    ['a bad key', { key: 'Premium Or Beta' }, 'key: must be snake_case'],
    [
      'IN_SEGMENT in a rule',
      { rules: [{ conditions: [{ attribute: '', operator: 'IN_SEGMENT', values: ['beta'] }] }] },
      'rules.0.conditions.0.operator: IN_SEGMENT is not allowed inside a segment',
    ],
    [
      'an unknown operator',
      { rules: [{ conditions: [{ attribute: 'plan', operator: 'NOPE', values: [] }] }] },
      'rules.0.conditions.0.operator: unknown operator',
    ],
    [
      'a bad value type',
      { rules: [{ conditions: [{ attribute: 'age', operator: 'NUM_LT', values: ['x'] }] }] },
      'rules.0.conditions.0.values: value 0 ("x"): NUM_LT needs a number',
    ],
    [
      '51 conditions',
      {
        rules: [
          {
            conditions: Array.from({ length: 51 }, () => ({
              attribute: 'a',
              operator: 'EXISTS',
              values: [],
            })),
          },
        ],
      },
      'rules.0.conditions: at most 50 conditions per rule',
    ],
    [
      '10,001 included ids',
      { included: Array.from({ length: 10_001 }, (_, i) => `u${i}`) },
      'included: at most 10000 user ids',
    ],
    [
      'an empty excluded id',
      { excluded: [''] },
      'excluded: item 0 must be a non-empty string of at most 256 characters',
    ],
    ['a long included id', { included: ['x'.repeat(257)] }, 'included: item 0 must be a non-empty string'],
    ['a non-string id', { included: [42] }, 'included: item 0 must be'],
    ['rules that are not a list', { rules: 'plan=premium' }, 'rules: must be a list'],
  ])('reports %s', (_name, change, expected) => {
    expect(issues(segment(change)).join('\n')).toContain(expected);
  });
});
