// Kysely's view of Augur's tables; each slice reads and writes only its own through its store.
import type { ColumnType, Generated } from 'kysely';
import type { ChatTables } from '../chat/chat-tables.js';
import type { ModuleTables } from '../modules/module-tables.js';
import type { PersonaTables } from '../personas/persona-tables.js';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface TenantsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  settings_version: Generated<number>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  email: string;
  role: 'user' | 'support' | 'ops' | 'platform';
  plan: 'free' | 'premium';
  password_hash: string;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  created_by: string | null;
  created_at: CreatedAt;
  revoked_at: Date | null;
  last_used_at: Date | null;
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
  created_at: CreatedAt;
}

export interface Database extends PersonaTables, ChatTables, ModuleTables {
  tenants: TenantsTable;
  users: UsersTable;
  api_keys: ApiKeysTable;
  config_state: ConfigStateTable;
  flags: FlagsTable;
  segments: SegmentsTable;
  revisions: RevisionsTable;
  audit_events: AuditEventsTable;
}
