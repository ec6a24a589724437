// RevisionStore and ConfigStateStore in memory, for service tests and createFakeServices.
import type { ConfigStateStore } from './config-state-store.js';
import type { Restorable } from './fake-config-transactions.js';
import type { EntityType, Revision } from './revision.js';
import type { EntityRef, RevisionStore } from './revision-store.js';

export class FakeRevisionStore implements RevisionStore, Restorable {
  private rows: Revision[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  async insert(revision: Omit<Revision, 'createdAt'>) {
    const taken = this.rows.some(
      (r) =>
        r.entityType === revision.entityType &&
        r.entityKey === revision.entityKey &&
        r.revision === revision.revision,
    );
    // The table's primary key: the same revision of one entity twice is a unique violation.
    if (taken) throw Object.assign(new Error('duplicate revision'), { code: '23505' });
    this.rows.push(structuredClone({ ...revision, createdAt: this.now() }));
  }

  async find(entityType: EntityType, key: string, revision: number) {
    const row = this.rows.find(
      (r) => r.entityType === entityType && r.entityKey === key && r.revision === revision,
    );
    return row && structuredClone(row);
  }

  async changedSince(configRevision: number, limit: number) {
    const seen = new Map<string, EntityRef>();
    for (const r of this.rows) {
      if ((r.configRevision ?? 0) > configRevision)
        seen.set(`${r.entityType}:${r.entityKey}`, { entityType: r.entityType, entityKey: r.entityKey });
    }
    return seen.size > limit ? undefined : [...seen.values()];
  }

  async asOf(entities: readonly EntityRef[], configRevision: number) {
    return entities.flatMap((e) => {
      const newest = this.rows
        .filter((r) => r.entityType === e.entityType && r.entityKey === e.entityKey)
        .filter((r) => (r.configRevision ?? 0) <= configRevision)
        .sort((a, b) => b.revision - a.revision)[0];
      return newest ? [structuredClone(newest)] : [];
    });
  }

  async committedBetween(after: number, upTo: number) {
    // Array.sort is stable: rows of one configuration revision keep their insertion order.
    return this.rows
      .filter((r) => r.configRevision !== null && r.configRevision > after && r.configRevision <= upTo)
      .sort((a, b) => (a.configRevision ?? 0) - (b.configRevision ?? 0))
      .map((r) => structuredClone(r));
  }

  async list(entityType: EntityType, key: string, limit: number) {
    return this.rows
      .filter((r) => r.entityType === entityType && r.entityKey === key)
      .sort((a, b) => b.revision - a.revision)
      .slice(0, limit)
      .map((r) => structuredClone(r));
  }

  save() {
    return structuredClone(this.rows);
  }

  restore(saved: unknown) {
    this.rows = structuredClone(saved as Revision[]);
  }
}

export class FakeConfigStateStore implements ConfigStateStore, Restorable {
  private revision = 0;

  async current() {
    return this.revision;
  }

  /** Fake transactions run one at a time, so there is nothing to lock. */
  async lock() {}

  async next() {
    this.revision += 1;
    return this.revision;
  }

  save() {
    return this.revision;
  }

  restore(saved: unknown) {
    this.revision = saved as number;
  }
}
