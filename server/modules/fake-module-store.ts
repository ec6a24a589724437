// ModuleStore in memory, for service tests and createFakeServices.
import type { Restorable } from '../revisions/fake-config-transactions.js';
import type { ModuleStore, NewRun, QuotaKey } from './module-store.js';

interface StoredRun extends NewRun {
  id: string;
  createdAt: Date;
}

interface Rows {
  quota: Map<string, number>;
  runs: StoredRun[];
}

const quotaKey = (k: QuotaKey) => JSON.stringify([k.tenantId, k.userId, k.module, k.day]);

export class FakeModuleStore implements ModuleStore, Restorable {
  private rows: Rows = { quota: new Map(), runs: [] };

  constructor(private readonly now: () => Date = () => new Date()) {}

  async consumeQuota(key: QuotaKey, limit: number) {
    const used = this.rows.quota.get(quotaKey(key)) ?? 0;
    if (used >= limit) return undefined;
    this.rows.quota.set(quotaKey(key), used + 1);
    return used + 1;
  }

  async insertRun(run: NewRun) {
    const stored = { ...structuredClone(run), id: crypto.randomUUID(), createdAt: this.now() };
    this.rows.runs.push(stored);
    return { id: stored.id, createdAt: stored.createdAt };
  }

  async usedToday(tenantId: string, userId: string, day: string) {
    const used = new Map<string, number>();
    for (const [key, count] of this.rows.quota) {
      const [t, u, module, d] = JSON.parse(key) as string[];
      if (t === tenantId && u === userId && d === day && module) used.set(module, count);
    }
    return used;
  }

  /** The stored runs of a tenant, oldest first (for assertions). */
  runsOf(tenantId: string): StoredRun[] {
    return structuredClone(this.rows.runs.filter((r) => r.tenantId === tenantId));
  }

  save() {
    return structuredClone(this.rows);
  }

  restore(saved: unknown) {
    this.rows = structuredClone(saved as Rows);
  }
}
