// KPI windows: a preset (1 h, 24 h, 7 d) or a custom from/to, aligned to minutes, and the rows they read.
import { validationFailed } from '../platform/errors.js';
import type { ReadPlan } from './metric-store.js';
import { DAY_MS, floorTo, HOUR_MS, MINUTE_MS } from './rollup.js';

export const KPI_WINDOWS = ['H1', 'H24', 'D7'] as const;
export type KpiWindow = (typeof KPI_WINDOWS)[number];

export const WINDOW_MS: Record<KpiWindow, number> = { H1: HOUR_MS, H24: 24 * HOUR_MS, D7: 7 * 24 * HOUR_MS };
/** The longest custom window: the rollups' default retention. */
export const MAX_WINDOW_MS = 90 * 24 * HOUR_MS;

export interface KpiQuery {
  window?: KpiWindow | null | undefined;
  from?: Date | null | undefined;
  to?: Date | null | undefined;
  /** Null or absent: every tenant. */
  tenantId?: string | null | undefined;
}

export interface ResolvedWindow {
  from: Date;
  to: Date;
  /** A chart's point spacing: minutes up to 3 hours, hours beyond. */
  stepMs: number;
}

/**
 * A preset ends at the start of the current minute (that minute is still filling); a custom window is
 * floored to minutes at both ends. Windows are half-open: [from, to).
 */
export function resolveWindow(query: KpiQuery, now: Date): ResolvedWindow {
  const custom = query.from != null || query.to != null;
  let from: Date;
  let to: Date;
  if (custom) {
    if (query.from == null || query.to == null) {
      throw validationFailed([
        { path: query.from == null ? 'from' : 'to', message: 'give both from and to' },
      ]);
    }
    if (query.window != null) {
      throw validationFailed([{ path: 'window', message: 'give a window or from/to, not both' }]);
    }
    from = floorTo(query.from, MINUTE_MS);
    to = floorTo(query.to, MINUTE_MS);
    if (+to <= +from)
      throw validationFailed([{ path: 'to', message: 'must be at least a minute after from' }]);
    if (+to - +from > MAX_WINDOW_MS) {
      throw validationFailed([{ path: 'from', message: 'a window spans at most 90 days' }]);
    }
  } else {
    to = floorTo(now, MINUTE_MS);
    from = new Date(+to - WINDOW_MS[query.window ?? 'H1']);
  }
  return { from, to, stepMs: +to - +from <= 3 * HOUR_MS ? MINUTE_MS : HOUR_MS };
}

/** The window just before this one, of the same length (for the console's deltas). */
export function previousWindow(w: ResolvedWindow): ResolvedWindow {
  const span = +w.to - +w.from;
  return { from: new Date(+w.from - span), to: w.from, stepMs: w.stepMs };
}

/**
 * Whole days from day rows (when `days`: totals over the window; a chart by hour reads hours), whole hours
 * from hour rows, the ragged minutes at either end from minute rows: at most 6 + 2 × 23 + 2 × 59 buckets for
 * 7 days, whatever the traffic. Day rows exist for days the rollup job has rolled to their end: days from
 * `daysBefore` on (the start of the day it is rolling) are read as hours.
 */
export function readPlan(
  from: Date,
  to: Date,
  options: { days?: boolean; daysBefore?: Date } = {},
): ReadPlan {
  const firstHour = new Date(Math.ceil(+from / HOUR_MS) * HOUR_MS);
  const lastHour = floorTo(to, HOUR_MS);
  if (+firstHour >= +lastHour) return { days: null, hours: [], minutes: [{ from, to }] };
  const minutes = nonEmpty([
    { from, to: firstHour },
    { from: lastHour, to },
  ]);
  const firstDay = new Date(Math.ceil(+firstHour / DAY_MS) * DAY_MS);
  const lastDay = new Date(
    Math.min(
      +floorTo(lastHour, DAY_MS),
      options.daysBefore ? +floorTo(options.daysBefore, DAY_MS) : Infinity,
    ),
  );
  if (!options.days || +firstDay >= +lastDay) {
    return { days: null, hours: [{ from: firstHour, to: lastHour }], minutes };
  }
  const hours = nonEmpty([
    { from: firstHour, to: firstDay },
    { from: lastDay, to: lastHour },
  ]);
  return { days: { from: firstDay, to: lastDay }, hours, minutes };
}

const nonEmpty = (ranges: { from: Date; to: Date }[]) => ranges.filter((r) => +r.to > +r.from);
