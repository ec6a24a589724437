// Who may call, held in memory: the accounts and API keys seen so far, kept current by `account.changed`
// events and by polling the account_changes log, so requests and open streams are authorised without a
// database read, and keep being authorised while the database is down.
import { LRUCache } from 'lru-cache';
import type { ApiKey } from '../api-keys/api-key.js';
import type { Subscriber } from '../platform/bus.js';
import type { Logger } from '../platform/logger.js';
import { isUuid } from '../platform/text.js';
import type { AccountChangeLog } from './account-change-store.js';
import { ACCOUNT_CHANGED, type AccountChanged, type AccountRef } from './account-changed.js';
import type { User } from './user.js';

/** An API key with the digest its secret is checked against. */
export interface StoredApiKey {
  key: ApiKey;
  digest: string;
}

export interface AccountSources {
  users: { findById(tenantId: string, id: string): Promise<User | undefined> };
  apiKeys: {
    findByPrefix(prefix: string): Promise<StoredApiKey | undefined>;
    findById(tenantId: string, id: string): Promise<ApiKey | undefined>;
  };
  changes: AccountChangeLog;
}

export interface AccountDirectoryOptions {
  /** How often the change log is read (it catches what no event brought: another instance, SQL by hand). */
  pollMs: number;
  /** Entries kept; the least recently used go first and are read again on their next use. */
  maxEntries: number;
  logger: Logger;
}

/** A change row may become visible up to this long after its timestamp (its transaction commits later). */
const POLL_OVERLAP_MS = 5_000;
const PRUNE_EVERY_MS = 10 * 60_000;
const KEEP_CHANGES_MS = 24 * 60 * 60_000;

type Listener = (account: AccountRef) => void;

export class AccountDirectory {
  /** By `tenantId/userId`; null remembers an account that does not exist (its signed token still arrives). */
  private readonly users: LRUCache<string, { user: User | null }>;
  private readonly keysByPrefix: LRUCache<string, StoredApiKey>;
  private readonly prefixById: LRUCache<string, string>;
  private readonly listeners = new Set<Listener>();
  /** Bumped by every change: a read that started before one must not be cached (it may be stale). */
  private epoch = 0;
  private cursor: Date | undefined;
  private readonly seen = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private lastPrune = Date.now();
  private failing = false;
  private polling: Promise<void> | undefined;

  constructor(
    private readonly sources: AccountSources,
    bus: Subscriber<{ [ACCOUNT_CHANGED]: AccountChanged }>,
    private readonly options: AccountDirectoryOptions,
  ) {
    this.users = new LRUCache({ max: options.maxEntries });
    this.keysByPrefix = new LRUCache({ max: options.maxEntries });
    this.prefixById = new LRUCache({ max: options.maxEntries });
    bus.subscribe(ACCOUNT_CHANGED, (event) => void this.apply(event.tenantId, event.account));
  }

  /** Reads the log's clock (so only later changes are replayed) and starts polling. */
  async start(): Promise<void> {
    this.cursor = (await this.sources.changes.since(undefined)).now;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Called after an account or key changed and its entry was re-read (open streams re-check then). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The account, from memory when seen before; undefined when it does not exist. */
  async user(tenantId: string, userId: string): Promise<User | undefined> {
    if (!isUuid(tenantId) || !isUuid(userId)) return undefined;
    const id = `${tenantId}/${userId}`;
    const held = this.users.get(id);
    if (held) return held.user ?? undefined;
    const epoch = this.epoch;
    const user = await this.sources.users.findById(tenantId, userId);
    if (epoch === this.epoch) this.users.set(id, { user: user ?? null });
    return user;
  }

  /** The key with this prefix (revoked ones too), from memory when seen before. */
  async apiKeyByPrefix(prefix: string): Promise<StoredApiKey | undefined> {
    const held = this.keysByPrefix.get(prefix);
    if (held) return held;
    const epoch = this.epoch;
    const stored = await this.sources.apiKeys.findByPrefix(prefix);
    // Unknown prefixes are not remembered: anyone can send any number of them.
    if (stored && epoch === this.epoch) this.remember(stored);
    return stored;
  }

  async apiKeyById(tenantId: string, id: string): Promise<ApiKey | undefined> {
    const prefix = this.prefixById.get(id);
    const held = prefix ? this.keysByPrefix.get(prefix) : undefined;
    if (held) return held.key.tenantId === tenantId ? held.key : undefined;
    return this.sources.apiKeys.findById(tenantId, id);
  }

  /** Forgets what is held for the account, re-reads it, then tells the listeners. */
  async apply(tenantId: string, account: AccountRef): Promise<void> {
    this.epoch++;
    try {
      if (account.kind === 'user') {
        const id = `${tenantId}/${account.userId}`;
        if (this.users.delete(id)) await this.user(tenantId, account.userId);
      } else {
        const prefix = this.prefixById.get(account.apiKeyId);
        if (prefix && this.keysByPrefix.delete(prefix)) await this.apiKeyByPrefix(prefix);
      }
    } catch (err) {
      // The entry stays forgotten: the next use reads it again rather than trusting what changed.
      this.options.logger.warn({ err }, 'changed account could not be re-read');
    }
    for (const listener of this.listeners) listener(account);
  }

  /** One read of the change log; concurrent calls share it. */
  poll(): Promise<void> {
    this.polling ??= this.readChanges().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async readChanges(): Promise<void> {
    const since = this.cursor && new Date(this.cursor.getTime() - POLL_OVERLAP_MS);
    try {
      const { now, changes } = await this.sources.changes.since(since);
      this.cursor = now;
      for (const change of changes) {
        if (this.seen.has(change.id)) continue;
        this.seen.set(change.id, now.getTime());
        await this.apply(change.tenantId, change.account);
      }
      for (const [id, at] of this.seen) if (at < now.getTime() - 2 * POLL_OVERLAP_MS) this.seen.delete(id);
      if (this.failing) this.options.logger.info('account changes readable again');
      this.failing = false;
      if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await this.sources.changes.prune(new Date(now.getTime() - KEEP_CHANGES_MS));
      }
    } catch (err) {
      if (!this.failing) this.options.logger.warn({ err }, 'account changes unreadable: serving from memory');
      this.failing = true;
    }
  }

  private remember(stored: StoredApiKey): void {
    this.keysByPrefix.set(stored.key.prefix, stored);
    this.prefixById.set(stored.key.id, stored.key.prefix);
  }
}
