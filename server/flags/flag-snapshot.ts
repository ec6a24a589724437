// The per-process compiled flag set: evaluation reads it from memory. Loaded whole at start-up (or when asked);
// after that each move of the configuration revision reads only the rows written since and recompiles what
// they touch.
import { type CompiledFlagSet, compileFlagSet } from '../evaluation/compile.js';
import { recompileFlagSet } from '../evaluation/recompile.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { ConfigStateStore } from '../revisions/config-state-store.js';
import type { SegmentStore } from '../segments/segment-store.js';
import type { FlagStore } from './flag-store.js';

/** `affected`: the flags whose results may differ (absent after a full load: compare the two sets). */
export type SnapshotListener = (
  previous: CompiledFlagSet,
  next: CompiledFlagSet,
  affected?: ReadonlySet<string>,
) => void;

/** What the last refresh did, for benchmarks and logs. */
export interface RefreshStats {
  kind: 'full' | 'incremental';
  /** Flag and segment rows read from the database. */
  rows: number;
  recompiled: number;
  /** Epoch ms when the refresh began (right after the commit, for a write of this process). */
  startedAt: number;
  /** Wall time from the revision read to the swap (listeners included). */
  ms: number;
  /** Of which compiling (synchronous). */
  compileMs: number;
  /** This process's CPU over the same span. */
  cpuMs: number;
}

type Counts = Pick<RefreshStats, 'kind' | 'rows' | 'recompiled' | 'compileMs'>;

const epochMs = () => performance.timeOrigin + performance.now();
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Past this many changed rows (and this share of the set), a catch-up reloads everything instead: it costs
 * about the same and starts from a clean set.
 */
const FULL_RELOAD_ROWS = 256;
const FULL_RELOAD_SHARE = 0.25;

export class FlagSnapshot {
  private set: CompiledFlagSet = compileFlagSet({ flags: [], segments: [], revision: 0 });
  private readonly listeners = new Set<SnapshotListener>();
  private refreshing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private loaded = false;
  private stats: RefreshStats | undefined;

  constructor(
    private readonly flags: Pick<FlagStore, 'live' | 'changedSince'>,
    private readonly segments: Pick<SegmentStore, 'list' | 'changedSince'>,
    private readonly configState: Pick<ConfigStateStore, 'current'>,
    private readonly logger: Logger,
  ) {}

  /** The compiled set in force; never touches the database. */
  current(): CompiledFlagSet {
    return this.set;
  }

  /** What the last refresh did (undefined before the first). */
  get lastRefresh(): RefreshStats | undefined {
    return this.stats;
  }

  /**
   * Brings the compiled set up to the stored configuration revision: the first time (or with `force`) by
   * loading everything, afterwards by reading only the flags and segments written since the compiled
   * revision. That also covers revisions whose events this process never heard (a gap): the rows say what
   * changed, whatever the bus delivered.
   */
  refresh(force = false): Promise<void> {
    this.refreshing = this.refreshing
      .catch(() => undefined)
      .then(async () => {
        const started = { at: epochMs(), wall: performance.now(), cpu: process.cpuUsage() };
        const revision = await this.configState.current();
        if (!force && this.loaded && revision <= this.set.revision) return;
        const stats =
          force || !this.loaded
            ? await this.loadAll(revision)
            : ((await this.catchUp(revision)) ?? (await this.loadAll(revision)));
        this.stats = {
          ...stats,
          startedAt: started.at,
          ms: performance.now() - started.wall,
          cpuMs: cpuMs(started.cpu),
        };
      });
    return this.refreshing;
  }

  private async loadAll(revision: number): Promise<Counts> {
    // One after the other: PGlite serves a single session.
    const flags = await this.flags.live();
    const segments = await this.segments.list();
    const compiling = performance.now();
    const next = compileFlagSet({ flags, segments, revision });
    const compileMs = performance.now() - compiling;
    this.loaded = true;
    this.swap(next);
    return { kind: 'full', rows: flags.length + segments.length, recompiled: flags.length, compileMs };
  }

  /** Undefined when so much changed that a full load is the better way. */
  private async catchUp(revision: number): Promise<Counts | undefined> {
    const since = this.set.revision;
    const flags = await this.flags.changedSince(since);
    const segments = await this.segments.changedSince(since);
    const rows = flags.length + segments.length;
    if (rows > FULL_RELOAD_ROWS && rows > this.set.flags.size * FULL_RELOAD_SHARE) return undefined;
    const compiling = performance.now();
    const { set, affected, recompiled } = recompileFlagSet(this.set, {
      // Rows written after `revision` (committed since it was read) are taken too; the next refresh reads them
      // again, which changes nothing.
      revision: Math.max(revision, since),
      flags: flags.filter((f) => f.archivedAt === null),
      removedFlags: flags.filter((f) => f.archivedAt !== null).map((f) => f.key),
      segments: segments.filter((s) => s.archivedAt === null),
      removedSegments: segments.filter((s) => s.archivedAt !== null).map((s) => s.key),
    });
    const compileMs = performance.now() - compiling;
    this.swap(set, affected);
    return { kind: 'incremental', rows, recompiled, compileMs };
  }

  private swap(next: CompiledFlagSet, affected?: ReadonlySet<string>): void {
    const previous = this.set;
    this.set = next;
    for (const listener of this.listeners) listener(previous, next, affected);
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
