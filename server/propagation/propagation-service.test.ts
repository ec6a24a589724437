// Two instances' services over one fake report store: merged figures, the share on latest, stale reports.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../platform/logger.js';
import { FakePropagationReportStore } from './fake-propagation-report-store.js';
import { PropagationService } from './propagation-service.js';
import { PropagationTracker } from './propagation-tracker.js';

function instance(name: string, store: FakePropagationReportStore, clock: () => number) {
  const tracker = new PropagationTracker({ clock });
  const service = new PropagationService({
    instance: name,
    tracker,
    store,
    latestChange: async (key) => (key === 'known' ? 2 : undefined),
    logger: createLogger('silent'),
    clock,
  });
  return { tracker, service };
}

describe('PropagationService', () => {
  it("merges every live instance's figures for a revision and lists each", async () => {
    let now = 10_000;
    const clock = () => now;
    const store = new FakePropagationReportStore();
    const a = instance('a', store, clock);
    const b = instance('b', store, clock);
    for (const { tracker } of [a, b]) tracker.serving(1);
    const onA = [a.tracker.open(null, 1), a.tracker.open(null, 1)];
    const onB = b.tracker.open(null, 1);
    for (const { tracker } of [a, b]) {
      tracker.committed(2, 9_000);
      tracker.serving(2);
    }
    for (const s of onA) s.sent(2)(9_010);
    onB.sent(2);
    await b.service.publish(true);
    const merged = await a.service.flagPropagation('known');
    expect(merged).toMatchObject({
      revision: 2,
      flagKey: 'known',
      open: 3,
      reached: 2,
      complete: false,
      slowestMs: 10,
    });
    expect(merged?.committedAt).toEqual(new Date(9_000));
    expect(merged?.instances.map((i) => [i.instance, i.self, i.reached, i.open])).toEqual([
      ['a', true, 2, 2],
      ['b', false, 0, 1],
    ]);
    expect(await a.service.shareOnLatest()).toBeCloseTo(2 / 3, 6);
    expect(await a.service.flagPropagation('unknown')).toBeNull();

    // B stops reporting: after 15 s its figures drop out, and an hour on its row is pruned.
    now += 16_000;
    expect((await a.service.propagation(2)).instances.map((i) => i.instance)).toEqual(['a']);
    now += 3_600_000;
    await a.service.publish(true);
    expect([...store.reports.keys()]).toEqual(['a']);
  });

  it('counts no client of an instance that does not serve the newest revision as on latest', async () => {
    const clock = () => 0;
    const store = new FakePropagationReportStore();
    const a = instance('a', store, clock);
    const b = instance('b', store, clock);
    a.tracker.serving(5);
    b.tracker.serving(4);
    a.tracker.open(null, 5);
    b.tracker.open(null, 4);
    await b.service.publish(true);
    expect(await a.service.shareOnLatest()).toBe(0.5);
    await a.service.publish(true);
    expect(store.reports.has('a')).toBe(true);
    await a.service.stop();
    expect(store.reports.has('a')).toBe(false);
  });
});
