// An in-memory keyed table for store fakes: copies in and out (no shared mutable rows), save and restore.
export class FakeTable<V> {
  private rows = new Map<string, V>();

  get(key: string): V | undefined {
    const row = this.rows.get(key);
    return row === undefined ? undefined : structuredClone(row);
  }

  set(key: string, row: V): V {
    this.rows.set(key, structuredClone(row));
    return structuredClone(row);
  }

  /** Every row, ordered by key. */
  values(): V[] {
    return [...this.rows.keys()].sort().map((key) => structuredClone(this.rows.get(key) as V));
  }

  /** A copy of the whole table, for a fake transaction's rollback. */
  save(): Map<string, V> {
    return structuredClone(this.rows);
  }

  restore(saved: Map<string, V>): void {
    this.rows = structuredClone(saved);
  }
}
