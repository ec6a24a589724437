// FlagStore in memory, for service tests and createFakeServices.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import { type Flag, type FlagContent, flagContent } from './flag.js';
import type { FlagListFilter, FlagStore } from './flag-store.js';

export class FakeFlagStore implements FlagStore, Restorable {
  private readonly table = new FakeTable<Flag>();
  /** The configuration revision that last wrote each row (changedSince reads it). */
  private readonly written = new FakeTable<number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async find(key: string) {
    return this.table.get(key);
  }

  async findForUpdate(key: string) {
    return this.table.get(key);
  }

  async all() {
    return this.table.values();
  }

  async liveByKeys(keys: readonly string[]) {
    const wanted = new Set(keys);
    return this.table.values().filter((f) => f.archivedAt === null && wanted.has(f.key));
  }

  async liveDependentsOf(key: string) {
    return this.table
      .values()
      .filter((f) => f.archivedAt === null && f.prerequisites.some((p) => p.flagKey === key));
  }

  async live() {
    return this.table.values().filter((f) => f.archivedAt === null);
  }

  async list(filter: FlagListFilter, limit: number, after: string | undefined) {
    const search = filter.search?.toLowerCase();
    return this.table
      .values()
      .filter((f) => filter.includeArchived || f.archivedAt === null)
      .filter((f) => filter.enabled === undefined || f.enabled === filter.enabled)
      .filter(
        (f) =>
          !search || f.key.toLowerCase().includes(search) || f.description.toLowerCase().includes(search),
      )
      .filter((f) => after === undefined || f.key > after)
      .slice(0, limit);
  }

  async insert(key: string, content: FlagContent, revision: number, configRevision: number) {
    this.written.set(key, configRevision);
    const at = this.now();
    return this.table.set(key, {
      ...flagContent(content),
      key,
      revision,
      archivedAt: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  async update(key: string, content: FlagContent, revision: number, configRevision: number) {
    this.written.set(key, configRevision);
    const current = this.existing(key);
    return this.table.set(key, {
      ...current,
      ...flagContent(content),
      revision,
      archivedAt: null,
      updatedAt: this.now(),
    });
  }

  async archive(key: string, revision: number, configRevision: number) {
    this.written.set(key, configRevision);
    const at = this.now();
    return this.table.set(key, { ...this.existing(key), revision, archivedAt: at, updatedAt: at });
  }

  async changedSince(configRevision: number) {
    return this.table.values().filter((row) => (this.written.get(row.key) ?? 0) > configRevision);
  }

  save() {
    return { rows: this.table.save(), written: this.written.save() };
  }

  restore(saved: unknown) {
    const { rows, written } = saved as { rows: Map<string, Flag>; written: Map<string, number> };
    this.table.restore(rows);
    this.written.restore(written);
  }

  private existing(key: string): Flag {
    const flag = this.table.get(key);
    if (!flag) throw new Error(`flag ${key} is missing`);
    return flag;
  }
}
