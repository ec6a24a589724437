// Tenant settings in memory, for service unit tests: the same rows as tenant-settings-store.ts.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import type { Tenant } from './tenant.js';
import type { SettingsContent, TenantSettings } from './tenant-settings.js';
import type { TenantSettingsRows } from './tenant-settings-store.js';

export class FakeTenantSettingsStore implements TenantSettingsRows, Restorable {
  private readonly table = new FakeTable<TenantSettings>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async find(tenantId: string) {
    return this.table.get(tenantId);
  }

  async all() {
    return this.table.values();
  }

  async findForUpdate(tenantId: string) {
    return this.table.get(tenantId);
  }

  async update(tenantId: string, content: SettingsContent, revision: number) {
    return this.table.set(tenantId, { tenantId, revision, content });
  }

  async insertTenant(
    tenant: Pick<Tenant, 'id' | 'slug' | 'name'>,
    content: SettingsContent,
  ): Promise<Tenant> {
    this.table.set(tenant.id, { tenantId: tenant.id, revision: 1, content });
    return { ...tenant, kind: 'customer', createdAt: this.now() };
  }

  save() {
    return this.table.save();
  }

  restore(saved: unknown) {
    this.table.restore(saved as Map<string, TenantSettings>);
  }
}
