// The only Kysely code for API keys.
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { ApiKeysTable } from '../platform/db-types.js';
import type { ApiKey, ApiKeyScope } from './api-key.js';

const toApiKey = (row: Selectable<ApiKeysTable>): ApiKey => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  scopes: row.scopes as ApiKeyScope[],
  createdBy: row.created_by,
  prefix: row.prefix,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
  lastUsedAt: row.last_used_at,
});

export class ApiKeyStore {
  constructor(private readonly db: Db) {}

  async insert(key: {
    tenantId: string;
    name: string;
    prefix: string;
    digest: string;
    createdBy: string | null;
    scopes: readonly ApiKeyScope[];
  }): Promise<ApiKey> {
    const row = await this.db
      .insertInto('api_keys')
      .values({
        tenant_id: key.tenantId,
        name: key.name,
        prefix: key.prefix,
        secret_hash: key.digest,
        created_by: key.createdBy,
        scopes: [...key.scopes],
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toApiKey(row);
  }

  async listByTenant(tenantId: string): Promise<ApiKey[]> {
    const rows = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(toApiKey);
  }

  async findById(tenantId: string, id: string): Promise<ApiKey | undefined> {
    const row = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toApiKey(row);
  }

  /** The key with this prefix (revoked or not) and its stored digest. */
  async findByPrefix(prefix: string): Promise<{ key: ApiKey; digest: string } | undefined> {
    const row = await this.db
      .selectFrom('api_keys')
      .selectAll()
      .where('prefix', '=', prefix)
      .executeTakeFirst();
    return row && { key: toApiKey(row), digest: row.secret_hash };
  }

  async revoke(tenantId: string, id: string, at: Date): Promise<ApiKey | undefined> {
    const row = await this.db
      .updateTable('api_keys')
      .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row && toApiKey(row);
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}
