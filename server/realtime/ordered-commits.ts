// Puts the ops feed's commits in configuration-revision order, each once: a gap (an event lost on the bus,
// a revision the poller saw but the bus never brought) is filled from the revision history before going on.

/** One committed configuration transaction as the feed emits it. */
export interface Commit<Item> {
  configRevision: number;
  changes: Item[];
}

export interface OrderedCommitsOptions<Item> {
  /** The last configuration revision the subscriber already has. */
  after: number;
  /** The commits with a configuration revision in (after, upTo], from the database. */
  read(after: number, upTo: number): Promise<Commit<Item>[]>;
  /** Delivers one commit; the next waits for it (a slow reader holds commits here, bounded). */
  emit(commit: Commit<Item>): Promise<void> | void;
  /** The subscriber fell too far behind to hold: the stream ends and the client resumes with sinceRevision. */
  overflow(): void;
  /** After a failed read, the next try (the database may be away). */
  retryMs?: number;
  /** Commits held (arrived ahead of a gap, or not yet read by a slow client) before `overflow`. */
  maxPending?: number;
  /** Configuration revisions per database read, so a long replay is paged. */
  pageSize?: number;
}

export const FEED_RETRY_MS = 1000;
export const FEED_MAX_PENDING = 1000;
export const FEED_PAGE_SIZE = 100;

export class OrderedCommits<Item> {
  private last: number;
  /** The highest configuration revision known to be committed. */
  private known: number;
  private readonly pending = new Map<number, Commit<Item>>();
  private running = false;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;
  private idle: Promise<void> = Promise.resolve();

  constructor(private readonly options: OrderedCommitsOptions<Item>) {
    this.last = options.after;
    this.known = options.after;
  }

  /** The last configuration revision emitted (or already held by the subscriber). */
  get revision(): number {
    return this.last;
  }

  /** A commit announced on the bus: emitted in its turn, dropped when already emitted. */
  offer(commit: Commit<Item>): void {
    if (this.closed || commit.configRevision <= this.last || this.pending.has(commit.configRevision)) return;
    if (this.pending.size >= (this.options.maxPending ?? FEED_MAX_PENDING)) {
      this.end();
      return;
    }
    this.pending.set(commit.configRevision, commit);
    this.known = Math.max(this.known, commit.configRevision);
    this.kick();
  }

  /** The configuration revision is known to have reached `revision` (the poller saw it): fill up to it. */
  reach(revision: number): void {
    if (this.closed || revision <= this.known) return;
    this.known = revision;
    this.kick();
  }

  /** Resolves when no work is running (tests wait on it instead of sleeping). */
  settled(): Promise<void> {
    return this.idle;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    this.pending.clear();
  }

  private end(): void {
    this.close();
    this.options.overflow();
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    this.idle = this.drain()
      .catch(() => this.end())
      .finally(() => {
        this.running = false;
      });
  }

  private async drain(): Promise<void> {
    while (!this.closed) {
      const next = this.pending.get(this.last + 1);
      if (next) {
        await this.deliver(next);
        continue;
      }
      if (this.known <= this.last) return;
      // A gap at last + 1: read it, up to the first commit already held, one page at a time.
      const upTo = Math.min(this.known, this.firstPending() - 1, this.last + this.pageSize());
      let commits: Commit<Item>[];
      try {
        commits = await this.options.read(this.last, upTo);
      } catch {
        this.scheduleRetry();
        return;
      }
      for (const commit of commits) {
        const r = commit.configRevision;
        if (r > this.last && r <= upTo && !this.pending.has(r)) this.pending.set(r, commit);
      }
      // Every revision up to upTo is committed; one with no stored change has nothing to emit.
      for (let r = this.last + 1; r <= upTo && !this.closed; r++) {
        const commit = this.pending.get(r);
        if (commit) await this.deliver(commit);
        else this.last = r;
      }
    }
  }

  private async deliver(commit: Commit<Item>): Promise<void> {
    this.pending.delete(commit.configRevision);
    this.last = commit.configRevision;
    await this.options.emit(commit);
  }

  private firstPending(): number {
    let first = Number.POSITIVE_INFINITY;
    for (const r of this.pending.keys()) first = Math.min(first, r);
    return first;
  }

  private pageSize(): number {
    return this.options.pageSize ?? FEED_PAGE_SIZE;
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.kick();
    }, this.options.retryMs ?? FEED_RETRY_MS);
    this.retry.unref();
  }
}
