// Metric events in memory, for service tests: what was recorded, and a switch that refuses some events.
import type { MetricEvent } from '../metrics/metric-recorder.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import type { MetricSink } from './module-transaction.js';

export class FakeMetricSink implements MetricSink, Restorable {
  private events: MetricEvent[] = [];
  /** Events this returns true for are refused, as a failing metric table would refuse them. */
  refuse: (event: MetricEvent) => boolean = () => false;

  async record(events: MetricEvent[]) {
    if (events.some((e) => this.refuse(e))) throw new Error('metric store refused the event');
    this.events.push(...structuredClone(events));
  }

  /** Every recorded event, in order. */
  recorded(): MetricEvent[] {
    return structuredClone(this.events);
  }

  save() {
    return structuredClone(this.events);
  }

  restore(saved: unknown) {
    this.events = structuredClone(saved as MetricEvent[]);
  }
}
