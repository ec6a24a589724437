// Alert rules as a kind of versioned configuration for the one writer: keyed, global (operator configuration).
import type { ConfigTx } from '../revisions/config-transaction.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import { type AlertRule, type AlertRuleContent, alertRuleIssues, canonicalAlertRule } from './alert-rule.js';
import type { AlertRuleRows } from './alert-rule-store.js';

export interface AlertRuleTx extends ConfigTx {
  alertRules: AlertRuleRows;
}

export const alertRuleDefinition: EntityDefinition<AlertRule, AlertRuleContent, AlertRuleTx> = {
  type: 'alertRule',
  name: (key) => `Alert rule ${key}`,
  rows: (tx) => tx.alertRules,
  canonical: (_key, content) => canonicalAlertRule(content),
  isRetired: (rule) => rule.archivedAt !== null,
  validate: (_tx, _key, content) => alertRuleIssues(content),
};
