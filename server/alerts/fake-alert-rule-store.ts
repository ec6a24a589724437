// Alert rules and webhook secrets in memory, for service unit tests: the same rows as alert-rule-store.ts.
import { FakeJsonContentRows } from '../revisions/fake-json-content-rows.js';
import type { AlertRule, AlertRuleContent } from './alert-rule.js';
import { toRule, type WebhookSecretStore } from './alert-rule-store.js';

export class FakeAlertRuleStore
  extends FakeJsonContentRows<AlertRule, AlertRuleContent>
  implements WebhookSecretStore
{
  private readonly secrets = new Map<string, string>();

  constructor(now?: () => Date) {
    super(toRule, now);
  }

  async put(ruleKey: string, fingerprint: string, ciphertext: string) {
    this.secrets.set(`${ruleKey}|${fingerprint}`, ciphertext);
  }

  async get(ruleKey: string, fingerprint: string) {
    return this.secrets.get(`${ruleKey}|${fingerprint}`);
  }
}
