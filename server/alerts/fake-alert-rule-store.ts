// Alert rules and webhook secrets in memory, for service unit tests: the same rows as alert-rule-store.ts.
import { FakeTable } from '../platform/fake-table.js';
import type { Restorable } from '../revisions/fake-config-transactions.js';
import type { AlertRule, AlertRuleContent } from './alert-rule.js';
import type { AlertRuleRows, WebhookSecretStore } from './alert-rule-store.js';

export class FakeAlertRuleStore implements AlertRuleRows, WebhookSecretStore, Restorable {
  private readonly table = new FakeTable<AlertRule>();
  private readonly secrets = new Map<string, string>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async find(key: string) {
    return this.table.get(key);
  }

  async list(includeArchived = false) {
    return this.table
      .values()
      .filter((r) => includeArchived || r.archivedAt === null)
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  async findForUpdate(key: string) {
    return this.table.get(key);
  }

  async insert(key: string, content: AlertRuleContent, revision: number) {
    const at = this.now();
    return this.table.set(key, { ...content, key, revision, archivedAt: null, createdAt: at, updatedAt: at });
  }

  async update(key: string, content: AlertRuleContent, revision: number) {
    const before = this.table.get(key);
    const at = this.now();
    return this.table.set(key, {
      ...content,
      key,
      revision,
      archivedAt: null,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    });
  }

  async archive(key: string, revision: number) {
    const before = this.table.get(key);
    if (!before) throw new Error(`alert rule ${key} is missing`);
    return this.table.set(key, { ...before, revision, archivedAt: this.now(), updatedAt: this.now() });
  }

  async put(ruleKey: string, fingerprint: string, ciphertext: string) {
    this.secrets.set(`${ruleKey}|${fingerprint}`, ciphertext);
  }

  async get(ruleKey: string, fingerprint: string) {
    return this.secrets.get(`${ruleKey}|${fingerprint}`);
  }

  save() {
    return this.table.save();
  }

  restore(saved: unknown) {
    this.table.restore(saved as Map<string, AlertRule>);
  }
}
