// The tracker's bookkeeping on a fake clock: what counts as sent, reached, applied and lost, and the gauge.
import { describe, expect, it } from 'vitest';
import { computeKpis } from '../metrics/kpi-math.js';
import type { MetricEvent } from '../metrics/metric-event.js';
import type { StoredRollup } from '../metrics/metric-store.js';
import { ALL_TENANTS, rollUpEvents } from '../metrics/rollup.js';
import { EVENTS_PER_REVISION, PropagationTracker } from './propagation-tracker.js';

function setup(random = () => 0.5) {
  const now = 1_000;
  const events: MetricEvent[] = [];
  const tracker = new PropagationTracker({ clock: () => now, record: (e) => events.push(e), random });
  return { tracker, events };
}

describe('PropagationTracker', () => {
  it('counts an update as reached when its receipt comes, with the delay from the commit', () => {
    const { tracker, events } = setup();
    tracker.serving(1);
    const a = tracker.open('t1', 1);
    const b = tracker.open('t1', 1);
    tracker.committed(2, 5_000);
    tracker.serving(2);
    const readA = a.sent(2);
    b.sent(2);
    expect(tracker.gauge()).toEqual({ clients: 2, onLatest: 0, latestRevision: 2 });
    readA(5_040);
    const figures = tracker.revision(2);
    expect(figures).toMatchObject({ open: 2, reached: 1, lost: 0, slowestMs: 40 });
    expect(figures?.sketch.quantile(0.5)).toBeCloseTo(40, 0);
    expect(tracker.gauge().onLatest).toBe(1);
    expect(events).toEqual([
      { kind: 'propagation', tenantId: 't1', dims: { stage: 'reached' }, latencyMs: 40, at: new Date(5_040) },
    ]);
  });

  it("does not count a stream's first message, a repeat of a revision, or one the tracker never heard of", () => {
    const { tracker } = setup();
    tracker.serving(3);
    const s = tracker.open(null, 3);
    s.sent(3)(10);
    // A plan change re-sends at the revision in force: news for the client, not propagation of a commit.
    tracker.serving(4);
    s.sent(4);
    s.sent(4);
    s.sent(99);
    expect(tracker.revision(3)?.open).toBe(0);
    expect(tracker.revision(4)?.open).toBe(1);
    expect(tracker.revision(99)).toBeUndefined();
  });

  it('counts a stream that closes before reading as lost, and an applied ack once per revision', () => {
    const { tracker, events } = setup();
    tracker.serving(1);
    const gone = tracker.open('t', 1);
    const stays = tracker.open('t', 1);
    tracker.committed(2, 100);
    tracker.serving(2);
    gone.sent(2);
    stays.sent(2)(150);
    gone.close();
    expect(tracker.revision(2)).toMatchObject({ open: 1, reached: 1, lost: 1 });
    expect(tracker.gauge()).toEqual({ clients: 1, onLatest: 1, latestRevision: 2 });
    stays.applied(2, 180);
    stays.applied(2, 190);
    expect(tracker.revision(2)?.applied).toBe(1);
    expect(events.map((e) => [e.dims.stage, e.latencyMs])).toEqual([
      ['reached', 50],
      ['applied', 80],
    ]);
  });

  it('takes an applied ack that comes before the pong as the read too, and counts it once', () => {
    const { tracker, events } = setup();
    tracker.serving(1);
    const s = tracker.open(null, 1);
    tracker.committed(2, 0);
    tracker.serving(2);
    const read = s.sent(2);
    s.applied(2, 30);
    read(35);
    expect(tracker.revision(2)).toMatchObject({ reached: 1, applied: 1, slowestMs: 30 });
    expect(tracker.gauge().onLatest).toBe(1);
    expect(events.map((e) => e.dims.stage)).toEqual(['reached', 'applied']);
  });

  it('holds the reads of a revision that came without its commit time until the history gives it', () => {
    const { tracker } = setup();
    tracker.serving(1);
    const s = tracker.open(null, 1);
    expect(tracker.serving(2)).toBe(true);
    s.sent(2)(900);
    expect(tracker.revision(2)?.reached).toBe(0);
    tracker.committed(2, 800);
    tracker.committed(2, 100);
    expect(tracker.revision(2)).toMatchObject({ reached: 1, slowestMs: 100, committedAt: 800 });
    tracker.committed(3, 950);
    expect(tracker.serving(3)).toBe(false);
  });

  it('samples delay events past its cap per revision, and keeps revisions that reached clients', () => {
    let draws = 0;
    const { tracker, events } = setup(() => (draws++ % 2 === 0 ? 0.25 : 0.75));
    tracker.serving(1);
    const streams = Array.from({ length: EVENTS_PER_REVISION * 2 }, () => tracker.open(null, 1));
    tracker.committed(2, 0);
    tracker.serving(2);
    const reads = streams.map((s) => s.sent(2));
    for (const read of reads) read(10);
    // Twice the cap's clients: each is recorded with probability 1/2 (here every other one).
    expect(events.length).toBe(EVENTS_PER_REVISION);
    expect(tracker.revision(2)?.reached).toBe(EVENTS_PER_REVISION * 2);
    for (let r = 3; r < 200; r++) tracker.serving(r);
    expect(tracker.revision(2)?.reached).toBe(EVENTS_PER_REVISION * 2);
  });

  it("feeds the KPIs' commit-to-client p50 and p99 through the rollups", () => {
    const { tracker, events } = setup();
    tracker.serving(1);
    const streams = Array.from({ length: 100 }, () => tracker.open('t', 1));
    tracker.committed(2, 0);
    tracker.serving(2);
    streams.forEach((s, i) => void s.sent(2)(i + 1));
    const rows: StoredRollup[] = rollUpEvents(events.map((e) => ({ ...e, at: e.at ?? new Date(0) })))
      .filter((r) => r.tenantKey === ALL_TENANTS)
      .map((r) => ({ ...r, sketch: r.sketch?.toBytes() ?? null }));
    const kpis = computeKpis(rows);
    expect(kpis.propagationP50Ms).toBeGreaterThan(49 * 0.99);
    expect(kpis.propagationP50Ms).toBeLessThan(51 * 1.01);
    expect(kpis.propagationP99Ms).toBeGreaterThan(98 * 0.99);
    expect(kpis.propagationP99Ms).toBeLessThan(100 * 1.01);
  });
});
