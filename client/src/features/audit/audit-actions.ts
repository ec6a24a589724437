// What the audit log can be filtered by: the server's closed lists, which the schema passes as strings.
/** The server's closed list of actions (server/audit/audit-event.ts AUDIT_ACTIONS); it refuses any other.
 * test/client-documents.test.ts fails when the two differ. */
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
] as const;

export const AUDIT_TARGET_TYPES = [
  'flag',
  'segment',
  'persona',
  'user',
  'tenantSettings',
  'apiKey',
  'guard',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
