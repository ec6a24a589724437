// A tenant's settings: a flat map of known keys (module quota per plan, API rate limit) and the reserved
// `feature.<flagKey>` entitlements, versioned as one entity. Pure: no I/O.
import type { FieldIssue } from '../platform/errors.js';
import { KEY_PATTERN } from '../platform/key-pattern.js';
import type { DiffEntry } from '../revisions/revision.js';

/** The stored content: known setting keys and `feature.<flagKey>` booleans. */
export type SettingsContent = Record<string, unknown>;

export interface TenantSettings {
  tenantId: string;
  /** The settings version (the entity's revision): updates must send the one they read. */
  revision: number;
  content: SettingsContent;
}

export type EntitlementState = 'ON' | 'OFF' | 'INHERIT';

export const FEATURE_PREFIX = 'feature.';

interface SettingRule {
  description: string;
  min: number;
  max: number;
}

/** Every setting a tenant may have; absent means the server's default. */
export const SETTING_RULES: Readonly<Record<string, SettingRule>> = {
  'moduleQuota.free': {
    description: 'module runs per module per UTC day, free plan',
    min: 0,
    max: 1_000_000,
  },
  'moduleQuota.premium': {
    description: 'module runs per module per UTC day, premium plan',
    min: 0,
    max: 1_000_000,
  },
  'rateLimit.requestsPerMinute': { description: 'API requests per minute per key', min: 1, max: 1_000_000 },
};

export const isFeatureKey = (key: string) => key.startsWith(FEATURE_PREFIX);
export const featureKey = (flagKey: string) => `${FEATURE_PREFIX}${flagKey}`;

/** Issues with a patch from a client: unknown keys, the reserved namespace, values out of range. */
export function patchIssues(patch: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(patch)) {
    const path = `patch.${key}`;
    if (isFeatureKey(key)) {
      issues.push({ path, message: 'feature.* is reserved: change entitlements with setTenantEntitlement' });
      continue;
    }
    const rule = SETTING_RULES[key];
    if (!rule) {
      issues.push({ path, message: `unknown setting; one of ${Object.keys(SETTING_RULES).join(', ')}` });
      continue;
    }
    if (value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < rule.min || value > rule.max) {
      issues.push({ path, message: `must be a whole number from ${rule.min} to ${rule.max}, or null` });
    }
  }
  return issues;
}

/** Issues with stored content (what the writer validates before each revision, rollbacks included). */
export function contentIssues(content: SettingsContent): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [key, value] of Object.entries(content)) {
    if (isFeatureKey(key)) {
      const flagKey = key.slice(FEATURE_PREFIX.length);
      if (!KEY_PATTERN.test(flagKey)) issues.push({ path: key, message: 'is not a flag key' });
      if (typeof value !== 'boolean') issues.push({ path: key, message: 'must be true or false' });
    } else {
      issues.push(...patchIssues({ [key]: value }).map((i) => ({ ...i, path: key })));
    }
  }
  return issues;
}

/** Keys sorted, nulls dropped: equal meaning is equal content, so it diffs as no change. */
export function canonicalSettings(content: SettingsContent): SettingsContent {
  const entries = Object.entries(content ?? {}).filter(([, v]) => v !== null && v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The content with a settings patch applied: null removes a key; entitlements are never touched. */
export function applyPatch(content: SettingsContent, patch: Record<string, unknown>): SettingsContent {
  const next: SettingsContent = { ...content };
  for (const [key, value] of Object.entries(patch)) {
    if (isFeatureKey(key)) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return canonicalSettings(next);
}

/** The content with one entitlement set (ON true, OFF false) or removed (INHERIT); nothing else changes. */
export function withEntitlement(
  content: SettingsContent,
  flagKey: string,
  state: EntitlementState,
): SettingsContent {
  const next: SettingsContent = { ...content };
  if (state === 'INHERIT') delete next[featureKey(flagKey)];
  else next[featureKey(flagKey)] = state === 'ON';
  return canonicalSettings(next);
}

/** The plain settings (no entitlements). */
export function plainSettings(content: SettingsContent): SettingsContent {
  return Object.fromEntries(Object.entries(content).filter(([key]) => !isFeatureKey(key)));
}

/** The entitlements set on a tenant: flag key -> entitled. */
export function entitlementsOf(content: SettingsContent): Map<string, boolean> {
  const map = new Map<string, boolean>();
  for (const [key, value] of Object.entries(content)) {
    if (isFeatureKey(key) && typeof value === 'boolean') map.set(key.slice(FEATURE_PREFIX.length), value);
  }
  return map;
}

export const stateOf = (entitled: boolean | undefined): EntitlementState =>
  entitled === undefined ? 'INHERIT' : entitled ? 'ON' : 'OFF';

/** A number setting, when the tenant has it. */
export function numberSetting(content: SettingsContent, key: string): number | undefined {
  const value = content[key];
  return typeof value === 'number' ? value : undefined;
}

/** The content before a change: `after` with each entry of its diff undone (keys are flat, values scalar). */
export function undoDiff(after: SettingsContent, diff: readonly DiffEntry[]): SettingsContent {
  const before: SettingsContent = { ...after };
  for (const entry of diff) {
    if (entry.change === 'CREATE') delete before[entry.path];
    else before[entry.path] = entry.from;
  }
  return canonicalSettings(before);
}
