// The only Kysely code for audit events.
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { AuditEventsTable } from '../platform/db-types.js';
import type { AuditEvent, AuditEventInput, AuditFilter } from './audit-event.js';

const toEvent = (row: Selectable<AuditEventsTable>): AuditEvent => ({
  id: Number(row.id),
  requestId: row.request_id,
  actor: row.actor,
  action: row.action as AuditEvent['action'],
  targetType: row.target_type as AuditEvent['targetType'],
  targetKey: row.target_key,
  status: row.status,
  details: (row.details ?? {}) as Record<string, unknown>,
  tenantId: row.tenant_id,
  createdAt: row.created_at,
});

export interface AuditStore {
  /** Bound to a transaction, the event commits or rolls back with the change. */
  insert(event: AuditEventInput): Promise<void>;
  /** Newest first; `before` is the id of the last event of the previous page. */
  list(filter: AuditFilter, limit: number, before: number | undefined): Promise<AuditEvent[]>;
}

export class PgAuditStore implements AuditStore {
  constructor(private readonly db: Db) {}

  async insert(event: AuditEventInput): Promise<void> {
    await this.db
      .insertInto('audit_events')
      .values({
        request_id: event.requestId,
        actor: event.actor,
        action: event.action,
        target_type: event.targetType,
        target_key: event.targetKey,
        status: event.status,
        details: JSON.stringify(event.details),
        tenant_id: event.tenantId,
      })
      .execute();
  }

  async list(filter: AuditFilter, limit: number, before: number | undefined): Promise<AuditEvent[]> {
    let query = this.db.selectFrom('audit_events').selectAll();
    if (filter.tenantId !== undefined) query = query.where('tenant_id', '=', filter.tenantId);
    if (filter.actor) query = query.where('actor', '=', filter.actor);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
    if (filter.targetKey) query = query.where('target_key', '=', filter.targetKey);
    if (filter.since) query = query.where('created_at', '>=', filter.since);
    if (filter.until) query = query.where('created_at', '<', filter.until);
    if (before !== undefined) query = query.where('id', '<', before);
    const rows = await query.orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toEvent);
  }
}
