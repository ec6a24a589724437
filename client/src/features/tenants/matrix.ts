// The entitlements matrix as rows and columns: every flag any tenant lists, by key, and each tenant's cell.
import type { EntitlementState, Gate } from './entitlement-words';
import { sortTenants } from './tenants-query';

interface TenantWithSettings {
  id: string;
  slug: string;
  name: string;
  kind: 'OPERATOR' | 'CUSTOMER';
  settings?: {
    version: number;
    entitlements: readonly { flagKey: string; state: EntitlementState; gate?: Gate | null }[];
  } | null;
}

export interface Cell {
  state: EntitlementState;
  gate: Gate | null;
}

export function matrixOf<T extends TenantWithSettings>(tenants: readonly T[]) {
  const sorted = sortTenants(tenants) as T[];
  const cells = new Map<string, Cell>();
  const flags = new Set<string>();
  for (const t of sorted) {
    for (const e of t.settings?.entitlements ?? []) {
      flags.add(e.flagKey);
      cells.set(`${t.id}\u0000${e.flagKey}`, { state: e.state, gate: e.gate ?? null });
    }
  }
  return {
    tenants: sorted,
    flags: [...flags].sort(),
    /** Undefined when the tenant's settings could not be read (or it lists no such flag). */
    cell: (tenantId: string, flagKey: string) => cells.get(`${tenantId}\u0000${flagKey}`),
  };
}
