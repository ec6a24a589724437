// Outcomes of gated work counted in sliding windows shared by every instance: one interface, three stores
// (Redis when REDIS_URL is set, PostgreSQL otherwise, memory on the embedded database and in unit tests).
import type { Reason } from '../evaluation/definitions.js';
import {
  addToWindow,
  bucketSecondsFor,
  bucketStartOf,
  latencyBucket,
  type WindowCounts,
} from './guard-window.js';

export interface OutcomeRecord {
  flagKey: string;
  /** The variant and rule that allowed the work ('' when none: a fallthrough with no rule). */
  variant: string;
  ruleId: string;
  error: boolean;
  latencyMs: number | null;
  atMs: number;
}

/** An outcome with how its flag decided for that context: the guard counts work the flag allowed (enabled). */
export interface GatedOutcome extends OutcomeRecord {
  enabled: boolean;
  reason: Reason;
}

/** Another consumer of gated outcomes (the release plans): which it keeps, and keeping them. */
export interface OutcomeSink {
  accepts(outcome: GatedOutcome): boolean;
  add(outcomes: readonly GatedOutcome[]): Promise<void>;
}

/** One aggregated cell: a flag's outcomes under one variant, rule, time bucket and latency bucket. */
export interface OutcomeCell {
  flagKey: string;
  bucketSeconds: number;
  bucketStart: number;
  variant: string;
  ruleId: string;
  latencyBucket: number;
  successes: number;
  errors: number;
}

export interface OutcomeCounter {
  /** Adds aggregated outcomes (toCells), atomically per cell across instances. */
  add(cells: readonly OutcomeCell[]): Promise<void>;
  /** The counts of one flag's window from bucket `fromBucket` (epoch seconds) on; of one variant when given. */
  read(flagKey: string, windowSeconds: number, fromBucket: number, variant?: string): Promise<WindowCounts>;
  /** Drops buckets older than `beforeSeconds` (epoch seconds) where the store does not expire them itself. */
  prune(beforeSeconds: number): Promise<void>;
}

/** Groups records into cells, so a batch costs one write per distinct cell. */
export function toCells(
  records: readonly OutcomeRecord[],
  windowSecondsOf: (flagKey: string) => number,
): OutcomeCell[] {
  const cells = new Map<string, OutcomeCell>();
  for (const r of records) {
    const windowSeconds = windowSecondsOf(r.flagKey);
    const cell: OutcomeCell = {
      flagKey: r.flagKey,
      bucketSeconds: bucketSecondsFor(windowSeconds),
      bucketStart: bucketStartOf(r.atMs, windowSeconds),
      variant: r.variant,
      ruleId: r.ruleId,
      latencyBucket: latencyBucket(r.latencyMs),
      successes: 0,
      errors: 0,
    };
    const id = JSON.stringify([
      cell.flagKey,
      cell.bucketSeconds,
      cell.bucketStart,
      cell.variant,
      cell.ruleId,
      cell.latencyBucket,
    ]);
    const held = cells.get(id) ?? cell;
    if (r.error) held.errors += 1;
    else held.successes += 1;
    cells.set(id, held);
  }
  return [...cells.values()];
}

/** The in-memory counter: the embedded database's (one instance) and the fake of unit tests. */
export class MemoryOutcomeCounter implements OutcomeCounter {
  private readonly cells = new Map<string, OutcomeCell>();

  async add(cells: readonly OutcomeCell[]): Promise<void> {
    for (const c of cells) {
      const id = JSON.stringify([
        c.flagKey,
        c.bucketSeconds,
        c.bucketStart,
        c.variant,
        c.ruleId,
        c.latencyBucket,
      ]);
      const held = this.cells.get(id);
      if (held) {
        held.successes += c.successes;
        held.errors += c.errors;
      } else this.cells.set(id, { ...c });
    }
  }

  async read(
    flagKey: string,
    windowSeconds: number,
    fromBucket: number,
    variant?: string,
  ): Promise<WindowCounts> {
    const size = bucketSecondsFor(windowSeconds);
    const counts: WindowCounts = { samples: 0, errors: 0, latency: new Map() };
    for (const c of this.cells.values()) {
      if (
        c.flagKey === flagKey &&
        c.bucketSeconds === size &&
        c.bucketStart >= fromBucket &&
        (variant === undefined || c.variant === variant)
      )
        addToWindow(counts, c.latencyBucket, c.successes, c.errors);
    }
    return counts;
  }

  async prune(beforeSeconds: number): Promise<void> {
    for (const [id, c] of this.cells) if (c.bucketStart < beforeSeconds) this.cells.delete(id);
  }
}
