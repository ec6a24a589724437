// Outcome counters in PostgreSQL (no Redis): one row per cell, added with an upsert, a window read as one
// indexed range; old buckets are pruned by the guard service's sweep.
import { sql } from 'kysely';
import type { Db } from '../platform/db.js';
import { addToWindow, bucketSecondsFor, emptyWindow, type WindowCounts } from './guard-window.js';
import type { OutcomeCell, OutcomeCounter } from './outcome-counter.js';

export class PgOutcomeCounter implements OutcomeCounter {
  constructor(private readonly db: Db) {}

  async add(cells: readonly OutcomeCell[]): Promise<void> {
    if (cells.length === 0) return;
    // A fixed order, so two instances' batches take the rows' locks in the same order (no deadlock).
    const sorted = [...cells].sort((a, b) => cellOrder(a).localeCompare(cellOrder(b)));
    await this.db
      .insertInto('guard_outcomes')
      .values(
        sorted.map((c) => ({
          flag_key: c.flagKey,
          bucket_seconds: c.bucketSeconds,
          bucket_start: c.bucketStart,
          variant: c.variant,
          rule_id: c.ruleId,
          latency_bucket: c.latencyBucket,
          successes: c.successes,
          errors: c.errors,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['flag_key', 'bucket_seconds', 'bucket_start', 'variant', 'rule_id', 'latency_bucket'])
          .doUpdateSet({
            successes: sql`guard_outcomes.successes + excluded.successes`,
            errors: sql`guard_outcomes.errors + excluded.errors`,
          }),
      )
      .execute();
  }

  async read(
    flagKey: string,
    windowSeconds: number,
    fromBucket: number,
    variant?: string,
  ): Promise<WindowCounts> {
    let query = this.db
      .selectFrom('guard_outcomes')
      .select((eb) => [
        'latency_bucket',
        eb.fn.sum<number>('successes').as('successes'),
        eb.fn.sum<number>('errors').as('errors'),
      ])
      .where('flag_key', '=', flagKey)
      .where('bucket_seconds', '=', bucketSecondsFor(windowSeconds))
      .where('bucket_start', '>=', fromBucket)
      .groupBy('latency_bucket');
    if (variant !== undefined) query = query.where('variant', '=', variant);
    const rows = await query.execute();
    const counts = emptyWindow();
    for (const row of rows)
      addToWindow(counts, row.latency_bucket, Number(row.successes), Number(row.errors));
    return counts;
  }

  async prune(beforeSeconds: number): Promise<void> {
    await this.db.deleteFrom('guard_outcomes').where('bucket_start', '<', beforeSeconds).execute();
  }
}

const cellOrder = (c: OutcomeCell) =>
  `${c.flagKey}\u0000${c.bucketSeconds}\u0000${c.bucketStart}\u0000${c.variant}\u0000${c.ruleId}\u0000${c.latencyBucket}`;
