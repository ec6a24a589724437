// Kysely's view of Augur's tables; each slice reads and writes only its own through its store.
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface TenantsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  settings_version: Generated<number>;
  /** One operator tenant holds the staff roles; every other tenant is a customer. */
  kind: ColumnType<'operator' | 'customer', 'operator' | 'customer' | undefined, 'operator' | 'customer'>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  email: string;
  role: 'user' | 'tenant_admin' | 'support' | 'ops' | 'platform';
  plan: 'free' | 'premium';
  password_hash: string;
  created_at: CreatedAt;
  disabled_at: Date | null;
}

export interface ApiKeysTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scopes: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string | null;
  created_at: CreatedAt;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export interface AccountChangesTable {
  id: Generated<number>;
  kind: 'user' | 'apiKey';
  account_id: string;
  tenant_id: string;
  at: CreatedAt;
}

type Json = ColumnType<unknown, string, string>;

export interface ConfigStateTable {
  id: number;
  revision: number;
}

export interface FlagsTable {
  key: string;
  description: string;
  type: 'BOOLEAN' | 'VARIANT';
  enabled: boolean;
  /** variants, offVariant, prerequisites, targets, rules, fallthrough, salt */
  definition: Json;
  revision: number;
  config_revision: number;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SegmentsTable {
  key: string;
  description: string;
  /** included, excluded, rules */
  definition: Json;
  revision: number;
  config_revision: number;
  archived_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface RevisionsTable {
  id: Generated<number>;
  entity_type: string;
  entity_key: string;
  revision: number;
  config_revision: number | null;
  action: string;
  content: Json;
  diff: Json;
  actor: string;
  reason: string;
  request_id: string;
  /** The tenant the revision concerns; null for global configuration. */
  tenant_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface AuditEventsTable {
  id: Generated<number>;
  request_id: string;
  actor: string;
  action: string;
  target_type: string;
  target_key: string;
  status: 'success' | 'failed';
  details: Json;
  /** The tenant the event concerns; null for global configuration. */
  tenant_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

export interface ConversationsTable {
  id: Generated<string>;
  /** Insertion order: the newest-first listing and its cursor, exact where timestamps tie. */
  seq: Generated<number>;
  tenant_id: string;
  user_id: string;
  title: string;
  created_at: CreatedAt;
}

export interface MessagesTable {
  id: Generated<string>;
  /** Insertion order: a user message always precedes its reply, whatever the clock says. */
  seq: Generated<number>;
  conversation_id: string;
  tenant_id: string;
  /** A MessageRole (chat/conversation.ts). */
  role: string;
  /** A MessageStatus (chat/conversation.ts). */
  status: string;
  text: string;
  persona_revision: number;
  latency_ms: number | null;
  created_at: CreatedAt;
}

export interface PersonasTable {
  /** Always PERSONA_KEY: one global persona. */
  key: string;
  name: string;
  /** A PersonaTone (personas/persona.ts). */
  tone: string;
  /** A ReplyLength (personas/persona.ts). */
  reply_length: string;
  /** A JSON array of PersonaTopic. */
  allowed_topics: ColumnType<unknown, string, string>;
  greeting: string;
  revision: number;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface QuotaUsageTable {
  tenant_id: string;
  user_id: string;
  module: string;
  day: ColumnType<string, string, string>;
  used: number;
}

export interface ModuleRunsTable {
  id: Generated<string>;
  tenant_id: string;
  user_id: string;
  conversation_id: string;
  module: string;
  spread: string;
  question: string;
  seed: string;
  result: ColumnType<unknown, string, string>;
  flag_revision: number | null;
  persona_revision: number;
  created_at: CreatedAt;
}

export interface MetricEventsTable {
  id: Generated<number>;
  /** Null for events that name no tenant (a sign-in or an API key that matched none). */
  tenant_id: string | null;
  kind: string;
  dims: ColumnType<Record<string, string>, string, string>;
  error: boolean;
  latency_ms: number | null;
  /** Whose exposure it was (a user id), for unique-user counts; null elsewhere. */
  subject: string | null;
  request_id: string | null;
  at: CreatedAt;
  /** How many events the row stands for (exposures are counted in memory per minute); 1 otherwise. */
  count: Generated<number>;
}

export interface MetricRollupsTable {
  grain: 'minute' | 'hour' | 'day';
  bucket: Date;
  kind: string;
  /** A tenant id, or '*' for every tenant together. */
  tenant_key: string;
  dims_key: string;
  dims: ColumnType<Record<string, string>, string, string>;
  count: number;
  errors: number;
  latency_count: number;
  latency_sum: number;
  /** A DDSketch in its protobuf form; null when no event of the row had a latency. */
  sketch: Uint8Array | null;
}

export interface MetricRollupStateTable {
  job: string;
  rolled_through: Date;
  runs: ColumnType<number, number | undefined, number>;
  last_run_at: Date | null;
  created_at: Date;
}

export interface MetricFlagUsersTable {
  flag: string;
  day: ColumnType<string, string, string>;
  subject: string;
}

export interface MetricFlagSeenTable {
  flag: string;
  first_exposure_at: Date;
  last_exposure_at: Date;
}

export interface GuardsTable {
  flag_key: string;
  /** The guard's configuration and breaker state (server/guard/guard.ts). */
  content: Json;
  revision: number;
  config_revision: number;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface GuardOutcomesTable {
  flag_key: string;
  bucket_seconds: number;
  bucket_start: ColumnType<number, number, number>;
  variant: string;
  rule_id: string;
  /** -1: no latency reported. */
  latency_bucket: number;
  successes: number;
  errors: number;
}

export interface AlertRulesTable {
  key: string;
  /** The rule's configuration (server/alerts/alert-rule.ts). */
  content: Json;
  revision: number;
  config_revision: number;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ReleasePlansTable {
  flag_key: string;
  /** The plan's configuration and progress (server/rollout/release-plan.ts). */
  content: Json;
  revision: number;
  config_revision: number;
  archived_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface AlertWebhookSecretsTable {
  rule_key: string;
  fingerprint: string;
  /** AES-256-GCM under a key derived from the JWT secret (server/alerts/webhook-secret.ts). */
  ciphertext: string;
  created_at: CreatedAt;
}

export interface AlertsTable {
  id: string;
  evaluator: string;
  rule_key: string;
  rule_revision: number | null;
  source: 'rule' | 'guard';
  state: 'PENDING' | 'FIRING' | 'RESOLVED';
  severity: string;
  kpi: string;
  operation: string | null;
  tenant_id: string | null;
  comparison: string;
  value: number | null;
  threshold: number;
  window_seconds: number;
  samples: ColumnType<number, number, number>;
  sample_request_ids: ColumnType<string[], string, string>;
  context: ColumnType<Record<string, unknown>, string, string>;
  pending_since: Date;
  fired_at: Date | null;
  resolved_at: Date | null;
  updated_at: Date;
}

export interface AlertEvaluatorStateTable {
  evaluator: string;
  last_slot: ColumnType<number, number, number>;
  runs: ColumnType<number, number | undefined, number>;
  last_run_at: Date;
}

export interface AlertDeliveriesTable {
  id: string;
  alert_id: string;
  event: 'FIRING' | 'RESOLVED';
  rule_key: string;
  url: string;
  secret_ref: string | null;
  payload: ColumnType<Record<string, unknown>, string, string>;
  state: 'PENDING' | 'DELIVERED' | 'FAILED';
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date;
  created_at: Date;
}

export interface AlertDeliveryAttemptsTable {
  delivery_id: string;
  attempt: number;
  ok: boolean;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  at: Date;
}

export interface PropagationReportsTable {
  instance: string;
  /** server/propagation/propagation-report.ts */
  report: Json;
  reported_at: Date;
}

export interface Database {
  conversations: ConversationsTable;
  messages: MessagesTable;
  personas: PersonasTable;
  quota_usage: QuotaUsageTable;
  module_runs: ModuleRunsTable;
  metric_events: MetricEventsTable;
  metric_rollups: MetricRollupsTable;
  metric_rollup_state: MetricRollupStateTable;
  metric_flag_users: MetricFlagUsersTable;
  metric_flag_seen: MetricFlagSeenTable;
  tenants: TenantsTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
  account_changes: AccountChangesTable;
  config_state: ConfigStateTable;
  flags: FlagsTable;
  segments: SegmentsTable;
  revisions: RevisionsTable;
  audit_events: AuditEventsTable;
  guards: GuardsTable;
  guard_outcomes: GuardOutcomesTable;
  alert_rules: AlertRulesTable;
  alert_webhook_secrets: AlertWebhookSecretsTable;
  alerts: AlertsTable;
  alert_evaluator_state: AlertEvaluatorStateTable;
  alert_deliveries: AlertDeliveriesTable;
  alert_delivery_attempts: AlertDeliveryAttemptsTable;
  release_plans: ReleasePlansTable;
  propagation_reports: PropagationReportsTable;
}
