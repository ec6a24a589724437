// The `config.changed` topic: published once per committed configuration transaction, never for a rolled-back one.
import type { AuditAction } from '../audit/audit-event.js';
import type { EntityType } from './revision.js';

/** One entity written by the transaction. */
export interface EntityChange {
  targetType: EntityType;
  key: string;
  action: AuditAction;
  revision: number;
  summary: string;
}

/** What a change can alter in evaluation; subscribers re-evaluate only what it names. */
export interface Touched {
  flags: string[];
  segments: string[];
  /** Tenants whose results can differ: 'all' for global configuration. */
  tenants: 'all' | string[];
}

export interface ConfigChanged {
  /** The one configuration revision the transaction moved to. */
  configRevision: number;
  actor: string;
  at: string;
  changes: EntityChange[];
  touched: Touched;
}

export const CONFIG_CHANGED = 'config.changed';

/** The topic as the bus declares it (the app's topic map includes it). */
export type ConfigTopics = { [CONFIG_CHANGED]: ConfigChanged };

/** What entity changes touch, for the kinds the engine reads today. */
export function touchedBy(changes: readonly EntityChange[]): Touched {
  return {
    flags: changes.filter((c) => c.targetType === 'flag').map((c) => c.key),
    segments: changes.filter((c) => c.targetType === 'segment').map((c) => c.key),
    // Global configuration reaches every tenant; a tenant's settings only that tenant.
    tenants: changes.some((c) => c.targetType !== 'tenantSettings') ? 'all' : changes.map((c) => c.key),
  };
}
