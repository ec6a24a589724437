// The per-process compiled flag set: evaluation reads it from memory, refreshed when the config revision moves.
import { type CompiledFlagSet, compileFlagSet } from '../evaluation/compile.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { ConfigStateStore } from '../revisions/config-state-store.js';
import type { SegmentStore } from '../segments/segment-store.js';
import type { FlagStore } from './flag-store.js';

export type SnapshotListener = (previous: CompiledFlagSet, next: CompiledFlagSet) => void;

export class FlagSnapshot {
  private set: CompiledFlagSet = compileFlagSet({ flags: [], segments: [], revision: 0 });
  private readonly listeners = new Set<SnapshotListener>();
  private refreshing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly flags: Pick<FlagStore, 'live'>,
    private readonly segments: Pick<SegmentStore, 'list'>,
    private readonly configState: Pick<ConfigStateStore, 'current'>,
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
        const revision = await this.configState.current();
        if (!force && revision <= this.set.revision) return;
        // One after the other: PGlite serves a single session.
        const flags = await this.flags.live();
        const segments = await this.segments.list();
        const previous = this.set;
        this.set = compileFlagSet({ flags, segments, revision });
        for (const listener of this.listeners) listener(previous, this.set);
      });
    return this.refreshing;
  }

  /** Called after each swap to a newer compiled set (realtime fan-out listens here). */
  onSwap(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Polls the configuration revision so changes made by other instances arrive too. */
  startPolling(intervalMs: number): void {
    let polling = false;
    let failing = false;
    this.timer = setInterval(() => {
      // A hung database must not stack up polls behind one another.
      if (polling) return;
      polling = true;
      this.refresh()
        .then(
          () => {
            if (failing) this.logger.info('config poll: database answers again');
            failing = false;
          },
          (err: unknown) => {
            // Once per outage: evaluation goes on from the compiled set in memory meanwhile.
            if (!failing) {
              this.logger.warn(
                { err: safeError(err) },
                'config poll failing; serving the configuration in memory until the database answers',
              );
            }
            failing = true;
          },
        )
        .finally(() => {
          polling = false;
        });
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
