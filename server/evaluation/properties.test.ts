// Properties of the engine over generated flag sets and hostile contexts (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketOf } from './bucketing.js';
import { compileFlagSet } from './compile.js';
import {
  type Condition,
  type EvaluationContext,
  type FlagDefinition,
  OPERATORS,
  type Overlays,
  type SegmentDefinition,
  type Serve,
} from './definitions.js';
import { evaluateAll, evaluateFlag } from './evaluate.js';
import { explainFlag } from './explain.js';

const FLAG_KEYS = ['f0', 'f1', 'f2', 'f3', 'f4'];
const SEGMENT_KEYS = ['s0', 's1'];
const USERS = ['u1', 'u2', 'u3', 'ann', 'bob'];
const ATTRIBUTES = [
  'userId',
  'plan',
  'country',
  'appVersion',
  'age',
  'since',
  'groups',
  '__proto__',
  'constructor',
];

const hostile = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'grapheme',
});

const plausibleValue = fc.oneof(
  fc.constantFrom(
    'premium',
    'pro',
    'FR',
    'DE',
    '1.2.3',
    '2.0.0-beta.1',
    '2024-05-01',
    '2024-05-01T10:00:00Z',
    'u1',
    '',
  ),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ noNaN: true }),
  fc.string(),
);

const condition: fc.Arbitrary<Condition> = fc.record(
  {
    attribute: fc.constantFrom(...ATTRIBUTES),
    operator: fc.oneof(fc.constantFrom(...OPERATORS), fc.constant('BOGUS' as Condition['operator'])),
    values: fc.oneof(
      fc.array(plausibleValue, { maxLength: 4 }),
      fc.array(fc.constantFrom(...SEGMENT_KEYS, 'ghost'), { minLength: 1, maxLength: 2 }),
    ),
    negate: fc.boolean(),
    caseInsensitive: fc.boolean(),
  },
  { requiredKeys: ['attribute', 'operator', 'values'] },
);

const weightsOver = (variants: string[]) =>
  fc
    .array(fc.integer({ min: 0, max: 10_000 }), {
      minLength: variants.length - 1,
      maxLength: variants.length - 1,
    })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
      return variants.map((variant, i) => ({
        variant,
        weight: ((points[i + 1] ?? 0) - (points[i] ?? 0)) / 100,
      }));
    });

const serveOver = (variants: string[]): fc.Arbitrary<Serve> =>
  fc.oneof(
    fc.constantFrom(...variants, 'ghost_variant').map((variant) => ({ variant })),
    fc
      .tuple(
        fc.shuffledSubarray(variants, { minLength: 1 }),
        fc.option(fc.constantFrom('userId', 'tenantId', 'age')),
      )
      .chain(([chosen, stickiness]) =>
        weightsOver(chosen).map((weights) => ({
          rollout: stickiness ? { weights, stickiness } : { weights },
        })),
      ),
  );

const flagArb = (key: string): fc.Arbitrary<FlagDefinition> =>
  fc.boolean().chain((isBoolean) => {
    const variants = isBoolean ? ['on', 'off'] : ['red', 'green', 'blue'];
    return fc.record({
      key: fc.constant(key),
      type: fc.constant(isBoolean ? ('BOOLEAN' as const) : ('VARIANT' as const)),
      enabled: fc.boolean(),
      variants: fc.constant(
        variants.map((v, i) => (i === 0 ? { key: v, payload: { n: i, tags: [v] } } : { key: v })),
      ),
      offVariant: fc.constant(isBoolean ? 'off' : 'red'),
      prerequisites: fc.array(
        fc.record({
          flagKey: fc.constantFrom(...FLAG_KEYS, 'ghost'),
          variant: fc.constantFrom('on', 'off', 'red'),
        }),
        { maxLength: 2 },
      ),
      targets: fc.array(fc.record({ variant: fc.constantFrom(...variants), userIds: fc.subarray(USERS) }), {
        maxLength: 2,
      }),
      rules: fc.array(
        fc.record({
          id: fc.stringMatching(/^[a-z0-9-]{1,8}$/),
          conditions: fc.array(condition, { maxLength: 3 }),
          serve: serveOver(variants),
        }),
        { maxLength: 3 },
      ),
      fallthrough: serveOver(variants),
      salt: fc.option(fc.string(), { nil: undefined }),
      revision: fc.nat(),
    });
  });

const segmentArb = (key: string): fc.Arbitrary<SegmentDefinition> =>
  fc.record({
    key: fc.constant(key),
    included: fc.subarray(USERS),
    excluded: fc.subarray(USERS, { maxLength: 2 }),
    rules: fc.array(fc.record({ conditions: fc.array(condition, { maxLength: 2 }) }), { maxLength: 2 }),
    revision: fc.nat(),
  });

const flagSetArb = fc.record({
  flags: fc.subarray(FLAG_KEYS, { minLength: 1 }).chain((keys) => fc.tuple(...keys.map(flagArb))),
  segments: fc.tuple(...SEGMENT_KEYS.map(segmentArb)),
});

const contextArb: fc.Arbitrary<EvaluationContext> = fc.oneof(
  fc.record(
    {
      userId: fc.oneof(fc.constantFrom(...USERS), fc.string(), hostile),
      sessionId: fc.oneof(fc.string(), hostile),
      tenantId: fc.oneof(fc.constantFrom('t1', 't2'), hostile),
      plan: fc.oneof(fc.constantFrom('premium', 'pro', 'free', 'PRO'), hostile),
      country: fc.oneof(fc.constantFrom('FR', 'DE'), hostile),
      appVersion: fc.oneof(fc.constantFrom('1.2.3', '2.0.0', 'v3.1.0', 'nope'), hostile),
      attributes: fc.oneof(
        fc.dictionary(fc.constantFrom(...ATTRIBUTES, 'toString', 'valueOf', 'hasOwnProperty'), hostile),
        hostile,
      ),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<EvaluationContext>,
  hostile as fc.Arbitrary<EvaluationContext>,
);

const overlaysArb: fc.Arbitrary<Overlays | undefined> = fc.option(
  fc
    .record({
      forceOff: fc.subarray(FLAG_KEYS),
      entitlements: fc.dictionary(fc.constantFrom(...FLAG_KEYS), fc.boolean()),
      openGuards: fc.subarray(FLAG_KEYS),
    })
    .map((o) => ({
      forceOff: new Set(o.forceOff),
      entitlements: new Map(Object.entries(o.entitlements)),
      openGuards: new Set(o.openGuards),
    })),
  { nil: undefined },
);

const keysArb = fc.array(fc.constantFrom(...FLAG_KEYS, 'missing'), { maxLength: 6 });

// Property runs check correctness, not speed: on a busy 2-core CI machine one can pass 5 s.
describe('engine properties', { timeout: 60_000 }, () => {
  it('never throws, and gives the same output for the same input, across compiles too', () => {
    fc.assert(
      fc.property(flagSetArb, contextArb, overlaysArb, ({ flags, segments }, context, overlays) => {
        const first = compileFlagSet({ flags, segments, revision: 1 });
        const second = compileFlagSet({
          flags: structuredClone(flags),
          segments: structuredClone(segments),
          revision: 1,
        });
        const all = evaluateAll(first, context, overlays);
        expect(evaluateAll(first, context, overlays)).toEqual(all);
        expect(evaluateAll(second, context, overlays)).toEqual(all);
        for (const result of all) {
          expect(typeof result.enabled).toBe('boolean');
          expect(result.revision).not.toBeNull();
        }
      }),
    );
  });

  it('evaluateAll equals mapping evaluateFlag, for all keys and for given keys', () => {
    fc.assert(
      fc.property(
        flagSetArb,
        contextArb,
        overlaysArb,
        keysArb,
        ({ flags, segments }, context, overlays, keys) => {
          const set = compileFlagSet({ flags, segments, revision: 1 });
          expect(evaluateAll(set, context, overlays)).toEqual(
            set.keys().map((k) => evaluateFlag(set, k, context, overlays)),
          );
          expect(evaluateAll(set, context, overlays, keys)).toEqual(
            keys.map((k) => evaluateFlag(set, k, context, overlays)),
          );
        },
      ),
    );
  });

  it("explain's result equals evaluate's, with one entry per step", () => {
    fc.assert(
      fc.property(
        flagSetArb,
        contextArb,
        overlaysArb,
        keysArb,
        ({ flags, segments }, context, overlays, extra) => {
          const set = compileFlagSet({ flags, segments, revision: 1 });
          for (const key of [...set.keys(), ...extra]) {
            const { result, trace } = explainFlag(set, key, context, overlays);
            expect(result).toEqual(evaluateFlag(set, key, context, overlays));
            const rules = set.definition(key)?.rules.length ?? 0;
            expect(trace.length).toBe(8 + rules);
            expect(trace.filter((t) => t.outcome === 'DECIDED')).toHaveLength(1);
            for (const entry of trace) expect(typeof entry.detail).toBe('string');
          }
        },
      ),
    );
  });

  it('never throws on any context at all, including huge strings and prototype keys', () => {
    const set = compileFlagSet({
      flags: [
        {
          key: 'f',
          type: 'BOOLEAN',
          enabled: true,
          variants: [{ key: 'on' }, { key: 'off' }],
          offVariant: 'off',
          prerequisites: [],
          targets: [{ variant: 'on', userIds: ['u1'] }],
          rules: OPERATORS.map((operator, i) => ({
            id: `r${i}`,
            conditions: [
              { attribute: i % 2 ? '__proto__' : 'constructor', operator, values: ['1.0.0'], negate: true },
            ],
            serve: { variant: 'on' as const },
          })),
          fallthrough: {
            rollout: {
              weights: [
                { variant: 'on', weight: 50 },
                { variant: 'off', weight: 50 },
              ],
            },
          },
          revision: 1,
        },
      ],
      segments: [],
      revision: 1,
    });
    fc.assert(
      fc.property(hostile, (context) => {
        evaluateFlag(set, 'f', context as EvaluationContext);
        explainFlag(set, 'f', context as EvaluationContext);
      }),
    );
    const huge = 'x'.repeat(1_000_000);
    expect(() => evaluateFlag(set, 'f', { userId: huge, attributes: { constructor: huge } })).not.toThrow();
  });
});

describe('bucketing properties', { timeout: 60_000 }, () => {
  const rolloutFlag = (salt: string, weights: Array<[string, number]>): FlagDefinition => ({
    key: 'roll',
    type: 'VARIANT',
    enabled: true,
    variants: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
    offVariant: 'c',
    prerequisites: [],
    targets: [],
    rules: [],
    fallthrough: { rollout: { weights: weights.map(([variant, weight]) => ({ variant, weight })) } },
    salt,
    revision: 1,
  });
  const serveFor = (flag: FlagDefinition, userId: string) =>
    evaluateFlag(compileFlagSet({ flags: [flag], segments: [], revision: 1 }), 'roll', { userId }).variant;

  it('raising the first variant weight never removes a user who had it', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100 }),
        (salt, userId, x, y, share) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          // The rest is shared by b and c in the same proportion before and after.
          const rest = (points: number) => {
            const b = Math.round(((10_000 - points) * share) / 100);
            return [points / 100, b / 100, (10_000 - points - b) / 100];
          };
          const [a1, b1, c1] = rest(low);
          const [a2, b2, c2] = rest(high);
          const before = rolloutFlag(salt, [
            ['a', a1 as number],
            ['b', b1 as number],
            ['c', c1 as number],
          ]);
          const after = rolloutFlag(salt, [
            ['a', a2 as number],
            ['b', b2 as number],
            ['c', c2 as number],
          ]);
          if (serveFor(before, userId) === 'a') expect(serveFor(after, userId)).toBe('a');
        },
      ),
    );
  });

  it('buckets are integers in 0..9999', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme' }), (salt, value) => {
        const bucket = bucketOf(salt, value);
        expect(Number.isInteger(bucket) && bucket >= 0 && bucket < BUCKETS).toBe(true);
      }),
    );
  });

  it('a 30/70 split over 100,000 random user ids lands within one percentage point', () => {
    const ids = fc.sample(fc.uuid(), { numRuns: 100_000, seed: 20_240_501 });
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/), (key) => {
        const set = compileFlagSet({
          flags: [
            {
              ...rolloutFlag(key, [
                ['a', 30],
                ['b', 70],
              ]),
              key,
              salt: undefined,
            },
          ],
          segments: [],
          revision: 1,
        });
        let a = 0;
        for (const userId of ids) if (evaluateFlag(set, key, { userId }).variant === 'a') a++;
        expect(Math.abs(a / ids.length - 0.3)).toBeLessThan(0.01);
      }),
      { numRuns: 5, seed: 7 },
    );
  });
});
