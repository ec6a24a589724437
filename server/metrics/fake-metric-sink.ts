// The in-memory twin of the metric store's write side, for recorder unit tests: it can be told to fail.
import type { MetricSink, TimedMetricEvent } from './metric-recorder.js';

export class FakeMetricSink implements MetricSink {
  readonly events: TimedMetricEvent[] = [];
  batches = 0;
  /** While set, every write fails with this error (a database outage). */
  failure: Error | undefined;
  /** While set, writes wait for it (a slow database). */
  gate: Promise<void> | undefined;

  async insertEvents(events: TimedMetricEvent[]): Promise<void> {
    if (this.gate) await this.gate;
    if (this.failure) throw this.failure;
    this.batches += 1;
    this.events.push(...events);
  }
}
