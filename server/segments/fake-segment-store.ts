// SegmentStore in memory, for service tests and createFakeServices.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import { type Segment, type SegmentContent, segmentContent } from './segment.js';
import type { SegmentStore } from './segment-store.js';

export class FakeSegmentStore implements SegmentStore, Restorable {
  private readonly table = new FakeTable<Segment>();

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

  async insert(key: string, content: SegmentContent, revision: number, _configRevision: number) {
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

  async update(key: string, content: SegmentContent, revision: number, _configRevision: number) {
    const current = this.table.get(key);
    if (!current) throw new Error(`segment ${key} is missing`);
    return this.table.set(key, { ...current, ...segmentContent(content), revision, updatedAt: this.now() });
  }

  async archive(key: string, revision: number, _configRevision: number) {
    const current = this.table.get(key);
    if (!current) throw new Error(`segment ${key} is missing`);
    const at = this.now();
    return this.table.set(key, { ...current, revision, archivedAt: at, updatedAt: at });
  }

  save() {
    return this.table.save();
  }

  restore(saved: unknown) {
    this.table.restore(saved as Map<string, Segment>);
  }
}
