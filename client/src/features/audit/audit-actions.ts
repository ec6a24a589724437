// The audit log's closed lists as the schema has them (the AuditAction and AuditTargetType enums, read
// through gql.tada), with words for people. Keyed by the enums: a new value fails the typecheck until it has
// words here, and the filters offer exactly the schema's values.
import type { graphql } from '../../app/graphql';

export type AuditAction = ReturnType<typeof graphql.scalar<'AuditAction'>>;
export type AuditTargetType = ReturnType<typeof graphql.scalar<'AuditTargetType'>>;

export const TARGET_LABELS: Record<AuditTargetType, string> = {
  FLAG: 'Flag',
  SEGMENT: 'Segment',
  PERSONA: 'Persona',
  USER: 'Account',
  TENANT_SETTINGS: 'Tenant settings',
  API_KEY: 'API key',
  GUARD: 'Guard',
  ALERT_RULE: 'Alert rule',
  RELEASE_PLAN: 'Release plan',
};

export const ACTION_LABELS: Record<AuditAction, string> = {
  FLAG_CREATE: 'Flag created',
  FLAG_UPDATE: 'Flag updated',
  FLAG_ENABLE: 'Flag turned on',
  FLAG_DISABLE: 'Flag turned off',
  FLAG_ARCHIVE: 'Flag archived',
  FLAG_ROLLBACK: 'Flag rolled back',
  SEGMENT_CREATE: 'Segment created',
  SEGMENT_UPDATE: 'Segment updated',
  SEGMENT_ARCHIVE: 'Segment archived',
  SEGMENT_ROLLBACK: 'Segment rolled back',
  PERSONA_UPDATE: 'Persona updated',
  PERSONA_ROLLBACK: 'Persona rolled back',
  USER_DISABLE: 'Account disabled',
  USER_ENABLE: 'Account enabled',
  USER_ROLE: 'Role changed',
  USER_PLAN: 'Plan changed',
  TENANT_SETTINGS_CREATE: 'Tenant settings created',
  TENANT_SETTINGS_UPDATE: 'Tenant settings updated',
  TENANT_SETTINGS_ENTITLEMENT: 'Entitlement changed',
  TENANT_SETTINGS_ROLLBACK: 'Tenant settings rolled back',
  API_KEY_CREATE: 'API key issued',
  API_KEY_REVOKE: 'API key revoked',
  GUARD_CREATE: 'Guard created',
  GUARD_UPDATE: 'Guard updated',
  GUARD_ARCHIVE: 'Guard removed',
  GUARD_ROLLBACK: 'Guard rolled back',
  GUARD_TRIP: 'Guard tripped',
  GUARD_HALF_OPEN: 'Guard half-open',
  GUARD_CLOSE: 'Guard closed',
  GUARD_REENABLE: 'Guard re-enabled',
  ALERT_RULE_CREATE: 'Alert rule created',
  ALERT_RULE_UPDATE: 'Alert rule updated',
  ALERT_RULE_ARCHIVE: 'Alert rule archived',
  ALERT_RULE_ROLLBACK: 'Alert rule rolled back',
  RELEASE_PLAN_CREATE: 'Release plan created',
  RELEASE_PLAN_UPDATE: 'Release plan updated',
  RELEASE_PLAN_ARCHIVE: 'Release plan removed',
  RELEASE_PLAN_ROLLBACK: 'Release plan rolled back',
  RELEASE_PLAN_ADVANCE: 'Release plan advanced',
  RELEASE_PLAN_COMPLETE: 'Release plan completed',
  RELEASE_PLAN_REGRESSION: 'Release plan rolled back on a regression',
  RELEASE_PLAN_PAUSE: 'Release plan paused',
  RELEASE_PLAN_RESUME: 'Release plan resumed',
  RELEASE_PLAN_ABORT: 'Release plan aborted',
};

export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS) as AuditAction[];
export const AUDIT_TARGET_TYPES = Object.keys(TARGET_LABELS) as AuditTargetType[];

export const isAuditAction = (value: string): value is AuditAction => value in ACTION_LABELS;
export const isAuditTargetType = (value: string): value is AuditTargetType => value in TARGET_LABELS;
