// The tenant settings form: each known setting as text (empty: the server's default), back to a patch.
import type { ChangeSentence } from '../history/change-sentences';

export interface SettingSpec {
  key: string;
  label: string;
  hint: string;
  min: number;
  max: number;
}

/** The settings a tenant may have (the server's SETTING_RULES), in form order. */
export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'moduleQuota.free',
    label: 'Module runs per day, free plan',
    hint: "Per module per UTC day for the tenant's free users. Empty: the server's AUGUR_MODULE_QUOTA.",
    min: 0,
    max: 1_000_000,
  },
  {
    key: 'moduleQuota.premium',
    label: 'Module runs per day, premium plan',
    hint: "The same for premium users. Empty: the server's AUGUR_MODULE_QUOTA.",
    min: 0,
    max: 1_000_000,
  },
  {
    key: 'rateLimit.requestsPerMinute',
    label: 'API requests per minute per key',
    hint: 'Over it, calls with a key of this tenant get RATE_LIMITED. Empty: no limit of its own.',
    min: 1,
    max: 1_000_000,
  },
];

export interface SettingsForm {
  version: number;
  /** Text by setting key, as typed. */
  values: Record<string, string>;
  /** Keys the tenant has that this form does not know (kept, shown read-only). */
  unknown: Record<string, unknown>;
}

export interface LoadedSettings {
  version: number;
  settings: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export function toSettingsForm(loaded: LoadedSettings): SettingsForm {
  const settings = asRecord(loaded.settings);
  const known = new Set(SETTINGS.map((s) => s.key));
  return {
    version: loaded.version,
    values: Object.fromEntries(
      SETTINGS.map((s) => [s.key, settings[s.key] === undefined ? '' : String(settings[s.key])]),
    ),
    unknown: Object.fromEntries(Object.entries(settings).filter(([key]) => !known.has(key))),
  };
}

/** The value a text stands for: null (back to the default) when empty, a number otherwise (NaN if not one). */
function numberOf(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** The patch to send: every known setting, null for the empty ones (the server drops what is unchanged). */
export function toSettingsPatch(form: SettingsForm): Record<string, number | null> {
  return Object.fromEntries(SETTINGS.map((s) => [s.key, numberOf(form.values[s.key] ?? '')]));
}

/** What the browser can tell before sending: not a whole number, or out of the setting's range. */
export function settingsProblems(form: SettingsForm): Map<string, string> {
  const problems = new Map<string, string>();
  for (const spec of SETTINGS) {
    const value = numberOf(form.values[spec.key] ?? '');
    if (value === null) continue;
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
      problems.set(
        `patch.${spec.key}`,
        `must be a whole number from ${spec.min} to ${spec.max.toLocaleString('en')}, or empty`,
      );
    }
  }
  return problems;
}

/** The form's label for a field path of the server's messages (`patch.moduleQuota.free`). */
export function settingsFieldLabel(path: string): string {
  if (path === 'reason') return 'Reason for this change';
  const key = path.replace(/^patch\./, '');
  return SETTINGS.find((s) => s.key === key)?.label ?? key;
}

const shown = (value: number | null) => (value === null ? 'the default' : String(value));

/** The unsaved changes in sentences, for the save bar. */
export function describeSettingsChanges(
  before: Record<string, number | null>,
  after: Record<string, number | null>,
): ChangeSentence[] | undefined {
  const out: ChangeSentence[] = [];
  for (const spec of SETTINGS) {
    const a = before[spec.key] ?? null;
    const b = after[spec.key] ?? null;
    if (Number.isNaN(b)) return undefined;
    if (a === b) continue;
    const kind = a === null ? 'added' : b === null ? 'removed' : 'changed';
    out.push({ kind, text: `${spec.label}: ${shown(a)} → ${shown(b)}` });
  }
  return out;
}

export interface FlatDiffEntry {
  path: string;
  change: 'CREATE' | 'REMOVE' | 'CHANGE';
  from?: unknown;
  to?: unknown;
}

/** The settings before a change: `after` with its diff undone (settings are flat, so this is exact). */
export function undoSettingsDiff(after: unknown, diff: readonly FlatDiffEntry[]): Record<string, unknown> {
  const before: Record<string, unknown> = { ...asRecord(after) };
  for (const entry of diff) {
    if (entry.change === 'CREATE') delete before[entry.path];
    else before[entry.path] = entry.from;
  }
  return before;
}
