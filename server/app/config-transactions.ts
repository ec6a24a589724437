// Configuration writes on the database: every entity's store bound to one kysely transaction.
import type { AlertRuleTx } from '../alerts/alert-rule-definition.js';
import { PgAlertRuleStore } from '../alerts/alert-rule-store.js';
import { type AuditStore, PgAuditStore } from '../audit/audit-store.js';
import type { FlagTx } from '../flags/flag-definition.js';
import { PgFlagStore } from '../flags/flag-store.js';
import type { GuardTx } from '../guard/guard-definition.js';
import { PgGuardStore } from '../guard/guard-store.js';
import type { PersonaTx } from '../personas/persona-definition.js';
import { PgPersonaStore } from '../personas/persona-store.js';
import type { Db } from '../platform/db.js';
import { PgConfigStateStore } from '../revisions/config-state-store.js';
import type { ConfigTransactions } from '../revisions/config-transaction.js';
import { PgRevisionStore } from '../revisions/revision-store.js';
import type { ReleasePlanTx } from '../rollout/release-plan-definition.js';
import { PgReleasePlanStore } from '../rollout/release-plan-store.js';
import type { SegmentTx } from '../segments/segment-definition.js';
import { PgSegmentStore } from '../segments/segment-store.js';
import type { TenantSettingsTx } from '../tenants/tenant-settings-definition.js';
import { TenantSettingsStore } from '../tenants/tenant-settings-store.js';

/** Every store a configuration write may touch; a new kind of entity adds its store here. */
export interface AugurTx
  extends FlagTx,
    SegmentTx,
    PersonaTx,
    TenantSettingsTx,
    GuardTx,
    AlertRuleTx,
    ReleasePlanTx {}

export function bindStores(db: Db): AugurTx {
  return {
    flags: new PgFlagStore(db),
    segments: new PgSegmentStore(db),
    persona: new PgPersonaStore(db),
    tenantSettings: new TenantSettingsStore(db),
    guards: new PgGuardStore(db),
    alertRules: new PgAlertRuleStore(db),
    releasePlans: new PgReleasePlanStore(db),
    revisions: new PgRevisionStore(db),
    audit: new PgAuditStore(db),
    configState: new PgConfigStateStore(db),
  };
}

export class PgConfigTransactions implements ConfigTransactions<AugurTx> {
  readonly audit: AuditStore;

  constructor(private readonly db: Db) {
    this.audit = new PgAuditStore(db);
  }

  run<T>(work: (tx: AugurTx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(bindStores(trx)));
  }
}
