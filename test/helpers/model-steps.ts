// The steps of the model-based realtime test: symbolic input changes, their arbitraries, readable names and GraphQL inputs.
import fc from 'fast-check';

/** Pool sizes: small, so random steps keep touching the same flags, segments and prerequisite chains. */
export const FLAG_COUNT = 4;
export const SEGMENT_COUNT = 2;
/** Observers in the test, in order (reconnect steps name them by index). */
export const CLIENT_COUNT = 6;

/** A condition by name; materialised against the run's tenants and segments. */
export type ConditionName = 'premium' | 'norway' | 'app>=2' | 'beta' | 'tenantA' | { segment: number };

export interface ConditionSpec {
  name: ConditionName;
  negate: boolean;
}

export type ServeSpec = { variant: string } | { rollout: number; byTenant: boolean };

export interface RuleSpec {
  conditions: ConditionSpec[];
  serve: ServeSpec;
}

export interface FlagSpec {
  enabled: boolean;
  /** Which payload variant b carries: a payload change alone is a change of result. */
  payloadB: number;
  rules: RuleSpec[];
  targets: { variant: string; users: number[] }[];
  /** On a flag of lower index only, so no cycle can be generated. */
  prerequisite: { flag: number; variant: string } | undefined;
  fallthrough: ServeSpec;
}

export interface SegmentSpec {
  included: number[];
  excluded: number[];
  rules: ConditionSpec[][];
}

/** A change of an evaluation input. */
export type Change =
  | { kind: 'editFlag'; flag: number; spec: FlagSpec }
  | { kind: 'editSegment'; segment: number; spec: SegmentSpec }
  | { kind: 'kill'; flag: number; enabled: boolean }
  | { kind: 'batch'; flags: number[]; enabled: boolean }
  | { kind: 'rollbackFlag'; flag: number; back: number }
  | { kind: 'rollbackSegment'; segment: number; back: number }
  | { kind: 'entitlement'; tenant: 'A' | 'B'; flag: number; value: boolean | undefined }
  | { kind: 'guard'; flag: number; open: boolean }
  /** setUserPlan for the account of observer 0 to 3. */
  | { kind: 'plan'; client: number; plan: 'free' | 'premium' };

/** A change; some clients away (disconnected) during changes, back with sinceRevision; an instant reconnect. */
export type Step =
  | Change
  | { kind: 'away'; clients: number[]; changes: Change[] }
  | { kind: 'reconnect'; client: number }
  | { kind: 'burst'; steps: Burstable[] };

/** What a burst is made of: issued back to back, without waiting for the fan-out in between. */
export type Burstable = Change | { kind: 'reconnect'; client: number };

/** What the symbolic names stand for in one test file's server. */
export interface Symbols {
  flags: string[];
  segments: string[];
  /** Account ids and API-key user ids, by index. */
  users: string[];
  tenants: { A: string; B: string };
}

const VARIANTS = ['off', 'a', 'b'] as const;

export const baselineFlag = (): FlagSpec => ({
  enabled: true,
  payloadB: 0,
  rules: [],
  targets: [],
  prerequisite: undefined,
  fallthrough: { variant: 'a' },
});

export const baselineSegment = (): SegmentSpec => ({ included: [], excluded: [], rules: [] });

const variant = fc.constantFrom(...VARIANTS);
const users = fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 });

const serve: fc.Arbitrary<ServeSpec> = fc.oneof(
  variant.map((v) => ({ variant: v })),
  fc.record({ rollout: fc.constantFrom(10, 50, 90), byTenant: fc.boolean() }),
);

const attributeCondition: fc.Arbitrary<ConditionSpec> = fc.record({
  name: fc.constantFrom<ConditionName>('premium', 'norway', 'app>=2', 'beta', 'tenantA'),
  negate: fc.boolean(),
});

const condition: fc.Arbitrary<ConditionSpec> = fc.oneof(
  attributeCondition,
  fc.record({
    name: fc.integer({ min: 0, max: SEGMENT_COUNT - 1 }).map((segment): ConditionName => ({ segment })),
    negate: fc.boolean(),
  }),
);

const flagSpec = (flag: number): fc.Arbitrary<FlagSpec> =>
  fc.record({
    enabled: fc.boolean(),
    payloadB: fc.integer({ min: 0, max: 1 }),
    rules: fc.array(fc.record({ conditions: fc.array(condition, { minLength: 1, maxLength: 2 }), serve }), {
      maxLength: 2,
    }),
    targets: fc.array(fc.record({ variant, users: users.filter((u) => u.length > 0) }), { maxLength: 1 }),
    prerequisite:
      flag === 0
        ? fc.constant(undefined)
        : fc.option(fc.record({ flag: fc.integer({ min: 0, max: flag - 1 }), variant }), { nil: undefined }),
    fallthrough: serve,
  });

const segmentSpec: fc.Arbitrary<SegmentSpec> = fc.record({
  included: users,
  excluded: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 1 }),
  rules: fc.array(fc.array(attributeCondition, { minLength: 1, maxLength: 2 }), { maxLength: 1 }),
});

const flagIndex = fc.integer({ min: 0, max: FLAG_COUNT - 1 });
const segmentIndex = fc.integer({ min: 0, max: SEGMENT_COUNT - 1 });
const clientIndex = fc.integer({ min: 0, max: CLIENT_COUNT - 1 });

const named = <T extends Step>(step: T): T =>
  Object.assign(step, { [fc.toStringMethod]: () => describeStep(step) });

function changeArbitrary(): fc.Arbitrary<Change> {
  const change = <T extends Change>(weight: number, arbitrary: fc.Arbitrary<T>) => ({
    weight,
    arbitrary: arbitrary.map(named),
  });
  return fc.oneof(
    change(
      4,
      flagIndex.chain((flag) => flagSpec(flag).map((spec) => ({ kind: 'editFlag' as const, flag, spec }))),
    ),
    change(
      2,
      fc
        .record({ segment: segmentIndex, spec: segmentSpec })
        .map((s) => ({ kind: 'editSegment' as const, ...s })),
    ),
    change(
      2,
      fc.record({ flag: flagIndex, enabled: fc.boolean() }).map((s) => ({ kind: 'kill' as const, ...s })),
    ),
    change(
      1,
      fc
        .record({
          flags: fc.uniqueArray(flagIndex, { minLength: 1, maxLength: FLAG_COUNT }),
          enabled: fc.boolean(),
        })
        .map((s) => ({ kind: 'batch' as const, ...s })),
    ),
    change(
      2,
      fc
        .record({ flag: flagIndex, back: fc.integer({ min: 1, max: 3 }) })
        .map((s) => ({ kind: 'rollbackFlag' as const, ...s })),
    ),
    change(
      1,
      fc
        .record({ segment: segmentIndex, back: fc.integer({ min: 1, max: 3 }) })
        .map((s) => ({ kind: 'rollbackSegment' as const, ...s })),
    ),
    change(
      3,
      fc
        .record({
          tenant: fc.constantFrom<'A' | 'B'>('A', 'B'),
          flag: flagIndex,
          value: fc.constantFrom(true, false, undefined),
        })
        .map((s) => ({ kind: 'entitlement' as const, ...s })),
    ),
    change(
      2,
      fc.record({ flag: flagIndex, open: fc.boolean() }).map((s) => ({ kind: 'guard' as const, ...s })),
    ),
    change(
      2,
      fc
        .record({
          client: fc.integer({ min: 0, max: 3 }),
          plan: fc.constantFrom<'free' | 'premium'>('free', 'premium'),
        })
        .map((s) => ({ kind: 'plan' as const, ...s })),
    ),
  );
}

export function stepArbitrary(): fc.Arbitrary<Step> {
  const change = changeArbitrary();
  const reconnect = clientIndex.map((client) => named({ kind: 'reconnect' as const, client }));
  return fc.oneof(
    { weight: 6, arbitrary: change as fc.Arbitrary<Step> },
    {
      weight: 2,
      arbitrary: fc
        .record({
          clients: fc.uniqueArray(clientIndex, { minLength: 1, maxLength: 3 }),
          changes: fc.array(change, { minLength: 1, maxLength: 3 }),
        })
        .map((s) => named({ kind: 'away' as const, ...s })),
    },
    { weight: 1, arbitrary: reconnect },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.oneof({ weight: 3, arbitrary: change as fc.Arbitrary<Burstable> }, reconnect), {
          minLength: 2,
          maxLength: 4,
        })
        .map((steps) => named({ kind: 'burst' as const, steps })),
    },
  );
}

const conditionText = (c: ConditionSpec) =>
  `${c.negate ? 'not ' : ''}${typeof c.name === 'string' ? c.name : `in s${c.name.segment}`}`;
const serveText = (s: ServeSpec) =>
  'variant' in s ? s.variant : `a ${s.rollout}% / b by ${s.byTenant ? 'tenantId' : 'userId'}`;

/** One line per step, as failures print them. */
export function describeStep(step: Step): string {
  switch (step.kind) {
    case 'editFlag': {
      const s = step.spec;
      const parts = [
        s.enabled ? 'enabled' : 'disabled',
        ...(s.payloadB ? ['b payload 1'] : []),
        ...s.rules.map(
          (r, i) => `r${i}: ${r.conditions.map(conditionText).join(' and ')} -> ${serveText(r.serve)}`,
        ),
        ...s.targets.map((t) => `target u${t.users.join(',u')} -> ${t.variant}`),
        ...(s.prerequisite ? [`needs f${s.prerequisite.flag}=${s.prerequisite.variant}`] : []),
        `else ${serveText(s.fallthrough)}`,
      ];
      return `edit f${step.flag}: ${parts.join('; ')}`;
    }
    case 'editSegment': {
      const s = step.spec;
      const rules = s.rules.map((r) => r.map(conditionText).join(' and '));
      return `edit s${step.segment}: include [${s.included.map((u) => `u${u}`)}] exclude [${s.excluded.map((u) => `u${u}`)}] rules [${rules.join(' | ')}]`;
    }
    case 'kill':
      return `${step.enabled ? 're-enable' : 'kill'} f${step.flag}`;
    case 'batch':
      return `setFlagsEnabled ${step.enabled} [${step.flags.map((f) => `f${f}`)}]`;
    case 'rollbackFlag':
      return `rollback f${step.flag} by ${step.back}`;
    case 'rollbackSegment':
      return `rollback s${step.segment} by ${step.back}`;
    case 'entitlement':
      return `entitlement f${step.flag} for tenant ${step.tenant} = ${String(step.value)}`;
    case 'guard':
      return `${step.open ? 'trip' : 'reset'} guard f${step.flag}`;
    case 'away':
      return `clients ${step.clients.join(',')} away during [${step.changes.map(describeStep).join(' / ')}], back with sinceRevision`;
    case 'plan':
      return `plan of client ${step.client}'s account = ${step.plan}`;
    case 'burst':
      return `at once: [${step.steps.map(describeStep).join(' / ')}]`;
    case 'reconnect':
      return `reconnect client ${step.client} at once with sinceRevision`;
  }
}

function conditionInput(c: ConditionSpec, symbols: Symbols): Record<string, unknown> {
  const base = (() => {
    if (typeof c.name !== 'string')
      return { operator: 'IN_SEGMENT', values: [symbols.segments[c.name.segment]] };
    switch (c.name) {
      case 'premium':
        return { attribute: 'plan', operator: 'IN', values: ['premium'] };
      case 'norway':
        return { attribute: 'country', operator: 'IN', values: ['NO'] };
      case 'app>=2':
        return { attribute: 'appVersion', operator: 'SEMVER_GTE', values: ['2.0.0'] };
      case 'beta':
        return { attribute: 'beta', operator: 'IN', values: ['yes'] };
      case 'tenantA':
        return { attribute: 'tenantId', operator: 'IN', values: [symbols.tenants.A] };
    }
  })();
  return { ...base, negate: c.negate };
}

const serveInput = (s: ServeSpec) =>
  'variant' in s
    ? { variant: s.variant }
    : {
        rollout: {
          weights: [
            { variant: 'a', weight: s.rollout },
            { variant: 'b', weight: 100 - s.rollout },
          ],
          ...(s.byTenant ? { stickiness: 'tenantId' } : {}),
        },
      };

export function toFlagInput(spec: FlagSpec, symbols: Symbols): Record<string, unknown> {
  return {
    type: 'VARIANT',
    enabled: spec.enabled,
    variants: [
      { key: 'off' },
      { key: 'a', payload: { tier: 'a' } },
      { key: 'b', payload: { tier: 'b', v: spec.payloadB } },
    ],
    offVariant: 'off',
    rules: spec.rules.map((r, i) => ({
      id: `r${i}`,
      conditions: r.conditions.map((c) => conditionInput(c, symbols)),
      serve: serveInput(r.serve),
    })),
    targets: spec.targets.map((t) => ({ variant: t.variant, userIds: t.users.map((u) => symbols.users[u]) })),
    prerequisites: spec.prerequisite
      ? [{ flagKey: symbols.flags[spec.prerequisite.flag], variant: spec.prerequisite.variant }]
      : [],
    fallthrough: serveInput(spec.fallthrough),
  };
}

export function toSegmentInput(spec: SegmentSpec, symbols: Symbols): Record<string, unknown> {
  return {
    included: spec.included.map((u) => symbols.users[u]),
    excluded: spec.excluded.map((u) => symbols.users[u]),
    rules: spec.rules.map((conditions) => ({
      conditions: conditions.map((c) => conditionInput(c, symbols)),
    })),
  };
}
