// Alert rules (a versioned kind), their webhook secrets (encrypted), alerts, webhook deliveries and their
// attempts; the default rules are installed as revision 1 of each, with their audit events (actor system).
import { type Kysely, sql } from 'kysely';

const base = { operation: null, tenantId: null, webhookUrl: null, webhookSecretRef: null, enabled: true };

/** docs/alerts.md lists them; test/alerts-rules.test.ts checks each passes the rule validation. */
export const DEFAULT_ALERT_RULES: Record<string, Record<string, unknown>> = {
  availability_low: {
    ...base,
    description: 'Availability (non-5xx share of operations and readiness probes) under 99%',
    kpi: 'AVAILABILITY',
    comparison: 'BELOW',
    threshold: 0.99,
    windowSeconds: 300,
    minSamples: 100,
    forSeconds: 300,
    severity: 'CRITICAL',
  },
  server_error_rate: {
    ...base,
    description: 'More than 5% of GraphQL operations fail with a 5xx code',
    kpi: 'ERROR_RATE_5XX',
    comparison: 'ABOVE',
    threshold: 0.05,
    windowSeconds: 300,
    minSamples: 20,
    forSeconds: 300,
    severity: 'CRITICAL',
  },
  ...Object.fromEntries(
    [
      ['p95_evaluate_flags', 'evaluateFlags'],
      ['p95_execute_module', 'executeModule'],
      ['p95_send_message', 'sendMessage'],
    ].map(([key, operation]) => [
      key,
      {
        ...base,
        description: `p95 latency of ${operation} above 500 ms`,
        kpi: 'P95_LATENCY_MS',
        operation,
        comparison: 'ABOVE',
        threshold: 500,
        windowSeconds: 300,
        minSamples: 50,
        forSeconds: 600,
        severity: 'WARNING',
      },
    ]),
  ),
  quota_saturation: {
    ...base,
    description: 'More than 20% of quota decisions refuse a module run',
    kpi: 'QUOTA_SATURATION',
    comparison: 'ABOVE',
    threshold: 0.2,
    windowSeconds: 900,
    minSamples: 20,
    forSeconds: 0,
    severity: 'WARNING',
  },
  rate_limit_anomaly: {
    ...base,
    description: 'More than 5% of operations refused RATE_LIMITED',
    kpi: 'RATE_LIMITED_RATE',
    comparison: 'ABOVE',
    threshold: 0.05,
    windowSeconds: 300,
    minSamples: 30,
    forSeconds: 600,
    severity: 'WARNING',
  },
  llm_error_rate: {
    ...base,
    description: 'More than 10% of chat replies are LLM errors',
    kpi: 'LLM_ERROR_RATE',
    comparison: 'ABOVE',
    threshold: 0.1,
    windowSeconds: 600,
    minSamples: 20,
    forSeconds: 0,
    severity: 'WARNING',
  },
  out_of_scope_drift: {
    ...base,
    description: 'Out-of-scope share of chat replies 20 points above the 24 hours before',
    kpi: 'OUT_OF_SCOPE_DRIFT',
    comparison: 'ABOVE',
    threshold: 0.2,
    windowSeconds: 3600,
    minSamples: 30,
    forSeconds: 0,
    severity: 'WARNING',
  },
  api_key_auth_failures: {
    ...base,
    description: 'More than 300 API-key authentication failures in 10 minutes',
    kpi: 'API_KEY_AUTH_FAILURES',
    comparison: 'ABOVE',
    threshold: 300,
    windowSeconds: 600,
    minSamples: 0,
    forSeconds: 600,
    severity: 'WARNING',
  },
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alert_rules')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('config_revision', 'integer', (c) => c.notNull())
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Kept by rule and fingerprint, so a rolled-back rule still finds the secret its revision names.
  await db.schema
    .createTable('alert_webhook_secrets')
    .addColumn('rule_key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('ciphertext', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('alert_webhook_secrets_pk', ['rule_key', 'fingerprint'])
    .execute();
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    // The evaluator's name: tests on one database run evaluators of their own, like the rollup job's name.
    .addColumn('evaluator', 'text', (c) => c.notNull())
    .addColumn('rule_key', 'text', (c) => c.notNull())
    .addColumn('rule_revision', 'integer')
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('rule', 'guard')`))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('PENDING', 'FIRING', 'RESOLVED')`))
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('kpi', 'text', (c) => c.notNull())
    .addColumn('operation', 'text')
    .addColumn('tenant_id', 'uuid')
    .addColumn('comparison', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('threshold', 'double precision', (c) => c.notNull())
    .addColumn('window_seconds', 'integer', (c) => c.notNull())
    .addColumn('samples', 'bigint', (c) => c.notNull())
    .addColumn('sample_request_ids', 'jsonb', (c) => c.notNull())
    .addColumn('context', 'jsonb', (c) => c.notNull())
    .addColumn('pending_since', 'timestamptz', (c) => c.notNull())
    .addColumn('fired_at', 'timestamptz')
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // The evaluation slot each evaluator last ran (floor(time / period)): one run per slot across instances.
  await db.schema
    .createTable('alert_evaluator_state')
    .addColumn('evaluator', 'text', (c) => c.primaryKey())
    .addColumn('last_slot', 'bigint', (c) => c.notNull())
    .addColumn('runs', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('last_run_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // At most one open alert per rule and evaluator, whatever races: the exactly-once backstop.
  await sql`create unique index alerts_open_unique on alerts (evaluator, rule_key) where state <> 'RESOLVED'`.execute(
    db,
  );
  await db.schema.createIndex('alerts_pending_since_idx').on('alerts').columns(['pending_since']).execute();
  await db.schema
    .createTable('alert_deliveries')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('alert_id', 'uuid', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('FIRING', 'RESOLVED')`))
    .addColumn('rule_key', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret_ref', 'text')
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('PENDING', 'DELIVERED', 'FAILED')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alert_deliveries_due_idx')
    .on('alert_deliveries')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema
    .createTable('alert_delivery_attempts')
    .addColumn('delivery_id', 'uuid', (c) =>
      c.notNull().references('alert_deliveries.id').onDelete('cascade'),
    )
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('ok', 'boolean', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', 'text')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_delivery_attempts_pk', ['delivery_id', 'attempt'])
    .execute();

  const { rows } = await sql<{ revision: string }>`select revision from config_state where id = 1`.execute(
    db,
  );
  const configRevision = Number(rows[0]?.revision ?? 0);
  const reason = 'default alert rule, installed with the alerts migration';
  for (const [key, content] of Object.entries(DEFAULT_ALERT_RULES)) {
    const json = JSON.stringify(content);
    await db
      .insertInto('alert_rules')
      .values({ key, content: json, revision: 1, config_revision: configRevision })
      .execute();
    await db
      .insertInto('revisions')
      .values({
        entity_type: 'alertRule',
        entity_key: key,
        revision: 1,
        config_revision: configRevision,
        action: 'alertRule.create',
        content: json,
        diff: JSON.stringify(Object.entries(content).map(([path, to]) => ({ path, change: 'CREATE', to }))),
        actor: 'system',
        reason,
        request_id: 'migration-2026-12-07T0100',
        tenant_id: null,
      })
      .execute();
    await db
      .insertInto('audit_events')
      .values({
        request_id: 'migration-2026-12-07T0100',
        actor: 'system',
        action: 'alertRule.create',
        target_type: 'alertRule',
        target_key: key,
        status: 'success',
        details: JSON.stringify({ revision: 1, configRevision, summary: 'created', reason }),
        tenant_id: null,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('audit_events').where('target_type', '=', 'alertRule').execute();
  await db.deleteFrom('revisions').where('entity_type', '=', 'alertRule').execute();
  for (const table of [
    'alert_delivery_attempts',
    'alert_deliveries',
    'alerts',
    'alert_evaluator_state',
    'alert_webhook_secrets',
    'alert_rules',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
