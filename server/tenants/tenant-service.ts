// Tenants and their versioned settings and entitlements: every change goes through the one writer, with
// optimistic concurrency (no version: PRECONDITION_REQUIRED; a stale one: CONFLICT with the current version).
import { randomUUID } from 'node:crypto';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { ChangeMeta, EntityWrite, EntityWriter } from '../revisions/entity-writer.js';
import type { Revision } from '../revisions/revision.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import { TENANT_SLUG, type Tenant } from './tenant.js';
import {
  applyPatch,
  canonicalSettings,
  type EntitlementState,
  patchIssues,
  type SettingsContent,
  type TenantSettings,
  undoDiff,
  withEntitlement,
} from './tenant-settings.js';
import { type TenantSettingsTx, tenantSettingsDefinition } from './tenant-settings-definition.js';
import type { TenantSettingsStore } from './tenant-settings-store.js';
import type { TenantStore } from './tenant-store.js';

/** Whether a flag exists now (entitlements name live flags only). */
export type FlagExists = (flagKey: string) => boolean;

export class TenantService {
  constructor(
    private readonly tenants: TenantStore,
    private readonly settings: Pick<TenantSettingsStore, 'find'>,
    private readonly revisions: Pick<RevisionStore, 'list' | 'find'>,
    private readonly writer: EntityWriter<TenantSettingsTx>,
    private readonly flagExists: FlagExists,
  ) {}

  list(): Promise<Tenant[]> {
    return this.tenants.list();
  }

  find(id: string): Promise<Tenant | undefined> {
    return this.tenants.findById(id);
  }

  /** A customer tenant with its settings at version 1, audited and revisioned in one transaction. */
  async create(slug: string, name: string, meta: ChangeMeta): Promise<Tenant> {
    const issues = [];
    if (!TENANT_SLUG.test(slug)) {
      issues.push({ path: 'slug', message: 'must be 2-63 lower-case letters, digits or dashes' });
    }
    if (name.trim().length < 1 || name.trim().length > 100) {
      issues.push({ path: 'name', message: 'must be 1 to 100 characters' });
    }
    if (issues.length > 0) throw validationFailed(issues);
    const id = randomUUID();
    let created: Tenant | undefined;
    const write: EntityWrite<TenantSettingsTx, TenantSettings> = {
      target: {
        targetType: 'tenantSettings',
        tenantId: id,
        key: id,
        action: 'tenantSettings.create',
        name: `Tenant ${slug}`,
      },
      async plan(tx) {
        const content = canonicalSettings({});
        return {
          kind: 'change',
          revision: 1,
          content,
          diff: [],
          apply: async () => {
            created = await tx.tenantSettings.insertTenant({ id, slug, name: name.trim() }, content);
            return { tenantId: id, revision: 1, content };
          },
        };
      },
    };
    await this.writer.commit([write], meta);
    if (!created) throw new Error('tenant not created');
    return created;
  }

  async settingsOf(tenantId: string): Promise<TenantSettings> {
    const settings = await this.settings.find(tenantId);
    if (!settings) throw new AugurError('NOT_FOUND', 'Tenant not found');
    return settings;
  }

  async updateSettings(
    tenantId: string,
    expectedVersion: number | null | undefined,
    patch: Record<string, unknown>,
    meta: ChangeMeta,
  ): Promise<TenantSettings> {
    const issues = patchIssues(patch);
    if (issues.length > 0) throw validationFailed(issues);
    const version = await this.requireVersion(tenantId, expectedVersion);
    return this.patch(
      tenantId,
      version,
      (content) => applyPatch(content, patch),
      'tenantSettings.update',
      meta,
    );
  }

  async setEntitlement(
    tenantId: string,
    flagKey: string,
    state: EntitlementState,
    expectedVersion: number | null | undefined,
    meta: ChangeMeta,
  ): Promise<TenantSettings> {
    if (!this.flagExists(flagKey)) {
      throw validationFailed([{ path: 'flagKey', message: `no flag ${flagKey}` }]);
    }
    const version = await this.requireVersion(tenantId, expectedVersion);
    return this.patch(
      tenantId,
      version,
      (content) => withEntitlement(content, flagKey, state),
      'tenantSettings.entitlement',
      meta,
    );
  }

  history(tenantId: string, limit: number): Promise<Revision[]> {
    return this.revisions.list('tenantSettings', tenantId, limit);
  }

  async rollback(
    tenantId: string,
    toVersion: number,
    meta: ChangeMeta,
  ): Promise<{ settings: TenantSettings; changed: boolean }> {
    const baseline = toVersion === 1 ? await this.unrecordedFirstVersion(tenantId) : undefined;
    const outcome = await this.writer.write(
      tenantSettingsDefinition,
      baseline
        ? {
            kind: 'update',
            key: tenantId,
            content: baseline.content,
            action: 'tenantSettings.rollback',
          }
        : { kind: 'rollback', key: tenantId, toRevision: toVersion },
      meta,
    );
    return { settings: outcome.entity, changed: outcome.changed };
  }

  /**
   * Version 1's content when no revision stores it: a tenant made outside createTenant (the demo seed,
   * migrations, tests) starts at version 1 unrecorded. It is revision 2's content with its diff undone
   * (settings are flat, so the diff is exact), or the content in force while the tenant is still at 1.
   * Undefined when revision 1 is stored (the writer's own rollback reads it).
   */
  private async unrecordedFirstVersion(tenantId: string): Promise<{ content: SettingsContent } | undefined> {
    if (await this.revisions.find('tenantSettings', tenantId, 1)) return undefined;
    const second = await this.revisions.find('tenantSettings', tenantId, 2);
    if (second) return { content: undoDiff(second.content as SettingsContent, second.diff) };
    const current = await this.settingsOf(tenantId);
    if (current.revision === 1) return { content: current.content };
    throw new AugurError('NOT_FOUND', 'The tenant settings have no version 1 to roll back to');
  }

  /** PRECONDITION_REQUIRED without a version, naming the current one (NOT_FOUND for an unknown tenant). */
  private async requireVersion(tenantId: string, expected: number | null | undefined): Promise<number> {
    if (expected !== null && expected !== undefined) return expected;
    const current = await this.settingsOf(tenantId);
    throw new AugurError(
      'PRECONDITION_REQUIRED',
      'Send expectedVersion: the settings version you read (tenantSettings)',
      { currentVersion: current.revision, httpStatus: 428 },
    );
  }

  /** The patch is applied to the content in force under the row lock, so concurrent patches never clobber. */
  private async patch(
    tenantId: string,
    expectedVersion: number,
    change: (content: TenantSettings['content']) => TenantSettings['content'],
    action: 'tenantSettings.update' | 'tenantSettings.entitlement',
    meta: ChangeMeta,
  ): Promise<TenantSettings> {
    try {
      const outcome = await this.writer.write(
        tenantSettingsDefinition,
        { kind: 'update', key: tenantId, content: change, expectedRevision: expectedVersion, action },
        meta,
      );
      return outcome.entity;
    } catch (error) {
      const current = error instanceof AugurError ? error.details.currentRevision : undefined;
      if (error instanceof AugurError && error.code === 'CONFLICT' && typeof current === 'number') {
        throw new AugurError(
          'CONFLICT',
          `The tenant settings are at version ${current}, not ${expectedVersion}`,
          { currentVersion: current, httpStatus: 409 },
        );
      }
      if (error instanceof AugurError && error.code === 'NOT_FOUND') {
        throw new AugurError('NOT_FOUND', 'Tenant not found');
      }
      throw error;
    }
  }
}
