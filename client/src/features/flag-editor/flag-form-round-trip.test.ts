// A flag loaded into the editor and saved untouched goes back exactly as it came: for chosen fixtures and
// for generated flags (fast-check), toInput(toForm(flag)) is the FlagInput that represents the flag.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConditionRow, OPERATORS, type Operator, takesOneValue } from '../conditions/condition-form';
import { type FlagForm, type FlagInput, type LoadedFlag, toForm, toInput } from './flag-form';

type LoadedServe = LoadedFlag['fallthrough'];
type LoadedCondition = LoadedFlag['rules'][number]['conditions'][number];

/** The FlagInput that leaves `flag` as it is: written independently of toForm and toInput. */
function asInput(flag: LoadedFlag): FlagInput {
  const serve = (s: LoadedServe) =>
    s.rollout
      ? {
          rollout: {
            weights: s.rollout.weights.map(({ variant, weight }) => ({ variant, weight })),
            // null is "userId, then sessionId": sent by leaving stickiness out.
            ...(s.rollout.stickiness === null ? {} : { stickiness: s.rollout.stickiness }),
          },
        }
      : { variant: s.variant };
  return {
    type: flag.type,
    enabled: flag.enabled,
    salt: flag.salt,
    description: flag.description,
    variants: flag.variants.map(({ key, payload }) => ({ key, payload: payload ?? null })),
    offVariant: flag.offVariant,
    targets: flag.targets.map(({ variant, userIds }) => ({ variant, userIds })),
    rules: flag.rules.map((r) => ({
      id: r.id,
      description: r.description,
      conditions: r.conditions.map((c) => ({ ...c })),
      serve: serve(r.serve),
    })),
    fallthrough: serve(flag.fallthrough),
    prerequisites: flag.prerequisites.map(({ flagKey, variant }) => ({ flagKey, variant })),
  };
}

const condition = (
  operator: Operator,
  values: unknown[],
  more: Partial<LoadedCondition> = {},
): LoadedCondition => ({
  attribute: operator === 'IN_SEGMENT' ? '' : 'plan',
  operator,
  values,
  negate: false,
  caseInsensitive: false,
  ...more,
});

const rollout = (stickiness: string | null, weights: [string, number][]): LoadedServe => ({
  variant: null,
  rollout: { stickiness, weights: weights.map(([variant, weight]) => ({ variant, weight })) },
});

const base: LoadedFlag = {
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
  targets: [],
  rules: [],
  fallthrough: { variant: 'off', rollout: null },
  prerequisites: [],
};

const fixtures: [string, LoadedFlag][] = [
  ['a bare BOOLEAN flag', base],
  [
    'targets, and ids with commas and spaces in them',
    {
      ...base,
      targets: [
        { variant: 'on', userIds: ['u-1', 'u-2'] },
        { variant: 'off', userIds: ['Doe, Jane', ' padded '] },
      ],
    },
  ],
  [
    'one rule per operator family',
    {
      ...base,
      rules: [
        {
          id: 'in',
          description: 'Paying',
          conditions: [condition('IN', ['premium', 'gold'])],
          serve: base.fallthrough,
        },
        {
          id: 'text',
          description: '',
          conditions: [
            condition('EQUALS', ['FR'], { caseInsensitive: true }),
            condition('CONTAINS', ['a, b']),
            condition('STARTS_WITH', [' lead']),
            condition('ENDS_WITH', ['tail, '], { negate: true }),
          ],
          serve: { variant: 'on', rollout: null },
        },
        {
          id: 'numbers',
          description: '',
          conditions: ['NUM_EQ', 'NUM_GT', 'NUM_GTE', 'NUM_LT', 'NUM_LTE'].map((op, i) =>
            condition(op as Operator, [i === 0 ? 2.5 : -i * 1e21]),
          ),
          serve: { variant: 'on', rollout: null },
        },
        {
          id: 'dates',
          description: '',
          conditions: [
            condition('DATE_BEFORE', ['2025-01-31']),
            condition('DATE_AFTER', [1_700_000_000_000]),
            condition('DATE_AFTER', ['1700000000000']),
          ],
          serve: { variant: 'on', rollout: null },
        },
        {
          id: 'versions',
          description: '',
          conditions: ['SEMVER_EQ', 'SEMVER_GT', 'SEMVER_GTE', 'SEMVER_LT', 'SEMVER_LTE'].map((op) =>
            condition(op as Operator, ['1.4.0']),
          ),
          serve: { variant: 'on', rollout: null },
        },
        {
          id: 'misc',
          description: '',
          conditions: [
            condition('EXISTS', [], { negate: true }),
            condition('IN', [42, '42', 'x, y']),
            condition('IN_SEGMENT', ['beta', 'staff'], { negate: true }),
          ],
          serve: { variant: 'on', rollout: null },
        },
      ],
    },
  ],
  [
    'rollouts with decimals, unset and explicit stickiness',
    {
      ...base,
      rules: [
        {
          id: 'beta',
          description: '',
          conditions: [],
          serve: rollout('userId', [
            ['off', 50.05],
            ['on', 49.95],
          ]),
        },
        { id: 'country', description: '', conditions: [], serve: rollout('country', [['on', 100]]) },
      ],
      fallthrough: rollout(null, [
        ['on', 0.01],
        ['off', 99.99],
      ]),
    },
  ],
  [
    'a VARIANT flag with payloads, prerequisites and a rollout over some variants',
    {
      ...base,
      key: 'chat_reply_style',
      type: 'VARIANT',
      offVariant: 'concise',
      variants: [
        { key: 'concise', payload: { maxWords: 40, tags: ['a', 'b'] } },
        { key: 'detailed', payload: 'long' },
        { key: 'none', payload: null },
        { key: 'zero', payload: 0 },
      ],
      targets: [{ variant: 'detailed', userIds: ['u-9'] }],
      fallthrough: rollout('sessionId', [
        ['detailed', 33.33],
        ['concise', 66.67],
      ]),
      prerequisites: [
        { flagKey: 'modules_enabled', variant: 'on' },
        { flagKey: 'tarot_enabled', variant: 'off' },
      ],
    },
  ],
];

describe('a flag saved untouched', () => {
  it.each(fixtures)('goes back unchanged: %s', (_, flag) => {
    expect(toInput(toForm(flag))).toEqual(asInput(flag));
  });

  it('keeps an explicit "userId" stickiness and leaves an unset one out', () => {
    const [, flag] = fixtures[3] ?? [];
    if (!flag) throw new Error('no fixture');
    const input = toInput(toForm(flag));
    expect(input.rules?.[0]?.serve.rollout?.stickiness).toBe('userId');
    expect(input.fallthrough.rollout).not.toHaveProperty('stickiness');
  });
});

// Generated flags, shaped as the server reports them: targets one per variant in variant order (how the form
// groups them), IN_SEGMENT without an attribute, payloads that went through JSON.

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a, b', ' x ', ',', '42', '1.4.0', ''));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const operand = fc.oneof(text, finite, fc.integer());

const conditionFor = (operator: Operator): fc.Arbitrary<LoadedCondition> => {
  const values: fc.Arbitrary<unknown[]> =
    operator === 'IN_SEGMENT'
      ? fc.array(fc.oneof(name, text), { minLength: 1, maxLength: 3 })
      : operator === 'EXISTS'
        ? fc.constant([])
        : operator.startsWith('NUM_')
          ? finite.map((n) => [n])
          : takesOneValue(operator)
            ? operand.map((v) => [v])
            : fc.array(operand, { minLength: 1, maxLength: 4 });
  return fc.record({
    attribute: operator === 'IN_SEGMENT' ? fc.constant('') : name,
    operator: fc.constant(operator),
    values,
    negate: fc.boolean(),
    caseInsensitive: fc.boolean(),
  });
};

const serveOver = (keys: readonly string[]): fc.Arbitrary<LoadedServe> =>
  fc.oneof(
    fc.oneof(fc.constantFrom(...keys), name).map((variant) => ({ variant, rollout: null })),
    fc
      .record({
        stickiness: fc.option(fc.oneof(fc.constantFrom('userId', 'sessionId'), name)),
        weights: fc.array(
          fc.record({
            variant: fc.constantFrom(...keys),
            weight: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
          }),
          { maxLength: 4 },
        ),
      })
      .map((r) => ({ variant: null, rollout: r })),
  );

const flagArbitrary: fc.Arbitrary<LoadedFlag> = fc
  .oneof(
    fc.constant({ type: 'BOOLEAN' as const, keys: ['on', 'off'] }),
    fc.uniqueArray(name, { minLength: 1, maxLength: 4 }).map((keys) => ({ type: 'VARIANT' as const, keys })),
  )
  .chain(({ type, keys }) =>
    fc.record({
      key: name,
      type: fc.constant(type),
      enabled: fc.boolean(),
      salt: fc.string(),
      revision: fc.nat(),
      description: fc.string(),
      offVariant: fc.oneof(fc.constantFrom(...keys), name),
      variants: fc.tuple(
        ...keys.map((key) =>
          fc
            .option(fc.jsonValue({ maxDepth: 2 }))
            .map((payload) => ({ key, payload: JSON.parse(JSON.stringify(payload)) as unknown })),
        ),
      ),
      targets: fc
        .tuple(...keys.map(() => fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 })))
        .map((lists) =>
          lists.flatMap((userIds, i) => (userIds.length > 0 ? [{ variant: keys[i] ?? '', userIds }] : [])),
        ),
      rules: fc.uniqueArray(
        fc.record({
          id: name,
          description: fc.string(),
          conditions: fc.array(fc.constantFrom(...OPERATORS).chain(conditionFor), { maxLength: 4 }),
          serve: serveOver(keys),
        }),
        { maxLength: 4, selector: (r) => r.id },
      ),
      fallthrough: serveOver(keys),
      prerequisites: fc.array(fc.record({ flagKey: name, variant: name }), { maxLength: 2 }),
    }),
  );

describe('generated flags', () => {
  it('go back unchanged when saved untouched', () => {
    fc.assert(
      fc.property(flagArbitrary, (flag) => {
        expect(toInput(toForm(flag))).toEqual(asInput(flag));
      }),
      { numRuns: 300 },
    );
  });
});

// Edits of condition values: the text is split only for IN, and untouched values keep their JSON type.

function editCondition(flag: LoadedFlag, patch: Partial<ConditionRow>): FlagInput {
  const form = toForm(flag);
  const edited: FlagForm = {
    ...form,
    rules: form.rules.map((r) => ({ ...r, conditions: r.conditions.map((c) => ({ ...c, ...patch })) })),
  };
  return toInput(edited);
}

const withCondition = (c: LoadedCondition): LoadedFlag => ({
  ...base,
  rules: [{ id: 'r', description: '', conditions: [c], serve: base.fallthrough }],
});

const sentCondition = (input: FlagInput) => input.rules?.[0]?.conditions[0];

describe('edited conditions', () => {
  it('never split a single value on its commas', () => {
    const flag = withCondition(condition('CONTAINS', ['a, b']));
    expect(sentCondition(editCondition(flag, { values: 'a, b, c' }))?.values).toEqual(['a, b, c']);
    const fromIn = withCondition(condition('IN', ['a', 'b']));
    expect(sentCondition(editCondition(fromIn, { operator: 'EQUALS' }))?.values).toEqual(['a, b']);
  });

  it('keep the JSON type of the values whose text is unchanged', () => {
    const flag = withCondition(condition('IN', [42, 'x']));
    expect(sentCondition(editCondition(flag, { values: '42, 7, x' }))?.values).toEqual([42, '7', 'x']);
    expect(sentCondition(editCondition(flag, { operator: 'EQUALS', values: '42' }))?.values).toEqual([42]);
    // NUM_* always sends numbers, whatever the loaded value was.
    const text = withCondition(condition('IN', ['5']));
    expect(sentCondition(editCondition(text, { operator: 'NUM_GT' }))?.values).toEqual([5]);
  });

  it('send no attribute for IN_SEGMENT, whatever was typed before switching to it', () => {
    const flag = withCondition(condition('IN', ['beta']));
    const input = editCondition(flag, { operator: 'IN_SEGMENT', segments: ['beta'] });
    expect(sentCondition(input)).toMatchObject({ attribute: '', operator: 'IN_SEGMENT', values: ['beta'] });
  });
});
