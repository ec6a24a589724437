// The in-memory overlay source that stands in for tenant entitlements and guards until their own slices land:
// tests (and the model-based realtime test) set entitlements and trip guards through it.
import type { Overlays } from '../evaluation/definitions.js';
import type { OverlayChange, OverlaySource } from './overlay-source.js';

export class FakeOverlaySource implements OverlaySource {
  private readonly forceOff: ReadonlySet<string>;
  private readonly entitlements = new Map<string, Map<string, boolean>>();
  private readonly openGuards = new Set<string>();
  private readonly cache = new Map<string, Overlays>();
  private readonly listeners = new Set<(change: OverlayChange) => void>();

  constructor(forceOff: readonly string[] = []) {
    this.forceOff = new Set(forceOff);
  }

  overlaysFor(tenantId: string): Overlays {
    let overlays = this.cache.get(tenantId);
    if (!overlays) {
      overlays = {
        forceOff: this.forceOff,
        openGuards: new Set(this.openGuards),
        entitlements: new Map(this.entitlements.get(tenantId) ?? []),
      };
      this.cache.set(tenantId, overlays);
    }
    return overlays;
  }

  onChange(listener: (change: OverlayChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `feature.<flagKey>` for one tenant: false turns the flag off there, undefined inherits. */
  setEntitlement(tenantId: string, flagKey: string, entitled: boolean | undefined): void {
    const own = this.entitlements.get(tenantId) ?? new Map<string, boolean>();
    if (entitled === undefined) own.delete(flagKey);
    else own.set(flagKey, entitled);
    this.entitlements.set(tenantId, own);
    this.cache.delete(tenantId);
    this.emit({ tenants: [tenantId], flags: [flagKey] });
  }

  /** Trips (open) or resets (closed) a flag's guard for every tenant. */
  setGuard(flagKey: string, open: boolean): void {
    if (open) this.openGuards.add(flagKey);
    else this.openGuards.delete(flagKey);
    this.cache.clear();
    this.emit({ tenants: 'all', flags: [flagKey] });
  }

  private emit(change: OverlayChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
