// Audit events: who did what to which target, and whether it succeeded. Actions are a closed list.
export const AUDIT_ACTIONS = [
  'flag.create',
  'flag.update',
  'flag.enable',
  'flag.disable',
  'flag.archive',
  'flag.rollback',
  'segment.create',
  'segment.update',
  'segment.archive',
  'segment.rollback',
  'persona.update',
  'persona.rollback',
  'user.disable',
  'user.enable',
  'user.role',
  'user.plan',
  'tenantSettings.create',
  'tenantSettings.update',
  'tenantSettings.entitlement',
  'tenantSettings.rollback',
  'apiKey.create',
  'apiKey.revoke',
  'guard.create',
  'guard.update',
  'guard.archive',
  'guard.rollback',
  'guard.trip',
  'guard.halfOpen',
  'guard.close',
  'guard.reenable',
  'alertRule.create',
  'alertRule.update',
  'alertRule.archive',
  'alertRule.rollback',
  'releasePlan.create',
  'releasePlan.update',
  'releasePlan.archive',
  'releasePlan.rollback',
  'releasePlan.advance',
  'releasePlan.complete',
  'releasePlan.regression',
  'releasePlan.pause',
  'releasePlan.resume',
  'releasePlan.abort',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const TARGET_TYPES = [
  'flag',
  'segment',
  'persona',
  'user',
  'tenantSettings',
  'apiKey',
  'guard',
  'alertRule',
  'releasePlan',
] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

/** `user:<id>`, `apiKey:<id>` or `system`. */
export type ActorRef = string;

export interface AuditEventInput {
  requestId: string;
  actor: ActorRef;
  action: AuditAction;
  targetType: TargetType;
  targetKey: string;
  status: 'success' | 'failed';
  details: Record<string, unknown>;
  /** The tenant the event concerns; null for global configuration (flags, segments, the persona). */
  tenantId: string | null;
}

export interface AuditEvent extends AuditEventInput {
  id: number;
  createdAt: Date;
}

export interface AuditFilter {
  /** Only events concerning this tenant (a tenant admin's view: never global or other tenants' events). */
  tenantId?: string | undefined;
  actor?: string | undefined;
  action?: AuditAction | undefined;
  targetType?: TargetType | undefined;
  targetKey?: string | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
}
