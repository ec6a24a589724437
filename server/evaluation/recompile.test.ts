// An incrementally recompiled set evaluates exactly like a set compiled from scratch, over random sequences of
// flag and segment changes (prerequisite chains, cycles, missing parents, segment references, batches), and
// names every flag whose result moved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CompiledFlagSet, compileFlagSet } from './compile.js';
import type { EvaluationContext, FlagDefinition, SegmentDefinition } from './definitions.js';
import { evaluateAll } from './evaluate.js';
import { explainFlag } from './explain.js';
import { MAX_PREREQUISITE_DEPTH } from './prerequisite-graph.js';
import { recompileFlagSet } from './recompile.js';

const FLAGS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6'];
const SEGMENTS = ['s0', 's1', 's2'];
const USERS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5'];
const COUNTRIES = ['FR', 'DE', 'US'];

const flagArb = (key: string, revision: number): fc.Arbitrary<FlagDefinition> =>
  fc
    .record({
      enabled: fc.boolean(),
      prerequisites: fc.uniqueArray(fc.constantFrom(...FLAGS, 'gone'), { maxLength: 2 }),
      parentVariant: fc.constantFrom('on', 'off'),
      segments: fc.uniqueArray(fc.constantFrom(...SEGMENTS, 'nowhere'), { maxLength: 2 }),
      country: fc.constantFrom(...COUNTRIES),
      targeted: fc.subarray(USERS, { maxLength: 2 }),
      onWeight: fc.constantFrom(0, 30, 50, 100),
    })
    .map((r) => ({
      key,
      type: 'BOOLEAN',
      enabled: r.enabled,
      variants: [{ key: 'on' }, { key: 'off' }],
      offVariant: 'off',
      prerequisites: r.prerequisites.map((flagKey) => ({ flagKey, variant: r.parentVariant })),
      targets: r.targeted.length > 0 ? [{ variant: 'on', userIds: r.targeted }] : [],
      rules: [
        ...(r.segments.length > 0
          ? [
              {
                id: 'in-segment',
                conditions: [{ attribute: 'userId', operator: 'IN_SEGMENT' as const, values: r.segments }],
                serve: { variant: 'on' },
              },
            ]
          : []),
        {
          id: 'country',
          conditions: [{ attribute: 'country', operator: 'IN' as const, values: [r.country] }],
          serve: {
            rollout: {
              weights: [
                { variant: 'on', weight: r.onWeight },
                { variant: 'off', weight: 100 - r.onWeight },
              ],
            },
          },
        },
      ],
      fallthrough: { variant: 'off' },
      revision,
    }));

const segmentArb = (key: string, revision: number): fc.Arbitrary<SegmentDefinition> =>
  fc
    .record({
      included: fc.subarray(USERS, { maxLength: 3 }),
      excluded: fc.subarray(USERS, { maxLength: 2 }),
      country: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
    })
    .map((r) => ({
      key,
      included: r.included,
      excluded: r.excluded,
      rules: r.country
        ? [{ conditions: [{ attribute: 'country', operator: 'IN', values: [r.country] }] }]
        : [],
      revision,
    }));

type Op =
  | { kind: 'flag'; key: string; seed: number }
  | { kind: 'removeFlag'; key: string }
  | { kind: 'segment'; key: string; seed: number }
  | { kind: 'removeSegment'; key: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('flag'), key: fc.constantFrom(...FLAGS), seed: fc.nat() }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('removeFlag'), key: fc.constantFrom(...FLAGS) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('segment'), key: fc.constantFrom(...SEGMENTS), seed: fc.nat() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('removeSegment'), key: fc.constantFrom(...SEGMENTS) }),
  },
) as fc.Arbitrary<Op>;

/** Each step is one change: a single write or a batch of several. */
const stepsArb = fc.array(fc.array(opArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 25 });

const contextsArb = fc.array(
  fc.record({ userId: fc.constantFrom(...USERS, 'stranger'), country: fc.constantFrom(...COUNTRIES) }),
  { minLength: 1, maxLength: 6 },
);

const sample = <T>(arb: fc.Arbitrary<T>, seed: number): T => fc.sample(arb, { seed, numRuns: 1 })[0] as T;

/** Whether some flag reaches itself through prerequisites. */
function hasCycle(flags: ReadonlyMap<string, FlagDefinition>): boolean {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string): boolean => {
    if (state.get(key) === 'open') return true;
    if (state.get(key) === 'done' || !flags.has(key)) return false;
    state.set(key, 'open');
    const found = (flags.get(key)?.prerequisites ?? []).some((p) => visit(p.flagKey));
    state.set(key, 'done');
    return found;
  };
  return [...flags.keys()].some(visit);
}

function evaluations(set: CompiledFlagSet, contexts: EvaluationContext[]) {
  return contexts.map((context) => evaluateAll(set, context));
}

describe('incremental recompile', { timeout: 120_000 }, () => {
  it('evaluates exactly like a full compile after every change, and names every flag whose result moved', () => {
    fc.assert(
      fc.property(stepsArb, contextsArb, (steps, contexts) => {
        const flags = new Map<string, FlagDefinition>();
        const segments = new Map<string, SegmentDefinition>();
        let revision = 0;
        let set = compileFlagSet({ flags: [], segments: [], revision });
        for (const ops of steps) {
          revision++;
          const change = {
            revision,
            flags: [] as FlagDefinition[],
            removedFlags: [] as string[],
            segments: [] as SegmentDefinition[],
            removedSegments: [] as string[],
          };
          for (const op of ops) {
            if (op.kind === 'flag') {
              const flag = sample(flagArb(op.key, revision), op.seed);
              flags.set(op.key, flag);
              change.flags.push(flag);
            } else if (op.kind === 'removeFlag') {
              flags.delete(op.key);
              change.removedFlags.push(op.key);
              change.flags = change.flags.filter((f) => f.key !== op.key);
            } else if (op.kind === 'segment') {
              const segment = sample(segmentArb(op.key, revision), op.seed);
              segments.set(op.key, segment);
              change.segments.push(segment);
            } else {
              segments.delete(op.key);
              change.removedSegments.push(op.key);
              change.segments = change.segments.filter((s) => s.key !== op.key);
            }
          }
          const { set: next, affected } = recompileFlagSet(set, change);
          const full = compileFlagSet({
            flags: [...flags.values()],
            segments: [...segments.values()],
            revision,
          });
          expect(next.keys()).toEqual(full.keys());
          expect(next.sortedFlags.map((f) => f.key)).toEqual(full.keys());
          expect(evaluations(next, contexts)).toEqual(evaluations(full, contexts));
          // With a cycle, which problem a flag around it reports first depends on where the walk entered the
          // cycle (cycles cannot be saved; results agree, only the wording of such flags' explain may differ).
          const cycle = hasCycle(flags);
          for (const key of full.keys()) {
            if (cycle && full.flags.get(key)?.prerequisiteProblem) continue;
            const context = contexts[0] as EvaluationContext;
            expect(explainFlag(next, key, context)).toEqual(explainFlag(full, key, context));
          }
          // Fan-out relies on `affected`: a flag whose result moved for some context must be in it.
          const before = evaluations(set, contexts);
          const after = evaluations(next, contexts);
          contexts.forEach((_, c) => {
            const was = new Map(before[c]?.map((r) => [r.key, r]));
            for (const result of after[c] ?? []) {
              const old = was.get(result.key);
              if (old === undefined || JSON.stringify(old) !== JSON.stringify(result)) {
                expect(affected.has(result.key), `${result.key} moved`).toBe(true);
              }
            }
            for (const key of was.keys()) if (!next.has(key)) expect(affected.has(key)).toBe(true);
          });
          set = next;
        }
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });

  it('recompiles only the changed flag and what uses it', () => {
    const flag = (key: string, prerequisites: string[] = [], segment?: string): FlagDefinition => ({
      key,
      type: 'BOOLEAN',
      enabled: true,
      variants: [{ key: 'on' }, { key: 'off' }],
      offVariant: 'off',
      prerequisites: prerequisites.map((flagKey) => ({ flagKey, variant: 'on' })),
      targets: [],
      rules: segment
        ? [
            {
              id: 'r',
              conditions: [{ attribute: 'userId', operator: 'IN_SEGMENT', values: [segment] }],
              serve: { variant: 'on' },
            },
          ]
        : [],
      fallthrough: { variant: 'on' },
      revision: 1,
    });
    const segment: SegmentDefinition = {
      key: 'beta',
      included: ['u1'],
      excluded: [],
      rules: [],
      revision: 1,
    };
    const others = Array.from({ length: 50 }, (_, i) => flag(`other_${i}`));
    const set = compileFlagSet({
      flags: [...others, flag('parent'), flag('child', ['parent']), flag('user', [], 'beta')],
      segments: [segment],
      revision: 1,
    });

    const edited = recompileFlagSet(set, {
      revision: 2,
      flags: [{ ...flag('parent'), enabled: false, revision: 2 }],
    });
    expect([...edited.affected].sort()).toEqual(['child', 'parent']);
    expect(edited.recompiled).toBe(1); // the child reads its parent at evaluation time
    expect(edited.set.flags.get('other_7')).toBe(set.flags.get('other_7'));
    expect(evaluateAll(edited.set, { userId: 'u1' }).find((r) => r.key === 'child')?.reason).toBe(
      'PREREQUISITE_FAILED',
    );

    const archived = recompileFlagSet(edited.set, { revision: 3, removedFlags: ['parent'] });
    expect(archived.set.has('parent')).toBe(false);
    expect(archived.set.flags.get('child')?.prerequisiteProblem?.problem).toBe(
      'prerequisite flag parent does not exist',
    );

    const segmentEdit = recompileFlagSet(set, {
      revision: 2,
      segments: [{ ...segment, included: [], revision: 2 }],
    });
    expect([...segmentEdit.affected]).toEqual(['user']);
    expect(segmentEdit.recompiled).toBe(1);
    expect(evaluateAll(segmentEdit.set, { userId: 'u1' }, undefined, ['user'])[0]?.reason).toBe('DEFAULT');
  });

  it('finds a chain made too deep by one edit, as a full compile does', () => {
    const link = (i: number, first = 1): FlagDefinition => ({
      key: `c${i}`,
      type: 'BOOLEAN',
      enabled: true,
      variants: [{ key: 'on' }, { key: 'off' }],
      offVariant: 'off',
      prerequisites: i <= first ? [] : [{ flagKey: `c${i - 1}`, variant: 'on' }],
      targets: [],
      rules: [],
      fallthrough: { variant: 'on' },
      revision: 1,
    });
    const chain = Array.from({ length: MAX_PREREQUISITE_DEPTH + 1 }, (_, i) => link(i + 1));
    const set = compileFlagSet({ flags: chain, segments: [], revision: 1 });
    expect(set.flags.get(`c${MAX_PREREQUISITE_DEPTH + 1}`)?.prerequisiteProblem).toBeNull();
    // c0 appears below c1: the chain is now one edge longer than allowed.
    const longer = [link(0), link(1, 0)];
    const deeper = recompileFlagSet(set, { revision: 2, flags: longer });
    const full = compileFlagSet({ flags: [...longer, ...chain.slice(1)], segments: [], revision: 2 });
    const last = `c${MAX_PREREQUISITE_DEPTH + 1}`;
    expect(full.flags.get(last)?.prerequisiteProblem?.problem).toMatch(/deeper than/);
    expect(deeper.set.flags.get(last)?.prerequisiteProblem).toEqual(
      full.flags.get(last)?.prerequisiteProblem,
    );
    expect(evaluateAll(deeper.set, {})).toEqual(evaluateAll(full, {}));
  });
});
