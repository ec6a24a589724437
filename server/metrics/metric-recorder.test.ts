// The recorder's one error policy: record() never throws or waits; batches by size and time; a full buffer
// or a failed write drops events and counts them.
import { describe, expect, it } from 'vitest';
import { FakeMetricSink } from './fake-metric-sink.js';
import { readinessEvent, signInFailureEvent } from './metric-event.js';
import { MetricRecorder } from './metric-recorder.js';

const event = () => signInFailureEvent({ tenantId: null, reason: 'credentials' });
const at = new Date('2030-01-01T10:00:00Z');

describe('MetricRecorder', () => {
  it('stamps events with its clock and writes them in batches of batchSize', async () => {
    const sink = new FakeMetricSink();
    const recorder = new MetricRecorder(sink, { batchSize: 3, clock: () => at });
    for (let i = 0; i < 7; i++) recorder.record(event());
    expect(sink.events).toHaveLength(0);
    await recorder.flush();
    expect(sink.batches).toBe(3);
    expect(sink.events).toHaveLength(7);
    expect(sink.events.every((e) => +e.at === +at)).toBe(true);
    expect(recorder.stats()).toMatchObject({ buffered: 0, written: 7, dropped: 0 });
  });

  it('flushes on its own once batchSize events wait (started)', async () => {
    const sink = new FakeMetricSink();
    const recorder = new MetricRecorder(sink, { batchSize: 2, flushMs: 60_000 });
    recorder.start();
    recorder.record(event());
    recorder.record(event());
    const deadline = Date.now() + 2000;
    while (sink.events.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(sink.events).toHaveLength(2);
    await recorder.stop();
  });

  it('drops and counts events beyond maxBuffered instead of growing', async () => {
    const sink = new FakeMetricSink();
    const recorder = new MetricRecorder(sink, { maxBuffered: 5 });
    for (let i = 0; i < 8; i++) recorder.record(event());
    expect(recorder.stats()).toMatchObject({ buffered: 5, dropped: 3 });
    await recorder.flush();
    expect(sink.events).toHaveLength(5);
  });

  it('counts a failed batch as dropped, does not retry it, and writes the next one when the sink is back', async () => {
    const sink = new FakeMetricSink();
    const recorder = new MetricRecorder(sink, { batchSize: 10 });
    sink.failure = new Error('connection refused');
    for (let i = 0; i < 4; i++) expect(() => recorder.record(event())).not.toThrow();
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(recorder.stats()).toMatchObject({ dropped: 4, failedFlushes: 1, written: 0, buffered: 0 });
    sink.failure = undefined;
    recorder.record(readinessEvent({ ready: true }));
    await recorder.flush();
    expect(sink.events.map((e) => e.kind)).toEqual(['readiness']);
    expect(recorder.stats()).toMatchObject({ dropped: 4, written: 1 });
  });

  it('keeps recording while a write hangs, and runs one flush at a time', async () => {
    const sink = new FakeMetricSink();
    let release: () => void = () => undefined;
    sink.gate = new Promise((resolve) => {
      release = resolve;
    });
    const recorder = new MetricRecorder(sink, { batchSize: 100 });
    recorder.record(event());
    const first = recorder.flush();
    recorder.record(event());
    expect(recorder.flush()).toBe(first);
    release();
    sink.gate = undefined;
    await first;
    await recorder.flush();
    expect(sink.events).toHaveLength(2);
  });

  it('records nothing while disabled', async () => {
    const sink = new FakeMetricSink();
    const recorder = new MetricRecorder(sink);
    recorder.enabled = false;
    recorder.record(event());
    await recorder.flush();
    expect(sink.events).toHaveLength(0);
  });
});
