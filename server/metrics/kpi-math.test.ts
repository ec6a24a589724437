// KPI formulas on edge cases (no data, one sample, zero denominators), windows and their read plans, and
// quantiles from merged sketches against the exact percentile of the raw values.
import { describe, expect, it } from 'vitest';
import { computeKpis } from './kpi-math.js';
import { readPlan, resolveWindow } from './kpi-window.js';
import { LatencySketch, RELATIVE_ACCURACY } from './latency-sketch.js';
import { chatReplyEvent, operationEvent, quotaEvent, readinessEvent } from './metric-event.js';
import type { TimedMetricEvent } from './metric-recorder.js';
import type { StoredRollup } from './metric-store.js';
import { HOUR_MS, MINUTE_MS, mergeRows, rollUpEvents } from './rollup.js';

const T0 = new Date('2030-03-01T10:00:00Z');
const at = (ms: number) => new Date(+T0 + ms);

function stored(events: TimedMetricEvent[], tenantKey = '*'): StoredRollup[] {
  return rollUpEvents(events)
    .filter((r) => r.tenantKey === tenantKey)
    .map((r) => ({ ...r, sketch: r.sketch?.toBytes() ?? null }));
}

const op = (code: string | undefined, latencyMs: number, operation = 'evaluateFlags') =>
  operationEvent({
    operation,
    type: 'query',
    code,
    latencyMs,
    role: 'user',
    plan: 'free',
    apiKey: false,
    tenantId: 't1',
    requestId: 'r',
  });

/** A tiny deterministic generator (mulberry32): the same "random" latencies on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('computeKpis', () => {
  it('gives zeros and nulls, never NaN, for no data', () => {
    const k = computeKpis([]);
    expect(k.messagesTotal).toBe(0);
    expect(k.requests).toBe(0);
    for (const value of [k.outOfScopeRate, k.llmErrorRate, k.p50LatencyMs, k.p95LatencyMs, k.availability]) {
      expect(value).toBeNull();
    }
    expect(k.errorRate5xx).toBeNull();
    expect(k.operations).toEqual([]);
    expect(JSON.stringify(k)).not.toContain('NaN');
  });

  it('takes one sample as its own p50 and p95 (within the sketch error)', () => {
    const k = computeKpis(
      stored([{ ...chatReplyEvent({ tenantId: 't1', status: 'ok', latencyMs: 120 }), at: T0 }]),
    );
    expect(k.messagesTotal).toBe(1);
    expect(k.outOfScopeRate).toBe(0);
    expect(k.llmErrorRate).toBe(0);
    expect(Math.abs((k.p95LatencyMs ?? 0) - 120) / 120).toBeLessThanOrEqual(RELATIVE_ACCURACY);
    expect(Math.abs((k.p50LatencyMs ?? 0) - 120) / 120).toBeLessThanOrEqual(RELATIVE_ACCURACY);
  });

  it('computes rates, per-operation error rates, availability and quota saturation', () => {
    const events: TimedMetricEvent[] = [
      ...['ok', 'ok', 'out_of_scope', 'llm_error'].map((status) => ({
        ...chatReplyEvent({ tenantId: 't1', status: status as 'ok', latencyMs: 10 }),
        at: T0,
      })),
      { ...op(undefined, 5), at: T0 },
      { ...op('FORBIDDEN', 5), at: T0 },
      { ...op('UNAVAILABLE', 5), at: T0 },
      { ...op(undefined, 5, 'sendMessage'), at: T0 },
      { ...readinessEvent({ ready: false, reason: 'database' }), at: T0 },
      ...[1, 2, 3].map(() => ({
        ...quotaEvent({
          tenantId: 't1',
          module: 'tarot',
          plan: 'free',
          decision: 'consumed',
          requestId: 'r',
        }),
        at: T0,
      })),
      {
        ...quotaEvent({ tenantId: 't1', module: 'tarot', plan: 'free', decision: 'blocked', requestId: 'r' }),
        at: T0,
      },
    ];
    const k = computeKpis(stored(events));
    expect(k).toMatchObject({ messagesTotal: 4, outOfScopeRate: 0.25, llmErrorRate: 0.25 });
    expect(k).toMatchObject({
      requests: 4,
      errors4xx: 1,
      errors5xx: 1,
      errorRate4xx: 0.25,
      errorRate5xx: 0.25,
    });
    // (4 requests + 1 probe - 1 5xx - 1 failed probe) / 5 samples.
    expect(k.availability).toBeCloseTo(3 / 5, 10);
    expect(k.operations.find((o) => o.operation === 'evaluateFlags')).toMatchObject({
      requests: 3,
      errorRate4xx: 1 / 3,
      errorRate5xx: 1 / 3,
    });
    expect(k.quota).toEqual([{ module: 'tarot', plan: 'free', consumed: 3, blocked: 1, saturation: 0.25 }]);
  });

  it('answers for one tenant from that tenant rows only', () => {
    const events: TimedMetricEvent[] = [
      { ...chatReplyEvent({ tenantId: 't1', status: 'ok', latencyMs: 10 }), at: T0 },
      { ...chatReplyEvent({ tenantId: 't2', status: 'llm_error', latencyMs: 10 }), at: T0 },
    ];
    expect(computeKpis(stored(events, 't1'))).toMatchObject({ messagesTotal: 1, llmErrorRate: 0 });
    expect(computeKpis(stored(events, 't2'))).toMatchObject({ messagesTotal: 1, llmErrorRate: 1 });
    expect(computeKpis(stored(events))).toMatchObject({ messagesTotal: 2, llmErrorRate: 0.5 });
  });
});

describe('quantiles from merged sketches', () => {
  it.each([
    ['uniform 1-1000 ms', (r: () => number) => 1 + r() * 999],
    ['long-tailed', (r: () => number) => 5 * Math.exp(r() * 6)],
  ])(
    'p50/p95 over %s merged across minutes and hours stay within the stated relative error',
    (_name, draw) => {
      const random = seeded(42);
      const values: number[] = [];
      const events: TimedMetricEvent[] = [];
      // Three hours of replies, one every ~5 s: 2160 values over 180 minute rows and 3 hour rows.
      for (let i = 0; i < 2160; i++) {
        const latencyMs = draw(random);
        values.push(latencyMs);
        events.push({ ...chatReplyEvent({ tenantId: 't1', status: 'ok', latencyMs }), at: at(i * 5000) });
      }
      const minutes = rollUpEvents(events);
      const hours = mergeRows(minutes, 'hour', HOUR_MS);
      const merged = new LatencySketch();
      for (const row of hours)
        if (row.tenantKey === '*' && row.sketch) merged.mergeBytes(row.sketch.toBytes());
      values.sort((a, b) => a - b);
      for (const q of [0.5, 0.95]) {
        // The sketch's rank convention: the value at rank q * (n - 1).
        const exact = values[Math.floor(q * (values.length - 1))] ?? 0;
        const estimate = merged.quantile(q) ?? 0;
        expect(Math.abs(estimate - exact) / exact).toBeLessThanOrEqual(RELATIVE_ACCURACY);
      }
    },
  );

  it('serializes an empty sketch and a sketch of zeros', () => {
    expect(LatencySketch.fromBytes(new LatencySketch().toBytes()).quantile(0.95)).toBeNull();
    const zeros = new LatencySketch();
    zeros.add(0);
    zeros.add(-3);
    expect(LatencySketch.fromBytes(zeros.toBytes()).quantile(0.5)).toBe(0);
  });
});

describe('windows', () => {
  it('ends a preset at the start of the current minute', () => {
    const w = resolveWindow({ window: 'H1' }, new Date('2030-03-01T10:30:45Z'));
    expect(w.to.toISOString()).toBe('2030-03-01T10:30:00.000Z');
    expect(w.from.toISOString()).toBe('2030-03-01T09:30:00.000Z');
    expect(w.stepMs).toBe(MINUTE_MS);
    expect(resolveWindow({ window: 'D7' }, T0).stepMs).toBe(HOUR_MS);
  });

  it.each([
    [{ from: T0 }, 'to'],
    [{ from: T0, to: T0 }, 'to'],
    [{ from: at(HOUR_MS), to: T0 }, 'to'],
    [{ window: 'H1' as const, from: T0, to: at(HOUR_MS) }, 'window'],
    [{ from: T0, to: at(91 * 24 * HOUR_MS) }, 'from'],
  ])('refuses %o with VALIDATION_FAILED on %s', (query, path) => {
    expect(() => resolveWindow(query, T0)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    try {
      resolveWindow(query, T0);
    } catch (error) {
      expect(JSON.stringify(error)).toContain(path);
    }
  });

  it('reads whole hours from hour rows and the ragged edges from minute rows', () => {
    const plan = readPlan(new Date('2030-03-01T09:30:00Z'), new Date('2030-03-01T12:15:00Z'));
    expect(plan.hours).toEqual([
      { from: new Date('2030-03-01T10:00:00Z'), to: new Date('2030-03-01T12:00:00Z') },
    ]);
    expect(plan.days).toBeNull();
    expect(plan.minutes).toEqual([
      { from: new Date('2030-03-01T09:30:00Z'), to: new Date('2030-03-01T10:00:00Z') },
      { from: new Date('2030-03-01T12:00:00Z'), to: new Date('2030-03-01T12:15:00Z') },
    ]);
    // Aligned to hours: no minute rows at all. Within one hour: minutes only.
    expect(readPlan(T0, at(2 * HOUR_MS)).minutes).toEqual([]);
    expect(readPlan(at(MINUTE_MS), at(50 * MINUTE_MS)).hours).toEqual([]);
  });

  it('reads whole days from day rows for totals, with hours and minutes at the edges (at most 6 + 46 + 118)', () => {
    const from = new Date('2030-03-01T09:30:00Z');
    const to = new Date('2030-03-08T09:30:00Z');
    const plan = readPlan(from, to, { days: true });
    expect(plan.days).toEqual({
      from: new Date('2030-03-02T00:00:00Z'),
      to: new Date('2030-03-08T00:00:00Z'),
    });
    expect(plan.hours).toEqual([
      { from: new Date('2030-03-01T10:00:00Z'), to: new Date('2030-03-02T00:00:00Z') },
      { from: new Date('2030-03-08T00:00:00Z'), to: new Date('2030-03-08T09:00:00Z') },
    ]);
    expect(plan.minutes).toEqual([
      { from, to: new Date('2030-03-01T10:00:00Z') },
      { from: new Date('2030-03-08T09:00:00Z'), to },
    ]);
    // A chart by hour reads no day rows; a window within one day has none to read.
    expect(readPlan(from, to).days).toBeNull();
    expect(readPlan(from, new Date('2030-03-01T20:00:00Z'), { days: true }).days).toBeNull();
  });
});
