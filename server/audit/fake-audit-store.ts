// AuditStore in memory, for service tests and createFakeServices.
import type { Restorable } from '../revisions/fake-config-transactions.js';
import type { AuditEvent, AuditEventInput, AuditFilter } from './audit-event.js';
import type { AuditStore } from './audit-store.js';

export class FakeAuditStore implements AuditStore, Restorable {
  private events: AuditEvent[] = [];
  /** While true every insert fails, as an unreachable audit table would. */
  unavailable = false;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async insert(event: AuditEventInput) {
    if (this.unavailable) throw new Error('audit store unavailable');
    this.events.push(structuredClone({ ...event, id: this.events.length + 1, createdAt: this.now() }));
  }

  async list(filter: AuditFilter, limit: number, before: number | undefined) {
    return this.events
      .filter((e) => filter.tenantId === undefined || e.tenantId === filter.tenantId)
      .filter((e) => !filter.actor || e.actor === filter.actor)
      .filter((e) => !filter.action || e.action === filter.action)
      .filter((e) => !filter.targetType || e.targetType === filter.targetType)
      .filter((e) => !filter.targetKey || e.targetKey === filter.targetKey)
      .filter((e) => !filter.since || e.createdAt >= filter.since)
      .filter((e) => !filter.until || e.createdAt < filter.until)
      .filter((e) => before === undefined || e.id < before)
      .reverse()
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  save() {
    return structuredClone(this.events);
  }

  restore(saved: unknown) {
    this.events = structuredClone(saved as AuditEvent[]);
  }
}
