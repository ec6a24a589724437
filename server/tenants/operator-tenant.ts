// Which tenant is the operator (the company running Augur): resolved once at start, then read from memory.
import type { TenantStore } from './tenant-store.js';

export class OperatorTenant {
  private resolved: string | undefined;

  /** The operator tenant's id; undefined only before start-up resolved it (no staff scopes then). */
  get id(): string | undefined {
    return this.resolved;
  }

  /** Creates the operator tenant with this slug unless one exists; the existing one wins. */
  async resolve(tenants: Pick<TenantStore, 'ensureOperator'>, slug: string): Promise<string> {
    this.resolved = (await tenants.ensureOperator(slug, slug === 'demo' ? 'Demo' : 'Operator')).id;
    return this.resolved;
  }

  /** Whether a tenant id is the operator's (false before start-up resolved it). */
  is(tenantId: string): boolean {
    return this.resolved !== undefined && tenantId === this.resolved;
  }
}
