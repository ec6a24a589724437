// Kysely's view of the module run, quota and metric tables.
import type { ColumnType, Generated } from 'kysely';

export interface ModuleTables {
  quota_usage: {
    tenant_id: string;
    user_id: string;
    module: string;
    day: ColumnType<string, string, string>;
    used: number;
  };
  module_runs: {
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
    created_at: ColumnType<Date, Date | string | undefined, never>;
  };
  metric_events: {
    id: Generated<number>;
    tenant_id: string;
    kind: string;
    module: string | null;
    plan: string | null;
    segment: string | null;
    latency_ms: number | null;
    request_id: string;
    at: ColumnType<Date, Date | string | undefined, never>;
  };
}
