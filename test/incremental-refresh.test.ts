// Incremental refresh against the real writer and database: over random sequences of flag and segment writes
// (create, update, archive, rollback, prerequisites, segment references, batch switches), the compiled set
// kept current change by change, a second instance's (by the bus or its poll) and one that catches up only
// now and then (a gap) all evaluate exactly like a full reload, for random contexts.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompiledFlagSet, compileFlagSet } from '../server/evaluation/compile.js';
import type { EvaluationContext } from '../server/evaluation/definitions.js';
import { evaluateAll } from '../server/evaluation/evaluate.js';
import type { FlagContent } from '../server/flags/flag.js';
import { FlagSnapshot } from '../server/flags/flag-snapshot.js';
import { PgFlagStore } from '../server/flags/flag-store.js';
import { AugurError } from '../server/platform/errors.js';
import { createLogger } from '../server/platform/logger.js';
import { PgConfigStateStore } from '../server/revisions/config-state-store.js';
import type { SegmentContent } from '../server/segments/segment.js';
import { PgSegmentStore } from '../server/segments/segment-store.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const META = { actor: 'test', reason: 'incremental refresh property', requestId: 'incremental-refresh' };
const USERS = ['u0', 'u1', 'u2', 'u3'];
const COUNTRIES = ['FR', 'DE', 'US'];
/** Refusals a random write may meet (a cycle, a missing parent, a stale revision, an archived row...). */
const EXPECTED = new Set(['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT']);

type Op =
  | {
      kind: 'flag';
      flag: number;
      parents: number[];
      segment: number | null;
      enabled: boolean;
      weight: number;
    }
  | { kind: 'archiveFlag'; flag: number }
  | { kind: 'rollbackFlag'; flag: number; back: number }
  | { kind: 'segment'; segment: number; included: string[]; country: string | null }
  | { kind: 'archiveSegment'; segment: number }
  | { kind: 'rollbackSegment'; segment: number; back: number }
  | { kind: 'batch'; flags: number[]; enabled: boolean };

const index = (n: number) => fc.integer({ min: 0, max: n - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('flag' as const),
      flag: index(5),
      parents: fc.uniqueArray(index(5), { maxLength: 2 }),
      segment: fc.option(index(3), { nil: null }),
      enabled: fc.boolean(),
      weight: fc.constantFrom(0, 40, 100),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('archiveFlag' as const), flag: index(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('rollbackFlag' as const), flag: index(5), back: index(3) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('segment' as const),
      segment: index(3),
      included: fc.subarray(USERS, { maxLength: 2 }),
      country: fc.option(fc.constantFrom(...COUNTRIES), { nil: null }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('archiveSegment' as const), segment: index(3) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rollbackSegment' as const),
      segment: index(3),
      back: index(3),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('batch' as const),
      flags: fc.uniqueArray(index(5), { minLength: 2, maxLength: 4 }),
      enabled: fc.boolean(),
    }),
  },
);

const contextsArb = fc.array(
  fc.record({
    userId: fc.constantFrom(...USERS, 'stranger'),
    country: fc.constantFrom(...COUNTRIES),
    plan: fc.constantFrom('free', 'pro'),
  }),
  { minLength: 2, maxLength: 4 },
);

describe('incremental refresh', { timeout: 240_000 }, () => {
  let server: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    // Same database; with TEST_REDIS_URL it hears changes on the bus, otherwise from its (fast) poll.
    second = await startTestServer({ instanceOf: server, env: { AUGUR_CONFIG_POLL_MS: '20' } });
  });
  afterAll(async () => {
    await second?.close();
    await server?.close();
  });

  const stores = () => {
    const db = server.app.database.db;
    return [new PgFlagStore(db), new PgSegmentStore(db), new PgConfigStateStore(db)] as const;
  };
  /** What a full reload compiles now. */
  async function fullReload(): Promise<CompiledFlagSet> {
    const [flags, segments, state] = stores();
    const revision = await state.current();
    return compileFlagSet({ flags: await flags.live(), segments: await segments.list(), revision });
  }
  // On PostgreSQL every test file shares the database and writes flags of its own meanwhile: compare only the
  // flags this test writes (its keys start with `ir`), which nothing else touches.
  const own = (key: string) => key.startsWith('ir');
  const evaluations = (set: CompiledFlagSet, contexts: EvaluationContext[]) =>
    contexts.map((context) => evaluateAll(set, context).filter((e) => own(e.key)));
  const ownKeys = (set: CompiledFlagSet) => set.keys().filter(own);
  /** Waits until `current()` has compiled at least `revision` (another file's commit may land in between). */
  async function caughtUp(current: () => CompiledFlagSet, revision: number, what: string) {
    const deadline = Date.now() + 10_000;
    while (current().revision < revision) {
      if (Date.now() > deadline) throw new Error(`${what} not at ${revision} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  it('gives exactly what a full reload gives, after every write and on every instance', async () => {
    let run = 0;
    const [flagStore, segmentStore, stateStore] = stores();
    const lagging = new FlagSnapshot(flagStore, segmentStore, stateStore, createLogger('silent'));
    await lagging.refresh(true);
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 10 }),
        contextsArb,
        async (ops, contexts) => {
          run++;
          const flagKey = (i: number) => `ir${run}_flag_${i}`;
          const segmentKey = (i: number) => `ir${run}_segment_${i}`;
          const { flags, segments } = server.app.services;
          let step = 0;
          for (const op of ops) {
            step++;
            const before = server.app.services.snapshot.current().revision;
            await apply(op).catch((error: unknown) => {
              if (!(error instanceof AugurError && EXPECTED.has(error.code))) throw error;
            });
            const wrote = server.app.services.snapshot.current().revision > before;
            const full = await fullReload();
            if (wrote) expect(server.app.services.snapshot.lastRefresh?.kind).toBe('incremental');
            await caughtUp(() => server.app.services.snapshot.current(), full.revision, 'writing instance');
            const local = server.app.services.snapshot.current();
            expect(ownKeys(local)).toEqual(ownKeys(full));
            expect(evaluations(local, contexts)).toEqual(evaluations(full, contexts));

            await caughtUp(() => second.app.services.snapshot.current(), full.revision, 'second instance');
            expect(evaluations(second.app.services.snapshot.current(), contexts)).toEqual(
              evaluations(full, contexts),
            );

            // A process that heard nothing for a few revisions reads what was written since and agrees too.
            if (step % 3 === 0 || step === ops.length) {
              await lagging.refresh();
              expect(ownKeys(lagging.current())).toEqual(ownKeys(full));
              expect(evaluations(lagging.current(), contexts)).toEqual(evaluations(full, contexts));
            }
          }

          async function apply(op: Op): Promise<void> {
            if (op.kind === 'flag') {
              const content: FlagContent = {
                description: 'property flag',
                type: 'BOOLEAN',
                enabled: op.enabled,
                variants: [{ key: 'on' }, { key: 'off' }],
                offVariant: 'off',
                prerequisites: op.parents.map((p) => ({ flagKey: flagKey(p), variant: 'on' })),
                targets: [{ variant: 'on', userIds: ['u3'] }],
                rules: [
                  ...(op.segment === null
                    ? []
                    : [
                        {
                          id: 'segment',
                          conditions: [
                            {
                              attribute: 'userId',
                              operator: 'IN_SEGMENT' as const,
                              values: [segmentKey(op.segment)],
                            },
                          ],
                          serve: { variant: 'on' },
                        },
                      ]),
                  {
                    id: 'pro',
                    conditions: [{ attribute: 'plan', operator: 'IN' as const, values: ['pro'] }],
                    serve: {
                      rollout: {
                        weights: [
                          { variant: 'on', weight: op.weight },
                          { variant: 'off', weight: 100 - op.weight },
                        ],
                      },
                    },
                  },
                ],
                fallthrough: { variant: 'off' },
              };
              const current = await flags.find(flagKey(op.flag));
              if (current && current.archivedAt === null) {
                await flags.update(flagKey(op.flag), current.revision, content, META);
              } else if (!current) await flags.create(flagKey(op.flag), content, META);
              else await flags.rollback(flagKey(op.flag), current.revision - 1, META); // brings it back
            } else if (op.kind === 'archiveFlag') {
              await flags.archive(flagKey(op.flag), undefined, META);
            } else if (op.kind === 'rollbackFlag') {
              const current = await flags.find(flagKey(op.flag));
              await flags.rollback(
                flagKey(op.flag),
                Math.max(1, (current?.revision ?? 1) - 1 - op.back),
                META,
              );
            } else if (op.kind === 'segment') {
              const content: SegmentContent = {
                description: 'property segment',
                included: op.included,
                excluded: ['u2'],
                rules: op.country
                  ? [{ conditions: [{ attribute: 'country', operator: 'IN', values: [op.country] }] }]
                  : [],
              };
              const current = await segments.find(segmentKey(op.segment));
              if (current && current.archivedAt === null) {
                await segments.update(segmentKey(op.segment), current.revision, content, META);
              } else if (!current) await segments.create(segmentKey(op.segment), content, META);
              else await segments.rollback(segmentKey(op.segment), current.revision - 1, META);
            } else if (op.kind === 'archiveSegment') {
              await segments.archive(segmentKey(op.segment), undefined, META);
            } else if (op.kind === 'rollbackSegment') {
              const current = await segments.find(segmentKey(op.segment));
              await segments.rollback(
                segmentKey(op.segment),
                Math.max(1, (current?.revision ?? 1) - 1 - op.back),
                META,
              );
            } else {
              await flags.setManyEnabled(op.flags.map(flagKey), op.enabled, META);
            }
          }
        },
      ),
      { seed: 20261205, numRuns: 25, endOnFailure: true },
    );
  });
});
