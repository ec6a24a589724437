// Tenant settings as a kind of versioned configuration for the one writer: keyed by tenant id, recorded
// against that tenant, validated as a whole before each revision (rollbacks included).
import type { ConfigTx } from '../revisions/config-transaction.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import {
  canonicalSettings,
  contentIssues,
  type SettingsContent,
  type TenantSettings,
} from './tenant-settings.js';
import type { TenantSettingsRows } from './tenant-settings-store.js';

export interface TenantSettingsTx extends ConfigTx {
  tenantSettings: TenantSettingsRows;
}

export const tenantSettingsDefinition: EntityDefinition<TenantSettings, SettingsContent, TenantSettingsTx> = {
  type: 'tenantSettings',
  tenantOf: (tenantId) => tenantId,
  name: () => 'The tenant settings',
  rows: (tx) => tx.tenantSettings,
  // The stored entity is { tenantId, revision, content }; the writer compares contents.
  canonical: (_key, content) =>
    canonicalSettings(
      'content' in (content as object) && 'revision' in (content as object)
        ? (content as unknown as TenantSettings).content
        : content,
    ),
  validate: (_tx, _key, content) => contentIssues(content),
};
