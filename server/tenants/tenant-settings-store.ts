// The only Kysely code for tenant settings (the `settings` and `settings_version` columns of tenants).
import type { Db } from '../platform/db.js';
import { isUuid } from '../platform/text.js';
import type { EntityRows } from '../revisions/versioned-entity.js';
import type { Tenant } from './tenant.js';
import type { SettingsContent, TenantSettings } from './tenant-settings.js';

const toSettings = (row: { id: string; settings: unknown; settings_version: number }): TenantSettings => ({
  tenantId: row.id,
  revision: row.settings_version,
  content: (row.settings ?? {}) as SettingsContent,
});

/** What the writer and the overlay cache need of tenant settings (Pg below, in memory beside it). */
export interface TenantSettingsRows extends EntityRows<TenantSettings, SettingsContent> {
  find(tenantId: string): Promise<TenantSettings | undefined>;
  all(): Promise<TenantSettings[]>;
  insertTenant(tenant: Pick<Tenant, 'id' | 'slug' | 'name'>, content: SettingsContent): Promise<Tenant>;
}

export class TenantSettingsStore implements TenantSettingsRows {
  constructor(private readonly db: Db) {}

  async find(tenantId: string): Promise<TenantSettings | undefined> {
    if (!isUuid(tenantId)) return undefined;
    const row = await this.db
      .selectFrom('tenants')
      .select(['id', 'settings', 'settings_version'])
      .where('id', '=', tenantId)
      .executeTakeFirst();
    return row && toSettings(row);
  }

  /** Every tenant's settings (the overlay cache's first load). */
  async all(): Promise<TenantSettings[]> {
    const rows = await this.db.selectFrom('tenants').select(['id', 'settings', 'settings_version']).execute();
    return rows.map(toSettings);
  }

  async findForUpdate(tenantId: string): Promise<TenantSettings | undefined> {
    if (!isUuid(tenantId)) return undefined;
    const row = await this.db
      .selectFrom('tenants')
      .select(['id', 'settings', 'settings_version'])
      .where('id', '=', tenantId)
      .forUpdate()
      .executeTakeFirst();
    return row && toSettings(row);
  }

  async update(tenantId: string, content: SettingsContent, revision: number): Promise<TenantSettings> {
    const row = await this.db
      .updateTable('tenants')
      .set({ settings: JSON.stringify(content), settings_version: revision })
      .where('id', '=', tenantId)
      .returning(['id', 'settings', 'settings_version'])
      .executeTakeFirstOrThrow();
    return toSettings(row);
  }

  /** A new customer tenant with its first settings (createTenant, inside the writer's transaction). */
  async insertTenant(
    tenant: Pick<Tenant, 'id' | 'slug' | 'name'>,
    content: SettingsContent,
  ): Promise<Tenant> {
    const row = await this.db
      .insertInto('tenants')
      .values({
        id: tenant.id,
        slug: tenant.slug,
        name: tenant.name,
        settings: JSON.stringify(content),
        settings_version: 1,
      })
      .returning(['id', 'slug', 'name', 'kind', 'created_at'])
      .executeTakeFirstOrThrow();
    return { id: row.id, slug: row.slug, name: row.name, kind: row.kind, createdAt: row.created_at };
  }
}
