// The rollup job: once per minute across all instances (a PostgreSQL advisory lock), rolls raw events into
// minute and hour rows, keeps the flag exposure facts, and enforces retention; its clock is injectable.
import { createHash } from 'node:crypto';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { TimedMetricEvent } from './metric-recorder.js';
import { PgMetricStore } from './metric-store.js';
import { DAY_MS, floorTo, HOUR_MS, MINUTE_MS, mergeRows, rollUpEvents } from './rollup.js';

export const ROLLUP_JOB = 'rollup';
/**
 * A job's day backfill marker (`rollup:day-backfill` for the default job, set by the migration that added
 * day rows when hour rows existed): the next day whose day rows to build from its hour rows.
 */
export const dayBackfillOf = (job: string) => `${job}:day-backfill`;
// Any fixed 64-bit number, the same on every instance: "AUGRLLUP" would not fit, so the digits spell it.
const LOCK_KEY = 4_172_018_520;

export interface RollupJobOptions {
  clock: () => Date;
  /** The shared state row's name (tests on one database give each their own). */
  job: string;
  /** How often each instance tries (AUGUR_METRICS_ROLLUP_TICK_MS); only one runs a given minute. */
  tickMs: number;
  /** A minute is rolled this long after it ends, so batches still in flight (1 s flushes) reach it. */
  graceMs: number;
  /** Minutes before the last rolled one that each run rolls again, for events that arrived late. */
  settleMinutes: number;
  /** New minutes one run rolls at most (a catch-up after downtime is spread over several runs). */
  maxMinutesPerRun: number;
  rawRetentionHours: number;
  rollupRetentionDays: number;
  logger?: Logger | undefined;
}

export const ROLLUP_DEFAULTS: Omit<RollupJobOptions, 'clock'> = {
  job: ROLLUP_JOB,
  tickMs: 5000,
  graceMs: 5000,
  settleMinutes: 2,
  maxMinutesPerRun: 60,
  rawRetentionHours: 48,
  rollupRetentionDays: 90,
};

export interface RollupRun {
  ran: boolean;
  /** New minutes rolled by this run. */
  minutes: number;
}

export interface RollupStats {
  /** Seconds between the end of the newest complete minute and the end of the newest rolled one. */
  lagSeconds: number | null;
  rolledThrough: Date | null;
  /** Runs of this instance (the shared count is in metric_rollup_state.runs). */
  runsHere: number;
  lastError: string | null;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const subjectKey = (subject: string) => createHash('sha256').update(subject).digest('base64url').slice(0, 22);

export class RollupJob {
  private readonly options: RollupJobOptions;
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<unknown> | undefined;
  private last: RollupStats = { lagSeconds: null, rolledThrough: null, runsHere: 0, lastError: null };

  constructor(
    private readonly db: Db,
    options: Partial<RollupJobOptions> = {},
  ) {
    this.options = { ...ROLLUP_DEFAULTS, clock: () => new Date(), ...options };
  }

  /** The newest minute boundary whose minute may be rolled at `now`. */
  private newestComplete(now: Date): Date {
    return floorTo(+now - this.options.graceMs, MINUTE_MS);
  }

  async runOnce(): Promise<RollupRun> {
    // One run at a time in this process too (PGlite has one session; the lock alone is per transaction).
    if (this.running) return { ran: false, minutes: 0 };
    this.running = true;
    try {
      const run = this.db.transaction().execute((trx) => this.run(new PgMetricStore(trx)));
      this.current = run;
      const result = await run;
      this.last.lastError = null;
      return result;
    } catch (err) {
      this.last.lastError = safeError(err).message;
      throw err;
    } finally {
      this.running = false;
    }
  }

  private async run(store: PgMetricStore): Promise<RollupRun> {
    const o = this.options;
    const now = o.clock();
    const newest = this.newestComplete(now);
    const locked = await store.tryLock(LOCK_KEY);
    let state = await store.state(o.job);
    if (!state && locked) {
      // The first run also takes the hour before it (events recorded while the instances started).
      await store.createState(o.job, new Date(+newest - HOUR_MS), now);
      state = await store.state(o.job);
    }
    if (state) this.observe(newest, state.rolledThrough);
    if (!locked || !state || +state.rolledThrough >= +newest) return { ran: false, minutes: 0 };

    const from = state.rolledThrough;
    // A stretch without events (downtime, a quiet night) is passed in one run; busy minutes 60 at a time.
    const next = await store.nextEventAt(from);
    const busyFrom = next ? Math.max(+from, +floorTo(next, MINUTE_MS)) : +newest;
    const end = new Date(Math.min(+newest, busyFrom + o.maxMinutesPerRun * MINUTE_MS));
    const start = new Date(+from - o.settleMinutes * MINUTE_MS);
    const events = await store.eventsBetween(start, end);
    await store.replaceRollups('minute', start, end, rollUpEvents(events));
    // Hours whose minutes changed: those with events (a re-rolled minute only ever gains late events).
    const hours = new Set(events.map((e) => +floorTo(e.at, HOUR_MS)));
    for (const hour of [...hours].sort((a, b) => a - b)) {
      const minutes = await store.rollupsBetween('minute', new Date(hour), new Date(hour + HOUR_MS));
      await store.replaceRollups(
        'hour',
        new Date(hour),
        new Date(hour + HOUR_MS),
        mergeRows(minutes, 'hour', HOUR_MS),
      );
    }
    // Then the days that ended (this run passed their end, or re-rolled their late minutes), from their hour
    // rows: a 7-day window reads 6 day rows, not 144 hour rows. A day still running has no day row yet.
    const days = new Set([...hours].map((h) => +floorTo(h, DAY_MS)).filter((d) => d + DAY_MS <= +end));
    for (let boundary = Math.ceil(+start / DAY_MS) * DAY_MS; boundary <= +end; boundary += DAY_MS) {
      if (boundary > +start) days.add(boundary - DAY_MS);
    }
    for (const day of [...days].sort((a, b) => a - b)) {
      const dayHours = await store.rollupsBetween('hour', new Date(day), new Date(day + DAY_MS));
      await store.replaceRollups(
        'day',
        new Date(day),
        new Date(day + DAY_MS),
        mergeRows(dayHours, 'day', DAY_MS),
      );
    }
    await this.backfillDay(store, newest, now);
    await this.keepFlagFacts(store, events);
    await store.prune(
      new Date(+now - o.rawRetentionHours * HOUR_MS),
      new Date(+now - o.rollupRetentionDays * DAY_MS),
      dayOf(new Date(+now - o.rollupRetentionDays * DAY_MS)),
    );
    await store.advanceState(o.job, end, now);
    this.observe(newest, end);
    this.last.runsHere += 1;
    return { ran: true, minutes: Math.round((+end - +from) / MINUTE_MS) };
  }

  /** One day of hours rolled before day rows existed becomes day rows per run, until today's (kept above). */
  private async backfillDay(store: PgMetricStore, newest: Date, now: Date): Promise<void> {
    const backfill = await store.state(dayBackfillOf(this.options.job));
    if (!backfill) return;
    const day = +backfill.rolledThrough;
    if (day < +floorTo(newest, DAY_MS)) {
      const hours = await store.rollupsBetween('hour', new Date(day), new Date(day + DAY_MS));
      await store.replaceRollups(
        'day',
        new Date(day),
        new Date(day + DAY_MS),
        mergeRows(hours, 'day', DAY_MS),
      );
    }
    if (day + DAY_MS >= +floorTo(newest, DAY_MS)) await store.deleteState(dayBackfillOf(this.options.job));
    else await store.advanceState(dayBackfillOf(this.options.job), new Date(day + DAY_MS), now);
  }

  private async keepFlagFacts(store: PgMetricStore, events: readonly TimedMetricEvent[]): Promise<void> {
    const users = new Map<string, { flag: string; day: string; subject: string }>();
    const seen = new Map<string, { flag: string; first: Date; last: Date }>();
    for (const e of events) {
      const flag = e.kind === 'exposure' ? e.dims.flag : undefined;
      if (!flag) continue;
      const s = seen.get(flag);
      if (!s) seen.set(flag, { flag, first: e.at, last: e.at });
      else {
        if (+e.at < +s.first) s.first = e.at;
        if (+e.at > +s.last) s.last = e.at;
      }
      if (e.subject) {
        const row = { flag, day: dayOf(e.at), subject: subjectKey(e.subject) };
        users.set(`${row.flag}|${row.day}|${row.subject}`, row);
      }
    }
    await store.addFlagUsers([...users.values()]);
    await store.touchFlagSeen([...seen.values()]);
  }

  private observe(newest: Date, rolledThrough: Date): void {
    this.last.rolledThrough = rolledThrough;
    this.last.lagSeconds = Math.max(0, Math.round((+newest - +rolledThrough) / 1000));
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runOnce().catch((err: unknown) =>
        this.options.logger?.warn({ err: safeError(err) }, 'metric rollup did not run'),
      );
    }, this.options.tickMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.current?.catch(() => undefined);
  }

  get job(): string {
    return this.options.job;
  }

  stats(): RollupStats {
    return { ...this.last };
  }
}
