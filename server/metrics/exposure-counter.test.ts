// The exposure counter: served results counted per tenant, flag and outcome, handed over once their minute ends.
import { describe, expect, it } from 'vitest';
import type { EvaluationResult } from '../evaluation/definitions.js';
import { ExposureCounter } from './exposure-counter.js';
import { FakeMetricSink } from './fake-metric-sink.js';
import { MetricRecorder } from './metric-recorder.js';

const T0 = Date.UTC(2030, 0, 1, 10, 0, 0);
const result = (key: string, enabled: boolean, ruleId: string | null = null): EvaluationResult => ({
  key,
  enabled,
  variant: null,
  payload: null,
  reason: ruleId ? 'TARGETING_MATCH' : 'DEFAULT',
  ruleId,
  revision: 1,
});

function setup() {
  let now = T0 + 1000;
  const sink = new FakeMetricSink();
  const recorder = new MetricRecorder(sink, { clock: () => new Date(now) });
  const counter = new ExposureCounter(recorder, () => new Date(now));
  return { sink, recorder, counter, at: (ms: number) => (now = ms) };
}

describe('ExposureCounter', () => {
  it('records one counted event per tenant, flag and outcome once the minute has ended', async () => {
    const { sink, recorder, counter, at } = setup();
    for (let i = 0; i < 3; i++) counter.count('t1', [result('a', true, 'r1'), result('b', false)]);
    counter.count('t1', [result('a', false)]);
    counter.count('t2', [result('a', true, 'r1')]);
    counter.count(null, [result('a', true, 'r1')]);
    await recorder.flush();
    expect(sink.events).toEqual([]);
    at(T0 + 60_000);
    await recorder.flush();
    const rows = sink.events.map((e) => ({ tenant: e.tenantId, dims: e.dims, count: e.count, at: +e.at }));
    expect(rows).toEqual([
      {
        tenant: 't1',
        dims: { flag: 'a', variant: 'true', reason: 'TARGETING_MATCH', rule: 'r1' },
        count: 3,
        at: T0,
      },
      { tenant: 't1', dims: { flag: 'a', variant: 'false', reason: 'DEFAULT', rule: '' }, count: 1, at: T0 },
      { tenant: 't1', dims: { flag: 'b', variant: 'false', reason: 'DEFAULT', rule: '' }, count: 3, at: T0 },
      {
        tenant: 't2',
        dims: { flag: 'a', variant: 'true', reason: 'TARGETING_MATCH', rule: 'r1' },
        count: 1,
        at: T0,
      },
      {
        tenant: null,
        dims: { flag: 'a', variant: 'true', reason: 'TARGETING_MATCH', rule: 'r1' },
        count: 1,
        at: T0,
      },
    ]);
    expect(sink.events.every((e) => e.kind === 'exposure' && e.subject === undefined)).toBe(true);
  });

  it('starts a new minute when the clock passes one, and hands the current minute over at stop', async () => {
    const { sink, recorder, counter, at } = setup();
    counter.count('t1', [result('a', true)]);
    at(T0 + 61_000);
    counter.count('t1', [result('a', true)]);
    counter.count('t1', [result('a', true)]);
    await recorder.stop();
    expect(sink.events.map((e) => [+e.at, e.count])).toEqual([
      [T0, 1],
      [T0 + 60_000, 2],
    ]);
  });

  it('counts nothing while the recorder is off', async () => {
    const { sink, recorder, counter } = setup();
    recorder.enabled = false;
    counter.count('t1', [result('a', true)]);
    recorder.enabled = true;
    await recorder.stop();
    expect(sink.events).toEqual([]);
  });
});
