// Where evaluation's overlays come from: the environment gate for everyone, and per tenant its entitlements
// and guard state. The one evaluator asks for a tenant's overlays on every evaluation, from memory.
import type { Overlays } from '../evaluation/definitions.js';

/** What an overlay change can alter: subscribers outside it are not re-evaluated. */
export interface OverlayChange {
  tenants: 'all' | readonly string[];
  flags: 'all' | readonly string[];
  /** The change is recorded as a configuration revision (entitlements): replay can rebuild it. */
  versioned?: boolean;
}

export interface OverlaySource {
  /** The overlays in force for a tenant; synchronous and allocation-free on the hot path. */
  overlaysFor(tenantId: string): Overlays;
  /** Called after each change, once the new overlays are in force. */
  onChange(listener: (change: OverlayChange) => void): () => void;
}

/** AUGUR_FORCE_OFF only: the same overlays for every tenant, never changing while the process runs. */
export class EnvironmentGate implements OverlaySource {
  private readonly overlays: Overlays;

  constructor(forceOff: readonly string[]) {
    this.overlays = { forceOff: new Set(forceOff) };
  }

  overlaysFor(): Overlays {
    return this.overlays;
  }

  onChange(): () => void {
    return () => undefined;
  }
}
