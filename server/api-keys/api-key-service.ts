// Issues, lists, revokes and checks API keys; the secret leaves the server once, at creation. Creating and
// revoking are audited (with the key's tenant) in the same transaction as the change.

import type { AuditStore } from '../audit/audit-store.js';
import { ACCOUNT_CHANGED, type AccountChanged } from '../auth/account-changed.js';
import type { AccountDirectory } from '../auth/account-directory.js';
import type { ApiKeyViewer } from '../auth/viewer.js';
import type { Publisher } from '../platform/bus.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { TenantStore } from '../tenants/tenant-store.js';
import {
  API_KEY_SCOPES,
  type ApiKey,
  type ApiKeyScope,
  generateApiKeySecret,
  parseApiKeySecret,
  secretMatches,
} from './api-key.js';
import type { ApiKeyStore } from './api-key-store.js';

/** Runs `work` in one transaction with the key store and the audit trail bound to it. */
export type ApiKeyTransaction = <T>(
  work: (stores: {
    keys: Pick<ApiKeyStore, 'insert' | 'revoke'>;
    audit: Pick<AuditStore, 'insert'>;
  }) => Promise<T>,
) => Promise<T>;

/** Who asks, as the audit row records it. */
export interface KeyMeta {
  actor: string;
  /** The creating account (shown as the key's creator); null for a system or CLI caller. */
  userId: string | null;
  requestId: string;
}

/** Why a presented key was refused (metrics: API-key auth failures per tenant). */
export type KeyRefusal = {
  tenantId: string | null;
  reason: 'malformed' | 'unknown' | 'revoked' | 'mismatch';
};

const SYSTEM_META: KeyMeta = { actor: 'system', userId: null, requestId: 'system' };

// last_used_at is informative; writing it on every call would turn each read into a write.
const TOUCH_INTERVAL_MS = 60_000;

export class ApiKeyService {
  /** Told of every refused key; must not throw or block (the metric recorder only buffers). */
  onRefusal: ((refusal: KeyRefusal) => void) | undefined;

  constructor(
    private readonly store: ApiKeyStore,
    private readonly tenants: TenantStore,
    private readonly events: Publisher<{ [ACCOUNT_CHANGED]: AccountChanged }>,
    /** Who may call, from memory: keys are checked there, not read on every request. */
    private readonly directory: Pick<AccountDirectory, 'apiKeyByPrefix' | 'apiKeyById' | 'apply'>,
    private readonly logger: Logger,
    private readonly transact: ApiKeyTransaction,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(
    tenantId: string,
    name: string,
    /** Null for a key made outside the API (seeding, tests): audited as `system`. */
    given: KeyMeta | null,
    scopes: readonly ApiKeyScope[] = ['evaluate'],
  ): Promise<{ apiKey: ApiKey; secret: string }> {
    const meta = given ?? SYSTEM_META;
    const trimmed = name.trim();
    const issues = [];
    if (trimmed.length < 1 || trimmed.length > 100)
      issues.push({ path: 'name', message: 'must be 1 to 100 characters' });
    if (scopes.length === 0 || scopes.some((s) => !API_KEY_SCOPES.includes(s))) {
      issues.push({ path: 'scopes', message: `one or more of ${API_KEY_SCOPES.join(', ')}` });
    }
    if (issues.length > 0) throw validationFailed(issues);
    if (!(await this.tenants.findById(tenantId))) throw new AugurError('NOT_FOUND', 'Tenant not found');
    const { secret, prefix, digest } = generateApiKeySecret();
    const unique = [...new Set(scopes)];
    const apiKey = await this.transact(async ({ keys, audit }) => {
      const key = await keys.insert({
        tenantId,
        name: trimmed,
        prefix,
        digest,
        createdBy: meta.userId,
        scopes: unique,
      });
      await audit.insert({
        requestId: meta.requestId,
        actor: meta.actor,
        action: 'apiKey.create',
        targetType: 'apiKey',
        targetKey: key.id,
        status: 'success',
        details: { name: trimmed, prefix, scopes: unique },
        tenantId,
      });
      return key;
    });
    return { apiKey, secret };
  }

  list(tenantId: string): Promise<ApiKey[]> {
    return this.store.listByTenant(tenantId);
  }

  async revoke(tenantId: string, id: string, meta: KeyMeta): Promise<ApiKey> {
    const key = await this.transact(async ({ keys, audit }) => {
      const revoked = await keys.revoke(tenantId, id, this.now());
      if (!revoked) throw new AugurError('NOT_FOUND', 'API key not found');
      await audit.insert({
        requestId: meta.requestId,
        actor: meta.actor,
        action: 'apiKey.revoke',
        targetType: 'apiKey',
        targetKey: id,
        status: 'success',
        details: { name: revoked.name, prefix: revoked.prefix },
        tenantId,
      });
      return revoked;
    });
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
    if (!parsed) return this.refuse(null, 'malformed');
    const found = await this.directory.apiKeyByPrefix(parsed.prefix);
    if (!found) return this.refuse(null, 'unknown');
    if (!secretMatches(secret, found.digest)) return this.refuse(found.key.tenantId, 'mismatch');
    if (found.key.revokedAt !== null) return this.refuse(found.key.tenantId, 'revoked');
    const now = this.now();
    if (!found.key.lastUsedAt || now.getTime() - found.key.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      // Remembered in memory too, so the next calls skip the write; a failed write (database down) must
      // not fail a call that memory can answer.
      found.key.lastUsedAt = now;
      this.store.touch(found.key.id, now).catch((err: unknown) => {
        this.logger.warn({ err }, 'API key last-used time not written');
      });
    }
    return { kind: 'apiKey', apiKeyId: found.key.id, tenantId: found.key.tenantId, scopes: found.key.scopes };
  }

  private refuse(tenantId: string | null, reason: KeyRefusal['reason']): undefined {
    this.onRefusal?.({ tenantId, reason });
    return undefined;
  }
}
