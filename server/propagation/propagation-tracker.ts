// How far each configuration revision got on this instance: for every open flag stream that can confirm
// reading (WebSocket), when each update went out and when the client read and applied it (docs/propagation.md).

import { LatencySketch } from '../metrics/latency-sketch.js';
import { type MetricEvent, propagationEvent } from '../metrics/metric-event.js';
import type { StreamWatcher, WatchedStream } from '../realtime/stream-watcher.js';

/** Revisions remembered per instance; older ones are only in the metric rollups. */
const KEPT_REVISIONS = 64;
/** Delay events recorded per revision and instance at most (sampled beyond): the KPIs' p50/p99 need no more. */
export const EVENTS_PER_REVISION = 2000;
/** Revisions a client keeps waiting for an "applied" ack. */
const UNAPPLIED_KEPT = 16;

export interface RevisionFigures {
  revision: number;
  /** Epoch ms: the writer's clock at commit (`config.changed`), else when this instance first used it. */
  committedAt: number;
  /** Streams the revision's update was sent to and that are still open (or reached it): the "M". */
  open: number;
  /** Of those, the ones that read it: the "N". */
  reached: number;
  /** Of those, the ones that said they applied it (the web app). */
  applied: number;
  /** Streams that closed before reading it (not in `open`). */
  lost: number;
  slowestMs: number | null;
  /** Commit-to-read delays. */
  sketch: LatencySketch;
}

/** Reads that came while a revision's commit time was still being looked up (it came by the poll). */
type HeldRead = { client: Client; at: number };

export interface LiveGauge {
  /** Flag streams open on this instance that can confirm reading. */
  clients: number;
  /** Of those, the ones holding no update they have not read. */
  onLatest: number;
  /** The configuration revision this instance serves. */
  latestRevision: number;
}

/** One open stream (a class with fields only: thousands sit idle, so no closures or collections up front). */
class Client implements WatchedStream {
  /** Updates sent and not read yet (any revision): while above 0 the client is behind. */
  unread = 0;
  /** Counted revisions sent and not read yet. */
  pending: number[] | undefined;
  /** Counted revisions read or sent but not yet applied, oldest first. */
  unapplied: number[] | undefined;
  closed = false;

  constructor(
    private readonly tracker: PropagationTracker,
    readonly tenantId: string | null,
    /** The newest revision counted for this client: an update at or below it is not propagation news. */
    public counted: number,
  ) {}

  sent(revision: number): (at: number) => void {
    return this.tracker.sentTo(this, revision);
  }

  applied(revision: number, at: number): void {
    this.tracker.appliedBy(this, revision, at);
  }

  close(): void {
    this.tracker.closed(this);
  }
}

export interface TrackerOptions {
  clock?: () => number;
  /** Where commit-to-client delays go as `propagation` metric events (the recorder). */
  record?: (event: MetricEvent) => void;
  random?: () => number;
}

export class PropagationTracker implements StreamWatcher {
  private readonly revisions = new Map<number, RevisionFigures>();
  /** Revisions whose commit time is provisional, with the reads to time once it is known. */
  private readonly held = new Map<number, HeldRead[]>();
  private clients = 0;
  private behind = 0;
  private latest = 0;
  private readonly clock: () => number;
  private readonly random: () => number;
  /** Bumped on every change, so the report publisher knows when to write. */
  version = 0;
  /** Every commit-to-read delay, in seconds (the Prometheus histogram, wired by the app). */
  onReached: ((seconds: number) => void) | undefined;

  constructor(private readonly options: TrackerOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
  }

  /**
   * A revision's commit time (`config.changed`, or the revision history for one found by the poll); the first
   * one given holds. Without a time, the provisional one (when this instance first used it) holds.
   */
  committed(revision: number, committedAt?: number): void {
    const known = this.revisions.get(revision);
    if (known && !this.held.has(revision)) return;
    const figures = this.figures(revision);
    if (committedAt !== undefined) figures.committedAt = committedAt;
    const reads = this.held.get(revision) ?? [];
    this.held.delete(revision);
    for (const { client, at } of reads) this.reached(client, revision, at);
    this.version++;
  }

  /**
   * The instance now serves this revision (its evaluator moved). True when its commit time is unknown and
   * worth looking up (clients are open): reads are held until `committed` gives it.
   */
  serving(revision: number): boolean {
    if (revision <= this.latest) return false;
    this.latest = revision;
    this.version++;
    if (this.revisions.has(revision)) return false;
    this.figures(revision);
    if (this.clients === 0) return false;
    this.held.set(revision, []);
    return true;
  }

  gauge(): LiveGauge {
    return {
      clients: this.clients,
      onLatest: this.clients - this.behind,
      latestRevision: this.latest,
    };
  }

  revision(revision: number): RevisionFigures | undefined {
    return this.revisions.get(revision);
  }

  recent(): RevisionFigures[] {
    return [...this.revisions.values()];
  }

  /** A stream opened whose first message is at `revision`: updates at or below it are not counted. */
  open(tenantId: string | null, revision: number): WatchedStream {
    this.clients++;
    this.version++;
    return new Client(this, tenantId, revision);
  }

  /** @internal Client.sent */
  sentTo(client: Client, revision: number): (at: number) => void {
    if (client.closed) return () => undefined;
    const counts = revision > client.counted && this.revisions.has(revision);
    if (counts) {
      client.counted = revision;
      client.pending ??= [];
      client.pending.push(revision);
      client.unapplied ??= [];
      const unapplied = client.unapplied;
      unapplied.push(revision);
      if (unapplied.length > UNAPPLIED_KEPT) unapplied.shift();
      this.figures(revision).open++;
    }
    if (client.unread++ === 0) this.behind++;
    this.version++;
    let read = false;
    return (at) => {
      if (read || client.closed) return;
      read = true;
      if (--client.unread === 0) this.behind--;
      if (counts) this.read(client, revision, at);
      this.version++;
    };
  }

  /** @internal Client.applied */
  appliedBy(client: Client, appliedRevision: number, at: number): void {
    const unapplied = client.unapplied;
    if (client.closed || !unapplied) return;
    while (unapplied.length > 0 && (unapplied[0] ?? Infinity) <= appliedRevision) {
      const revision = unapplied.shift() as number;
      const figures = this.revisions.get(revision);
      if (!figures) continue;
      // The web app acks as it applies, before it reads the ping behind the update: applied implies read.
      this.read(client, revision, at);
      figures.applied++;
      this.emit(figures, client, 'applied', at);
    }
    this.version++;
  }

  /** @internal Client.close */
  closed(client: Client): void {
    if (client.closed) return;
    client.closed = true;
    this.clients--;
    if (client.unread > 0) this.behind--;
    for (const revision of client.pending ?? []) {
      const figures = this.revisions.get(revision);
      if (!figures) continue;
      figures.open--;
      figures.lost++;
    }
    this.version++;
  }

  /** The client read a counted update (once per client and revision). */
  private read(client: Client, revision: number, at: number): void {
    const index = client.pending?.indexOf(revision) ?? -1;
    if (index < 0) return;
    client.pending?.splice(index, 1);
    const held = this.held.get(revision);
    if (held) held.push({ client, at });
    else this.reached(client, revision, at);
  }

  private reached(client: Client, revision: number, at: number): void {
    const figures = this.revisions.get(revision);
    if (!figures) return;
    const delay = Math.max(0, at - figures.committedAt);
    figures.reached++;
    figures.sketch.add(delay);
    if (figures.slowestMs === null || delay > figures.slowestMs) figures.slowestMs = delay;
    this.onReached?.(delay / 1000);
    this.emit(figures, client, 'reached', at);
  }

  /** One delay as a metric event; past EVENTS_PER_REVISION a uniform sample of the rest. */
  private emit(figures: RevisionFigures, client: Client, stage: 'reached' | 'applied', at: number): void {
    const record = this.options.record;
    if (!record) return;
    const share = EVENTS_PER_REVISION / Math.max(EVENTS_PER_REVISION, figures.open + figures.lost);
    if (share < 1 && this.random() >= share) return;
    record(
      propagationEvent({
        tenantId: client.tenantId,
        stage,
        latencyMs: Math.max(0, at - figures.committedAt),
        at: new Date(at),
      }),
    );
  }

  /** Drops the oldest revision that reached no client here (most do not), else the oldest of all. */
  private forgetOne(): void {
    for (const [revision, f] of this.revisions) {
      if (f.open === 0 && f.lost === 0 && revision !== this.latest) {
        this.revisions.delete(revision);
        this.held.delete(revision);
        return;
      }
    }
    const oldest = this.revisions.keys().next().value as number;
    this.revisions.delete(oldest);
    this.held.delete(oldest);
  }

  private figures(revision: number): RevisionFigures {
    let figures = this.revisions.get(revision);
    if (!figures) {
      figures = {
        revision,
        committedAt: this.clock(),
        open: 0,
        reached: 0,
        applied: 0,
        lost: 0,
        slowestMs: null,
        sketch: new LatencySketch(),
      };
      this.revisions.set(revision, figures);
      if (this.revisions.size > KEPT_REVISIONS) this.forgetOne();
    }
    return figures;
  }
}
