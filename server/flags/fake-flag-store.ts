// FlagStore in memory, for service tests and createFakeServices.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import { type Flag, type FlagContent, flagContent } from './flag.js';
import type { FlagListFilter, FlagStore } from './flag-store.js';

export class FakeFlagStore implements FlagStore, Restorable {
  private readonly table = new FakeTable<Flag>();

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

  async insert(key: string, content: FlagContent, revision: number, _configRevision: number) {
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

  async update(key: string, content: FlagContent, revision: number, _configRevision: number) {
    const current = this.existing(key);
    return this.table.set(key, {
      ...current,
      ...flagContent(content),
      revision,
      archivedAt: null,
      updatedAt: this.now(),
    });
  }

  async archive(key: string, revision: number, _configRevision: number) {
    const at = this.now();
    return this.table.set(key, { ...this.existing(key), revision, archivedAt: at, updatedAt: at });
  }

  save() {
    return this.table.save();
  }

  restore(saved: unknown) {
    this.table.restore(saved as Map<string, Flag>);
  }

  private existing(key: string): Flag {
    const flag = this.table.get(key);
    if (!flag) throw new Error(`flag ${key} is missing`);
    return flag;
  }
}
