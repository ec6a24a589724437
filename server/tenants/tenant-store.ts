// The only Kysely code for tenants.
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { TenantsTable } from '../platform/db-types.js';
import type { Tenant } from './tenant.js';

const toTenant = (row: Pick<Selectable<TenantsTable>, 'id' | 'slug' | 'name' | 'created_at'>): Tenant => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  createdAt: row.created_at,
});

export class TenantStore {
  constructor(private readonly db: Db) {}

  async findById(id: string): Promise<Tenant | undefined> {
    const row = await this.db
      .selectFrom('tenants')
      .select(['id', 'slug', 'name', 'created_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toTenant(row);
  }

  async list(): Promise<Tenant[]> {
    const rows = await this.db
      .selectFrom('tenants')
      .select(['id', 'slug', 'name', 'created_at'])
      .orderBy('slug')
      .execute();
    return rows.map(toTenant);
  }

  async findBySlug(slug: string): Promise<Tenant | undefined> {
    const row = await this.db
      .selectFrom('tenants')
      .select(['id', 'slug', 'name', 'created_at'])
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toTenant(row);
  }

  /** Creates the tenant unless its slug exists; returns the stored row either way. */
  async ensure(slug: string, name: string): Promise<Tenant> {
    await this.db
      .insertInto('tenants')
      .values({ slug, name })
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
    const tenant = await this.findBySlug(slug);
    if (!tenant) throw new Error(`tenant ${slug} vanished after insert`);
    return tenant;
  }
}
