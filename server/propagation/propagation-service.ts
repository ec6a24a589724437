// Propagation across instances: this instance's live tracker, the others' published reports, and the answers
// GraphQL gives (how far a revision or a flag's latest change got, the share of clients on the latest revision).
import { LatencySketch } from '../metrics/latency-sketch.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import { type InstanceReport, sketchOf, toReport } from './propagation-report.js';
import type { PropagationReportStore } from './propagation-report-store.js';
import type { PropagationTracker } from './propagation-tracker.js';

export interface InstancePropagation {
  instance: string;
  /** The instance that answered. */
  self: boolean;
  reportedAt: Date;
  clients: number;
  onLatest: number;
  latestRevision: number;
  /** onLatest / clients on that instance; null without clients. */
  shareOnLatest: number | null;
  open: number;
  reached: number;
  applied: number;
  lost: number;
  p50Ms: number | null;
  p99Ms: number | null;
  slowestMs: number | null;
}

export interface RevisionPropagation {
  revision: number;
  flagKey: string | null;
  /** The writer's clock at commit, as the instances heard it; null when no instance has the revision. */
  committedAt: Date | null;
  open: number;
  reached: number;
  applied: number;
  lost: number;
  p50Ms: number | null;
  p99Ms: number | null;
  slowestMs: number | null;
  /** Every open client the change was sent to has read it. */
  complete: boolean;
  instances: InstancePropagation[];
}

const PRUNE_AFTER_MS = 3_600_000;

export interface PropagationOptions {
  instance: string;
  tracker: PropagationTracker;
  store: PropagationReportStore;
  /** The configuration revision of a flag's latest change; undefined for an unknown flag. */
  latestChange: (flagKey: string) => Promise<number | undefined>;
  logger: Logger;
  clock?: () => number;
  /** How often a changed report is written (ms); an unchanged one is rewritten every heartbeatMs. */
  publishMs?: number;
  heartbeatMs?: number;
  /** Reports older than this are from instances that are gone. */
  staleMs?: number;
}

export class PropagationService {
  readonly instance: string;
  readonly tracker: PropagationTracker;
  private readonly clock: () => number;
  private timer: NodeJS.Timeout | undefined;
  private written = -1;
  private writtenAt = 0;
  private writing: Promise<void> | undefined;
  /** Logged once per outage, not once a second. */
  private failing = false;

  constructor(private readonly options: PropagationOptions) {
    this.instance = options.instance;
    this.tracker = options.tracker;
    this.clock = options.clock ?? Date.now;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.publish(), this.options.publishMs ?? 1000);
    this.timer.unref();
    void this.publish();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.writing;
    await this.options.store.remove(this.instance).catch(() => undefined);
  }

  /** Writes this instance's report when it changed (or the heartbeat is due); never throws. */
  publish(force = false): Promise<void> {
    if (this.writing) return this.writing;
    const version = this.tracker.version;
    const now = this.clock();
    const due = now - this.writtenAt >= (this.options.heartbeatMs ?? 5000);
    if (!force && !due && version === this.written) return Promise.resolve();
    const report = toReport(this.instance, now, this.tracker.gauge(), this.tracker.recent());
    const store = this.options.store;
    this.writing = store
      .put(report)
      // With the heartbeat, the rows of instances gone for an hour (they died without removing theirs).
      .then(() => (due ? store.prune(now - PRUNE_AFTER_MS) : undefined))
      .then(
        () => {
          this.written = version;
          this.writtenAt = now;
          this.failing = false;
        },
        (err: unknown) => {
          if (!this.failing)
            this.options.logger.warn({ err: safeError(err) }, 'propagation report not written');
          this.failing = true;
        },
      )
      .finally(() => {
        this.writing = undefined;
      });
    return this.writing;
  }

  /** This instance's figures now, and the other instances' last reports (this one's live, not stored). */
  async reports(): Promise<InstanceReport[]> {
    const now = this.clock();
    let others: InstanceReport[] = [];
    try {
      others = await this.options.store.list(now - (this.options.staleMs ?? 15_000));
    } catch (err) {
      // The database is away: this instance can still answer for itself.
      this.options.logger.warn({ err: safeError(err) }, 'propagation reports not read');
    }
    return [this.own(now), ...others.filter((r) => r.instance !== this.instance)];
  }

  /** Clients on the newest revision any instance serves, over every instance's clients; null without any. */
  async shareOnLatest(): Promise<number | null> {
    const reports = await this.reports();
    const latest = Math.max(...reports.map((r) => r.gauge.latestRevision));
    let clients = 0;
    let onLatest = 0;
    for (const { gauge } of reports) {
      clients += gauge.clients;
      // An instance that has not loaded the newest revision has no client on it.
      if (gauge.latestRevision === latest) onLatest += gauge.onLatest;
    }
    return clients > 0 ? onLatest / clients : null;
  }

  async flagPropagation(flagKey: string): Promise<RevisionPropagation | null> {
    const revision = await this.options.latestChange(flagKey);
    if (revision === undefined) return null;
    return { ...(await this.propagation(revision)), flagKey };
  }

  async propagation(revision: number): Promise<RevisionPropagation> {
    const reports = await this.reports();
    const sketch = new LatencySketch();
    const total = { open: 0, reached: 0, applied: 0, lost: 0 };
    let slowest: number | null = null;
    let committedAt: number | null = null;
    const instances: InstancePropagation[] = [];
    for (const report of reports) {
      const figures = report.revisions.find((r) => r.revision === revision);
      const own = figures ? sketchOf(figures) : new LatencySketch();
      if (figures) {
        sketch.merge(own);
        total.open += figures.open;
        total.reached += figures.reached;
        total.applied += figures.applied;
        total.lost += figures.lost;
        if (figures.slowestMs !== null) slowest = Math.max(slowest ?? 0, figures.slowestMs);
        committedAt = committedAt === null ? figures.committedAt : Math.min(committedAt, figures.committedAt);
      }
      const { gauge } = report;
      instances.push({
        instance: report.instance,
        self: report.instance === this.instance,
        reportedAt: new Date(report.reportedAt),
        clients: gauge.clients,
        onLatest: gauge.onLatest,
        latestRevision: gauge.latestRevision,
        shareOnLatest: gauge.clients > 0 ? gauge.onLatest / gauge.clients : null,
        open: figures?.open ?? 0,
        reached: figures?.reached ?? 0,
        applied: figures?.applied ?? 0,
        lost: figures?.lost ?? 0,
        p50Ms: own.quantile(0.5),
        p99Ms: own.quantile(0.99),
        slowestMs: figures?.slowestMs ?? null,
      });
    }
    return {
      revision,
      flagKey: null,
      committedAt: committedAt === null ? null : new Date(committedAt),
      ...total,
      p50Ms: sketch.quantile(0.5),
      p99Ms: sketch.quantile(0.99),
      slowestMs: slowest,
      complete: total.reached >= total.open,
      instances: instances.sort(
        (a, b) => Number(b.self) - Number(a.self) || a.instance.localeCompare(b.instance),
      ),
    };
  }

  private own(now: number): InstanceReport {
    return toReport(this.instance, now, this.tracker.gauge(), this.tracker.recent(), true);
  }
}
