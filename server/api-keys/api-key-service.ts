// Issues, lists, revokes and checks API keys; the secret leaves the server once, at creation.

import { ACCOUNT_CHANGED, type AccountChanged } from '../auth/account-changed.js';
import type { AccountDirectory } from '../auth/account-directory.js';
import type { ApiKeyViewer } from '../auth/viewer.js';
import type { Publisher } from '../platform/bus.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { TenantStore } from '../tenants/tenant-store.js';
import { type ApiKey, generateApiKeySecret, parseApiKeySecret, secretMatches } from './api-key.js';
import type { ApiKeyStore } from './api-key-store.js';

// last_used_at is informative; writing it on every call would turn each read into a write.
const TOUCH_INTERVAL_MS = 60_000;

export class ApiKeyService {
  constructor(
    private readonly store: ApiKeyStore,
    private readonly tenants: TenantStore,
    private readonly events: Publisher<{ [ACCOUNT_CHANGED]: AccountChanged }>,
    /** Who may call, from memory: keys are checked there, not read on every request. */
    private readonly directory: Pick<AccountDirectory, 'apiKeyByPrefix' | 'apiKeyById' | 'apply'>,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(
    tenantId: string,
    name: string,
    createdBy: string | null,
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 100) {
      throw validationFailed([{ path: 'name', message: 'must be 1 to 100 characters' }]);
    }
    if (!(await this.tenants.findById(tenantId))) throw new AugurError('NOT_FOUND', 'Tenant not found');
    const { secret, prefix, digest } = generateApiKeySecret();
    const apiKey = await this.store.insert({ tenantId, name: trimmed, prefix, digest, createdBy });
    return { apiKey, secret };
  }

  list(tenantId: string): Promise<ApiKey[]> {
    return this.store.listByTenant(tenantId);
  }

  async revoke(tenantId: string, id: string): Promise<ApiKey> {
    const key = await this.store.revoke(tenantId, id, this.now());
    if (!key) throw new AugurError('NOT_FOUND', 'API key not found');
    // This instance refuses the key before the mutation answers (an event through Redis would arrive
    // later); open streams of this key end now, on every instance.
    await this.directory.apply(tenantId, { kind: 'apiKey', apiKeyId: id });
    this.events.publish(ACCOUNT_CHANGED, {
      account: { kind: 'apiKey', apiKeyId: id },
      tenantId,
      at: this.now().toISOString(),
    });
    return key;
  }

  async isActive(tenantId: string, id: string): Promise<boolean> {
    const key = await this.directory.apiKeyById(tenantId, id);
    return key !== undefined && key.revokedAt === null;
  }

  async findById(tenantId: string, id: string): Promise<ApiKey | undefined> {
    return this.store.findById(tenantId, id);
  }

  /** The viewer for a presented secret, or undefined when it is malformed, unknown or revoked. */
  async authenticate(secret: string): Promise<ApiKeyViewer | undefined> {
    const parsed = parseApiKeySecret(secret);
    if (!parsed) return undefined;
    const found = await this.directory.apiKeyByPrefix(parsed.prefix);
    if (!found || found.key.revokedAt !== null || !secretMatches(secret, found.digest)) return undefined;
    const now = this.now();
    if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      // Remembered in memory too, so the next calls skip the write; a failed write (database down) must
      // not fail a call that memory can answer.
      found.key.lastUsedAt = now;
      this.store.touch(found.key.id, now).catch((err: unknown) => {
        this.logger.warn({ err }, 'API key last-used time not written');
      });
    }
    return { kind: 'apiKey', apiKeyId: found.key.id, tenantId: found.key.tenantId };
  }
}
