// The one recorder of metric events: record() buffers in memory and never throws; a timer writes batches.
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { MetricEvent } from './metric-event.js';

export type TimedMetricEvent = MetricEvent & { at: Date };

/** Where batches go (the metric store; an in-memory fake in unit tests). */
export interface MetricSink {
  insertEvents(events: TimedMetricEvent[]): Promise<void>;
}

export interface RecorderOptions {
  /** A batch is written at least this often (AUGUR_METRICS_FLUSH_MS). */
  flushMs: number;
  /** ...and as soon as this many events wait. */
  batchSize: number;
  /** Events held at most; beyond it new events are dropped and counted. */
  maxBuffered: number;
  clock: () => Date;
  logger?: Logger | undefined;
}

export interface RecorderStats {
  buffered: number;
  written: number;
  /** Lost events: refused while the buffer was full, or in a batch the database did not take. */
  dropped: number;
  failedFlushes: number;
  lastFlushAt: Date | null;
}

export const RECORDER_DEFAULTS: Omit<RecorderOptions, 'clock'> = {
  flushMs: 1000,
  batchSize: 500,
  maxBuffered: 20_000,
};

/**
 * One error policy for every event: recording costs a push onto an array. A batch that fails to write
 * (database down) is dropped and counted, not retried: a retry could double-count a batch that committed
 * before its answer was lost, and holding batches would grow memory for the length of the outage.
 */
export class MetricRecorder {
  private buffer: TimedMetricEvent[] = [];
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private soon: NodeJS.Immediate | undefined;
  private counters = { written: 0, dropped: 0, failedFlushes: 0 };
  private lastFlushAt: Date | null = null;
  private readonly options: RecorderOptions;
  /** False when recording is turned off (bench:overhead's baseline): record() then does nothing. */
  enabled = true;
  private readonly flushHooks: ((final: boolean) => void)[] = [];

  constructor(
    private readonly sink: MetricSink,
    options: Partial<RecorderOptions> = {},
  ) {
    this.options = { ...RECORDER_DEFAULTS, clock: () => new Date(), ...options };
  }

  record(event: MetricEvent): void {
    if (!this.enabled) return;
    if (this.buffer.length >= this.options.maxBuffered) {
      this.counters.dropped += 1;
      return;
    }
    this.buffer.push(event.at ? (event as TimedMetricEvent) : { ...event, at: this.options.clock() });
    if (this.buffer.length >= this.options.batchSize && !this.soon && this.timer) {
      this.soon = setImmediate(() => {
        this.soon = undefined;
        void this.flush();
      });
    }
  }

  recordAll(events: readonly MetricEvent[]): void {
    for (const event of events) this.record(event);
  }

  /** Called before each flush (final: the last one, at stop): sources that aggregate in memory record here. */
  beforeFlush(hook: (final: boolean) => void): void {
    this.flushHooks.push(hook);
  }

  /** Writes what is buffered (one batch after another); resolves when done, never rejects. */
  flush(final = false): Promise<void> {
    for (const hook of this.flushHooks) hook(final);
    this.flushing ??= this.drain().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, this.options.batchSize);
      try {
        await this.sink.insertEvents(batch);
        this.counters.written += batch.length;
        this.lastFlushAt = this.options.clock();
      } catch (err) {
        this.counters.dropped += batch.length;
        // One line per failed batch at most once a flush: an outage must not flood the log either.
        if (this.counters.failedFlushes % 60 === 0) {
          this.options.logger?.warn(
            { err: safeError(err), dropped: this.counters.dropped },
            'metric events dropped: the database did not take a batch',
          );
        }
        this.counters.failedFlushes += 1;
      }
    }
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is left. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.soon) clearImmediate(this.soon);
    this.timer = undefined;
    this.soon = undefined;
    await this.flushing;
    await this.flush(true);
  }

  stats(): RecorderStats {
    return { buffered: this.buffer.length, ...this.counters, lastFlushAt: this.lastFlushAt };
  }
}
