// The only Kysely code for tenants (their settings are read and written by tenant-settings-store.ts).
import { sql } from 'kysely';
import type { Db } from '../platform/db.js';
import { isUuid } from '../platform/text.js';
import type { Tenant } from './tenant.js';

const COLUMNS = ['id', 'slug', 'name', 'kind', 'created_at'] as const;

const toTenant = (row: {
  id: string;
  slug: string;
  name: string;
  kind: Tenant['kind'];
  created_at: Date;
}): Tenant => ({ id: row.id, slug: row.slug, name: row.name, kind: row.kind, createdAt: row.created_at });

export class TenantStore {
  constructor(private readonly db: Db) {}

  async findById(id: string): Promise<Tenant | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.selectFrom('tenants').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && toTenant(row);
  }

  async list(): Promise<Tenant[]> {
    const rows = await this.db.selectFrom('tenants').select(COLUMNS).orderBy('slug').execute();
    return rows.map(toTenant);
  }

  async findBySlug(slug: string): Promise<Tenant | undefined> {
    const row = await this.db
      .selectFrom('tenants')
      .select(COLUMNS)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toTenant(row);
  }

  async findOperator(): Promise<Tenant | undefined> {
    const row = await this.db
      .selectFrom('tenants')
      .select(COLUMNS)
      .where('kind', '=', 'operator')
      .executeTakeFirst();
    return row && toTenant(row);
  }

  /** Creates a customer tenant unless its slug exists; returns the stored row either way. */
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

  /**
   * The operator tenant: the existing one, else the tenant with this slug made operator (it must hold no
   * tenant_admin), else a new one. Safe to race: at most one operator row can exist (unique index).
   */
  async ensureOperator(slug: string, name: string): Promise<Tenant> {
    const existing = await this.findOperator();
    if (existing) return existing;
    await sql`
      insert into tenants (slug, name, kind) values (${slug}, ${name}, 'operator')
      on conflict do nothing`.execute(this.db);
    await sql`
      update tenants set kind = 'operator'
      where slug = ${slug} and not exists (select 1 from tenants where kind = 'operator')`.execute(this.db);
    const operator = await this.findOperator();
    if (!operator) throw new Error(`no operator tenant after creating ${slug}`);
    return operator;
  }
}
