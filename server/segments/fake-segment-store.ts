// SegmentStore in memory, for service tests and createFakeServices.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import { type Segment, type SegmentContent, segmentContent } from './segment.js';
import type { SegmentStore } from './segment-store.js';

export class FakeSegmentStore implements SegmentStore, Restorable {
  private readonly table = new FakeTable<Segment>();
  /** The configuration revision that last wrote each row (changedSince reads it). */
  private readonly written = new FakeTable<number>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async find(key: string) {
    return this.table.get(key);
  }

  async findForUpdate(key: string) {
    return this.table.get(key);
  }

  async list() {
    return this.table.values().filter((s) => s.archivedAt === null);
  }

  async insert(key: string, content: SegmentContent, revision: number, configRevision: number) {
    this.written.set(key, configRevision);
    const at = this.now();
    return this.table.set(key, {
      ...segmentContent(content),
      key,
      revision,
      archivedAt: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  async update(key: string, content: SegmentContent, revision: number, configRevision: number) {
    this.written.set(key, configRevision);
    const current = this.table.get(key);
    if (!current) throw new Error(`segment ${key} is missing`);
    return this.table.set(key, { ...current, ...segmentContent(content), revision, updatedAt: this.now() });
  }

  async archive(key: string, revision: number, configRevision: number) {
    this.written.set(key, configRevision);
    const current = this.table.get(key);
    if (!current) throw new Error(`segment ${key} is missing`);
    const at = this.now();
    return this.table.set(key, { ...current, revision, archivedAt: at, updatedAt: at });
  }

  async changedSince(configRevision: number) {
    return this.table.values().filter((row) => (this.written.get(row.key) ?? 0) > configRevision);
  }

  save() {
    return { rows: this.table.save(), written: this.written.save() };
  }

  restore(saved: unknown) {
    const { rows, written } = saved as { rows: Map<string, Segment>; written: Map<string, number> };
    this.table.restore(rows);
    this.written.restore(written);
  }
}
