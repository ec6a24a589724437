// Guard state as an evaluation overlay: the live guards held in memory (re-read when a guard revision commits
// here or elsewhere), layered over the tenant overlays; an open guard puts its flag in `openGuards`.
import { BUCKETS, bucketOf } from '../evaluation/bucketing.js';
import type { Overlays } from '../evaluation/definitions.js';
import type { OverlayChange, OverlaySource } from '../flags/overlay-source.js';
import type { Subscriber } from '../platform/bus.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import { CONFIG_CHANGED, type ConfigChanged, type ConfigTopics } from '../revisions/config-changed.js';
import type { Guard } from './guard.js';
import type { GuardRows } from './guard-store.js';

/** Whether a guard keeps its flag off: open (or probing) and not already answered by a rollback. */
export const blocks = (g: Guard) =>
  g.state.status !== 'CLOSED' && (g.state.lastTrip?.rolledBackTo ?? null) === null;

/** A tenant gets the flag back during HALF_OPEN when its bucket falls in the probe share (sticky per flag). */
export const inProbe = (g: Guard, tenantId: string) =>
  bucketOf(`guard-probe:${g.flagKey}`, tenantId) < Math.round(g.probeShare * BUCKETS);

/** What of a guard evaluation depends on; a change of it re-evaluates the flag's subscribers. */
const effect = (g: Guard | undefined) =>
  g && blocks(g) ? `${g.state.status}:${g.state.status === 'HALF_OPEN' ? g.probeShare : ''}` : 'none';

export class GuardOverlay implements OverlaySource {
  private guards = new Map<string, Guard>();
  private blocking: Guard[] = [];
  private readonly cache = new Map<string, { base: Overlays; merged: Overlays }>();
  private readonly listeners = new Set<(change: OverlayChange) => void>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly base: OverlaySource,
    private readonly store: Pick<GuardRows, 'live'>,
    private readonly logger: Logger,
  ) {
    base.onChange((change) => this.emit(change));
  }

  overlaysFor(tenantId: string): Overlays {
    const base = this.base.overlaysFor(tenantId);
    if (this.blocking.length === 0) return base;
    const held = this.cache.get(tenantId);
    if (held?.base === base) return held.merged;
    const open = new Set(base.openGuards ?? []);
    for (const g of this.blocking)
      if (g.state.status === 'OPEN' || !inProbe(g, tenantId)) open.add(g.flagKey);
    const merged = { ...base, openGuards: open };
    this.cache.set(tenantId, { base, merged });
    return merged;
  }

  onChange(listener: (change: OverlayChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The live guard of a flag, as this instance holds it. */
  guard(flagKey: string): Guard | undefined {
    return this.guards.get(flagKey);
  }

  all(): Guard[] {
    return [...this.guards.values()];
  }

  /** Reads every live guard; before serving, and after any guard change (they are few). */
  reload(): Promise<void> {
    const next = this.queue.then(() => this.read());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Re-reads when a committed change names a guard (this instance's writes and others'). */
  applyChange(event: ConfigChanged): Promise<void> {
    return event.changes.some((c) => c.targetType === 'guard') ? this.reload() : Promise.resolve();
  }

  subscribe(bus: Subscriber<ConfigTopics>): void {
    bus.subscribe(CONFIG_CHANGED, (event) => {
      this.applyChange(event).catch((err: unknown) =>
        this.logger.warn({ err: safeError(err) }, 'guard refresh failed'),
      );
    });
  }

  private async read(): Promise<void> {
    const live = await this.store.live();
    const next = new Map(live.map((g) => [g.flagKey, g]));
    const changed = [...new Set([...next.keys(), ...this.guards.keys()])].filter(
      (key) => effect(next.get(key)) !== effect(this.guards.get(key)),
    );
    // Newer revisions only: a slow read must not bring back an older state.
    for (const [key, g] of next) {
      const before = this.guards.get(key);
      if (before && before.revision > g.revision) next.set(key, before);
    }
    this.guards = next;
    this.blocking = [...next.values()].filter(blocks);
    this.cache.clear();
    if (changed.length > 0) this.emit({ tenants: 'all', flags: changed });
  }

  private emit(change: OverlayChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
