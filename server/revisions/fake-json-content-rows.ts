// JsonContentRows in memory, for service unit tests: the same rows as json-content-rows.ts.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from './fake-config-transactions.js';
import type { JsonContentRows, RowMeta } from './json-content-rows.js';

export class FakeJsonContentRows<E extends RowMeta, C> implements JsonContentRows<E, C>, Restorable {
  private readonly table = new FakeTable<E>();

  constructor(
    private readonly toEntity: (key: string, content: C, meta: RowMeta) => E,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async find(key: string) {
    return this.table.get(key);
  }

  async findForUpdate(key: string) {
    return this.table.get(key);
  }

  async live() {
    return this.list(false);
  }

  async list(includeArchived = false) {
    return this.table.values().filter((e) => includeArchived || e.archivedAt === null);
  }

  async insert(key: string, content: C, revision: number) {
    const at = this.now();
    return this.table.set(
      key,
      this.toEntity(key, content, { revision, archivedAt: null, createdAt: at, updatedAt: at }),
    );
  }

  async update(key: string, content: C, revision: number) {
    const at = this.now();
    const createdAt = this.table.get(key)?.createdAt ?? at;
    return this.table.set(
      key,
      this.toEntity(key, content, { revision, archivedAt: null, createdAt, updatedAt: at }),
    );
  }

  async archive(key: string, revision: number) {
    const before = this.table.get(key);
    if (!before) throw new Error(`${key} is missing`);
    const at = this.now();
    return this.table.set(key, { ...before, revision, archivedAt: at, updatedAt: at });
  }

  save() {
    return this.table.save();
  }

  restore(saved: unknown) {
    this.table.restore(saved as Map<string, E>);
  }
}
