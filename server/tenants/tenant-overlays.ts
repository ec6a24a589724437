// The overlay source of the one evaluator on real data: the environment gate for everyone and each tenant's
// `feature.*` entitlements, plus its module quota, held in memory and re-read when a tenant's settings change.
import type { Overlays } from '../evaluation/definitions.js';
import type { OverlayChange, OverlaySource } from '../flags/overlay-source.js';
import type { Subscriber } from '../platform/bus.js';
import type { Logger } from '../platform/logger.js';
import { CONFIG_CHANGED, type ConfigChanged, type ConfigTopics } from '../revisions/config-changed.js';
import { entitlementsOf, numberSetting, type TenantSettings } from './tenant-settings.js';
import type { TenantSettingsRows } from './tenant-settings-store.js';

interface Held {
  revision: number;
  overlays: Overlays;
  quota: { free?: number | undefined; premium?: number | undefined };
  requestsPerMinute: number | undefined;
}

export class TenantOverlays implements OverlaySource {
  private readonly forceOff: ReadonlySet<string>;
  private readonly base: Overlays;
  private readonly tenants = new Map<string, Held>();
  private readonly listeners = new Set<(change: OverlayChange) => void>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    forceOff: readonly string[],
    private readonly store: Pick<TenantSettingsRows, 'find' | 'all'>,
    private readonly logger: Logger,
  ) {
    this.forceOff = new Set(forceOff);
    this.base = { forceOff: this.forceOff };
  }

  /** Reads every tenant's settings; before serving. */
  async load(): Promise<void> {
    for (const settings of await this.store.all()) this.hold(settings);
  }

  overlaysFor(tenantId: string): Overlays {
    return this.tenants.get(tenantId)?.overlays ?? this.base;
  }

  /** The tenant's own module quota for a plan, when its settings set one. */
  quotaFor(tenantId: string, plan: 'free' | 'premium'): number | undefined {
    return this.tenants.get(tenantId)?.quota[plan];
  }

  /** The tenant's API requests per minute per key, when its settings set one. */
  rateLimitFor(tenantId: string): number | undefined {
    return this.tenants.get(tenantId)?.requestsPerMinute;
  }

  onChange(listener: (change: OverlayChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the tenants whose settings a committed change names (this instance's writes and others'). */
  applyChange(event: ConfigChanged): Promise<void> {
    const ids = event.changes.filter((c) => c.targetType === 'tenantSettings').map((c) => c.key);
    if (ids.length === 0) return Promise.resolve();
    return this.serially(() => this.reread(ids));
  }

  /** Re-reads the tenants whose settings changed after a configuration revision (the poll's path). */
  rereadSince(
    configRevision: number,
    revisions: {
      changedSince(
        revision: number,
        limit: number,
      ): Promise<{ entityType: string; entityKey: string }[] | undefined>;
    },
  ): Promise<void> {
    return this.serially(async () => {
      const changed = await revisions.changedSince(configRevision, 10_000);
      // More than the limit changed: read every tenant again.
      const ids = changed
        ? changed.filter((c) => c.entityType === 'tenantSettings').map((c) => c.entityKey)
        : [...this.tenants.keys()];
      if (!changed)
        for (const settings of await this.store.all())
          if (!this.tenants.has(settings.tenantId)) ids.push(settings.tenantId);
      await this.reread(ids);
    });
  }

  /** One read after another, so a later read never lands before an earlier one; a failure stays its own. */
  private serially(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Keeps the cache current from `config.changed` on the bus (other instances' writes). */
  subscribe(bus: Subscriber<ConfigTopics>): void {
    bus.subscribe(CONFIG_CHANGED, (event) => {
      this.applyChange(event).catch((err: unknown) =>
        this.logger.warn({ err }, 'tenant settings refresh failed'),
      );
    });
  }

  // Called inside the queue only.
  private async reread(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const settings = await this.store.find(id);
      if (!settings) continue;
      const before = this.tenants.get(id);
      if (before && before.revision >= settings.revision) continue;
      const changed = this.hold(settings, before);
      if (changed.length > 0) this.emit({ tenants: [id], flags: changed, versioned: true });
    }
  }

  /** Stores a tenant's settings; returns the flag keys whose entitlement changed. */
  private hold(settings: TenantSettings, before?: Held): string[] {
    const entitlements = entitlementsOf(settings.content);
    const previous = before?.overlays.entitlements ?? new Map<string, boolean>();
    const changed = [...new Set([...entitlements.keys(), ...previous.keys()])].filter(
      (key) => entitlements.get(key) !== previous.get(key),
    );
    this.tenants.set(settings.tenantId, {
      revision: settings.revision,
      overlays: { forceOff: this.forceOff, entitlements },
      quota: {
        free: numberSetting(settings.content, 'moduleQuota.free'),
        premium: numberSetting(settings.content, 'moduleQuota.premium'),
      },
      requestsPerMinute: numberSetting(settings.content, 'rateLimit.requestsPerMinute'),
    });
    return changed;
  }

  private emit(change: OverlayChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
