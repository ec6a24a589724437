// The per-process compiled flag set: evaluation reads it from memory, refreshed when the config revision moves.
import { type CompiledFlagSet, compileFlagSet } from '../evaluation/compile.js';
import type { Logger } from '../platform/logger.js';
import type { SegmentStore } from '../segments/segment-store.js';
import type { FlagStore } from './flag-store.js';

export class FlagSnapshot {
  private set: CompiledFlagSet = compileFlagSet({ flags: [], segments: [], revision: 0 });
  private refreshing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly flags: FlagStore,
    private readonly segments: SegmentStore,
    private readonly logger: Logger,
  ) {}

  /** The compiled set in force; never touches the database. */
  current(): CompiledFlagSet {
    return this.set;
  }

  /** Reloads when the stored configuration revision is ahead of the compiled one (or `force`). */
  refresh(force = false): Promise<void> {
    this.refreshing = this.refreshing
      .catch(() => undefined)
      .then(async () => {
        const revision = await this.flags.configRevision();
        if (!force && revision <= this.set.revision) return;
        const [flags, segments] = await Promise.all([this.flags.live(), this.segments.list()]);
        this.set = compileFlagSet({ flags, segments, revision });
      });
    return this.refreshing;
  }

  /** Polls the configuration revision so changes made by other instances arrive too. */
  startPolling(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.refresh().catch((err: unknown) => this.logger.warn({ err }, 'flag snapshot refresh failed'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
