// Alert rules' rows (table alert_rules, through the shared versioned-row code) and their webhook secrets.
import type { Db } from '../platform/db.js';
import { type JsonContentRows, PgJsonContentRows, type RowMeta } from '../revisions/json-content-rows.js';
import type { AlertRule, AlertRuleContent } from './alert-rule.js';

export type AlertRuleRows = JsonContentRows<AlertRule, AlertRuleContent>;

/** Encrypted webhook secrets by rule and fingerprint (written before the rule revision that names them). */
export interface WebhookSecretStore {
  put(ruleKey: string, fingerprint: string, ciphertext: string): Promise<void>;
  get(ruleKey: string, fingerprint: string): Promise<string | undefined>;
}

export const toRule = (key: string, content: AlertRuleContent, meta: RowMeta): AlertRule => ({
  ...content,
  key,
  ...meta,
});

export class PgAlertRuleStore
  extends PgJsonContentRows<AlertRule, AlertRuleContent>
  implements WebhookSecretStore
{
  constructor(private readonly secretsDb: Db) {
    super(secretsDb, { table: 'alert_rules', keyColumn: 'key', toEntity: toRule });
  }

  async put(ruleKey: string, fingerprint: string, ciphertext: string): Promise<void> {
    await this.secretsDb
      .insertInto('alert_webhook_secrets')
      .values({ rule_key: ruleKey, fingerprint, ciphertext })
      .onConflict((oc) => oc.columns(['rule_key', 'fingerprint']).doNothing())
      .execute();
  }

  async get(ruleKey: string, fingerprint: string): Promise<string | undefined> {
    const row = await this.secretsDb
      .selectFrom('alert_webhook_secrets')
      .select('ciphertext')
      .where('rule_key', '=', ruleKey)
      .where('fingerprint', '=', fingerprint)
      .executeTakeFirst();
    return row?.ciphertext;
  }
}
