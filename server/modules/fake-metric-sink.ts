// The metric recorder in memory, for service tests: what was recorded, in order.
import type { MetricEvent } from '../metrics/metric-event.js';
import type { MetricRecorder } from '../metrics/metric-recorder.js';

export class FakeMetricSink implements Pick<MetricRecorder, 'record'> {
  private events: MetricEvent[] = [];

  record(event: MetricEvent): void {
    this.events.push(structuredClone(event));
  }

  /** Every recorded event, in order. */
  recorded(): MetricEvent[] {
    return structuredClone(this.events);
  }
}
