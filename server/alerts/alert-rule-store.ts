// The only Kysely code for alert rules: the versioned rows the writer changes, the reads, the webhook secrets.
import type { Db } from '../platform/db.js';
import type { AlertRulesTable } from '../platform/db-types.js';
import type { EntityRows } from '../revisions/versioned-entity.js';
import type { AlertRule, AlertRuleContent } from './alert-rule.js';

type Row = {
  [K in keyof AlertRulesTable]: AlertRulesTable[K] extends { __select__: infer S } ? S : AlertRulesTable[K];
};

const toRule = (row: Row): AlertRule => ({
  ...(row.content as AlertRuleContent),
  key: row.key,
  revision: row.revision,
  archivedAt: row.archived_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface AlertRuleRows extends EntityRows<AlertRule, AlertRuleContent> {
  find(key: string): Promise<AlertRule | undefined>;
  /** Every rule, archived ones included when asked. */
  list(includeArchived?: boolean): Promise<AlertRule[]>;
}

/** Encrypted webhook secrets by rule and fingerprint (written before the rule revision that names them). */
export interface WebhookSecretStore {
  put(ruleKey: string, fingerprint: string, ciphertext: string): Promise<void>;
  get(ruleKey: string, fingerprint: string): Promise<string | undefined>;
}

export class PgAlertRuleStore implements AlertRuleRows, WebhookSecretStore {
  constructor(private readonly db: Db) {}

  async find(key: string): Promise<AlertRule | undefined> {
    const row = await this.db.selectFrom('alert_rules').selectAll().where('key', '=', key).executeTakeFirst();
    return row && toRule(row);
  }

  async list(includeArchived = false): Promise<AlertRule[]> {
    let query = this.db.selectFrom('alert_rules').selectAll().orderBy('key');
    if (!includeArchived) query = query.where('archived_at', 'is', null);
    return (await query.execute()).map(toRule);
  }

  async findForUpdate(key: string): Promise<AlertRule | undefined> {
    const row = await this.db
      .selectFrom('alert_rules')
      .selectAll()
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    return row && toRule(row);
  }

  async insert(key: string, content: AlertRuleContent, revision: number, configRevision: number) {
    const row = await this.db
      .insertInto('alert_rules')
      .values({ key, content: JSON.stringify(content), revision, config_revision: configRevision })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRule(row);
  }

  async update(key: string, content: AlertRuleContent, revision: number, configRevision: number) {
    const row = await this.db
      .updateTable('alert_rules')
      .set({
        content: JSON.stringify(content),
        revision,
        config_revision: configRevision,
        archived_at: null,
        updated_at: new Date(),
      })
      .where('key', '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRule(row);
  }

  async archive(key: string, revision: number, configRevision: number) {
    const row = await this.db
      .updateTable('alert_rules')
      .set({ revision, config_revision: configRevision, archived_at: new Date(), updated_at: new Date() })
      .where('key', '=', key)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRule(row);
  }

  async put(ruleKey: string, fingerprint: string, ciphertext: string): Promise<void> {
    await this.db
      .insertInto('alert_webhook_secrets')
      .values({ rule_key: ruleKey, fingerprint, ciphertext })
      .onConflict((oc) => oc.columns(['rule_key', 'fingerprint']).doNothing())
      .execute();
  }

  async get(ruleKey: string, fingerprint: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('alert_webhook_secrets')
      .select('ciphertext')
      .where('rule_key', '=', ruleKey)
      .where('fingerprint', '=', fingerprint)
      .executeTakeFirst();
    return row?.ciphertext;
  }
}
