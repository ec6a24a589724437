// Pure helpers that turn a revision's diff entries and JSON values into short, readable text.

/** The words a diff row shows for each kind of change, so the change is never told by colour alone. */
export const CHANGE_LABELS: Record<string, string> = {
  CREATE: 'Added',
  REMOVE: 'Removed',
  CHANGE: 'Changed',
};

export function changeLabel(change: string): string {
  return CHANGE_LABELS[change] ?? change;
}

/** The dotted path as the server sends it (`rules.0.serve.variant`); the empty path is the whole content. */
export function pathLabel(path: string): string {
  return path === '' ? 'Whole configuration' : path;
}

const COMPACT_MAX = 80;

/**
 * A JSON value as text: compact on one line (`{ "variant": "on", "weight": 50 }`) when short,
 * indented over several lines (`multiline`) when not.
 */
export function formatValue(value: unknown): { text: string; multiline: boolean } {
  if (value === undefined) return { text: 'nothing', multiline: false };
  const indented = JSON.stringify(value, null, 2) ?? String(value);
  // Only structural newlines exist here: newlines inside strings are escaped by JSON.stringify.
  const compact = indented.replace(/\n\s*/g, ' ').replace(/([[{]) ([\]}])/g, '$1$2');
  return compact.length <= COMPACT_MAX
    ? { text: compact, multiline: false }
    : { text: indented, multiline: true };
}

const ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Updated',
  enable: 'Turned on',
  disable: 'Turned off',
  archive: 'Archived',
  rollback: 'Rolled back',
};

/** `flag.rollback` → "Rolled back"; an unknown action is shown as it is. */
export function actionLabel(action: string): string {
  const verb = action.slice(action.lastIndexOf('.') + 1);
  return ACTION_LABELS[verb] ?? action;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}
