// Release plans in memory, for service unit tests: the same rows as release-plan-store.ts.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import type { PlanContent, ReleasePlan } from './release-plan.js';
import type { ReleasePlanRows } from './release-plan-store.js';

export class FakeReleasePlanStore implements ReleasePlanRows, Restorable {
  private readonly table = new FakeTable<ReleasePlan>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async find(flagKey: string) {
    return this.table.get(flagKey);
  }

  async live() {
    return this.table.values().filter((p) => p.archivedAt === null);
  }

  async findForUpdate(flagKey: string) {
    return this.table.get(flagKey);
  }

  async insert(flagKey: string, content: PlanContent, revision: number) {
    const at = this.now();
    return this.table.set(flagKey, {
      ...content,
      flagKey,
      revision,
      archivedAt: null,
      createdAt: at,
      updatedAt: at,
    });
  }

  async update(flagKey: string, content: PlanContent, revision: number) {
    const before = this.table.get(flagKey);
    const at = this.now();
    return this.table.set(flagKey, {
      ...content,
      flagKey,
      revision,
      archivedAt: null,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    });
  }

  async archive(flagKey: string, revision: number) {
    const before = this.table.get(flagKey);
    if (!before) throw new Error(`release plan ${flagKey} is missing`);
    return this.table.set(flagKey, { ...before, revision, archivedAt: this.now(), updatedAt: this.now() });
  }

  save() {
    return this.table.save();
  }

  restore(saved: unknown) {
    this.table.restore(saved as Map<string, ReleasePlan>);
  }
}
