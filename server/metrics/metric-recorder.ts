// The one small interface for metric events (exposure, activation, error, latency); aggregation comes later.
import type { Db } from '../platform/db.js';

export type MetricKind = 'exposure' | 'activation' | 'error' | 'blocked' | 'quota_exceeded';

export interface MetricEvent {
  tenantId: string;
  kind: MetricKind;
  module?: string | undefined;
  plan?: string | undefined;
  /** The deciding rule or reason of the gate: the segment the event counts against. */
  segment?: string | undefined;
  latencyMs?: number | undefined;
  requestId: string;
}

export class MetricRecorder {
  constructor(private readonly db: Db) {}

  /** Records through `db`, which may be a transaction: the events then commit with the work they describe. */
  async record(events: MetricEvent[], db: Db = this.db): Promise<void> {
    if (events.length === 0) return;
    await db
      .insertInto('metric_events')
      .values(
        events.map((e) => ({
          tenant_id: e.tenantId,
          kind: e.kind,
          module: e.module ?? null,
          plan: e.plan ?? null,
          segment: e.segment ?? null,
          latency_ms: e.latencyMs ?? null,
          request_id: e.requestId,
        })),
      )
      .execute();
  }
}
