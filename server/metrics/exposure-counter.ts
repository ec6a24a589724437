// Exposures of every evaluation served to a client (evaluateFlags, myFlags, OFREP, streams), counted in memory
// per tenant and minute and handed to the recorder as one counted event per (flag, variant, reason, rule):
// a request costs a map lookup per flag, never an event per flag.
import type { EvaluationResult } from '../evaluation/definitions.js';
import { exposureEvent } from './metric-event.js';
import type { MetricRecorder } from './metric-recorder.js';
import { floorTo, MINUTE_MS } from './rollup.js';

interface Outcome {
  variant: string | null;
  enabled: boolean;
  reason: string;
  ruleId: string | null;
  count: number;
}

/** Per tenant ('' for none), per flag key: the outcomes served this minute (a handful per flag). */
type MinuteCounts = Map<string, Map<string, Outcome[]>>;

export class ExposureCounter {
  private minute = 0;
  private counts: MinuteCounts = new Map();

  constructor(
    private readonly recorder: MetricRecorder,
    private readonly clock: () => Date,
  ) {
    // Each flush first takes the minutes that ended; the last flush (stop) takes the current one too.
    recorder.beforeFlush((final) => this.hand(final));
  }

  /** Counts the results one client was served, in the tenant it was served in. */
  count(tenantId: string | null | undefined, results: readonly EvaluationResult[]): void {
    if (!this.recorder.enabled || results.length === 0) return;
    const minute = +floorTo(this.clock(), MINUTE_MS);
    if (minute !== this.minute) {
      this.hand(true);
      this.minute = minute;
    }
    const tenant = tenantId ?? '';
    let byFlag = this.counts.get(tenant);
    if (!byFlag) {
      byFlag = new Map();
      this.counts.set(tenant, byFlag);
    }
    for (const r of results) {
      let outcomes = byFlag.get(r.key);
      if (!outcomes) {
        outcomes = [];
        byFlag.set(r.key, outcomes);
      }
      let found: Outcome | undefined;
      for (const o of outcomes) {
        if (
          o.reason === r.reason &&
          o.variant === r.variant &&
          o.enabled === r.enabled &&
          o.ruleId === r.ruleId
        ) {
          found = o;
          break;
        }
      }
      if (found) found.count += 1;
      else
        outcomes.push({
          variant: r.variant,
          enabled: r.enabled,
          reason: r.reason,
          ruleId: r.ruleId,
          count: 1,
        });
    }
  }

  /** Records the counted minute as events once it has ended (or now, when `all`). */
  private hand(all: boolean): void {
    if (this.counts.size === 0) return;
    if (!all && +floorTo(this.clock(), MINUTE_MS) === this.minute) return;
    const at = new Date(this.minute);
    const counts = this.counts;
    this.counts = new Map();
    for (const [tenant, byFlag] of counts) {
      for (const [flag, outcomes] of byFlag) {
        for (const o of outcomes) {
          this.recorder.record({
            ...exposureEvent({
              tenantId: tenant === '' ? null : tenant,
              flag,
              variant: o.variant,
              enabled: o.enabled,
              reason: o.reason,
              ruleId: o.ruleId,
              userId: null,
            }),
            count: o.count,
            at,
          });
        }
      }
    }
  }
}
