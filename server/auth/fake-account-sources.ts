// In-memory accounts, API keys and change log behind AccountDirectory's sources, with an outage switch.
import type { ApiKey } from '../api-keys/api-key.js';
import type { AccountChangeLog, AccountChangeRow } from './account-change-store.js';
import type { AccountRef } from './account-changed.js';
import type { AccountSources, StoredApiKey } from './account-directory.js';
import type { User } from './user.js';

export class FakeAccountSources implements AccountSources {
  readonly usersById = new Map<string, User>();
  readonly keysByPrefix = new Map<string, StoredApiKey>();
  private readonly log: Array<AccountChangeRow & { at: number }> = [];
  /** While true every read fails as a database outage would. */
  down = false;
  /** Reads that reached the "database". */
  reads = 0;

  constructor(private readonly clock: () => number = () => Date.now()) {}

  readonly users = {
    findById: async (tenantId: string, id: string): Promise<User | undefined> => {
      this.read();
      const user = this.usersById.get(id);
      return user && user.tenantId === tenantId ? { ...user } : undefined;
    },
  };

  readonly apiKeys = {
    findByPrefix: async (prefix: string): Promise<StoredApiKey | undefined> => {
      this.read();
      const stored = this.keysByPrefix.get(prefix);
      return stored && { key: { ...stored.key }, digest: stored.digest };
    },
    findById: async (tenantId: string, id: string): Promise<ApiKey | undefined> => {
      this.read();
      const stored = [...this.keysByPrefix.values()].find((s) => s.key.id === id);
      return stored && stored.key.tenantId === tenantId ? { ...stored.key } : undefined;
    },
  };

  readonly changes: AccountChangeLog = {
    since: async (since) => {
      this.read();
      const rows = since ? this.log.filter((row) => row.at > since.getTime()) : [];
      return { now: new Date(this.clock()), changes: rows.map(({ at: _, ...row }) => row) };
    },
    prune: async (before) => {
      this.read();
      this.log.splice(0, this.log.findLastIndex((row) => row.at < before.getTime()) + 1);
    },
  };

  /** What the database triggers do: log that an account changed (the caller changes the maps itself). */
  logChange(tenantId: string, account: AccountRef): void {
    this.log.push({ id: this.log.length + 1, tenantId, account, at: this.clock() });
  }

  private read(): void {
    this.reads++;
    if (this.down)
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  }
}
