// An immutable snapshot of one entity's configuration after a change, with what changed and why.
import diff from 'microdiff';

export type EntityType =
  | 'flag'
  | 'segment'
  | 'persona'
  | 'tenantSettings'
  | 'guard'
  | 'alertRule'
  | 'releasePlan';

export interface Revision {
  entityType: EntityType;
  entityKey: string;
  revision: number;
  configRevision: number | null;
  action: string;
  content: unknown;
  diff: DiffEntry[];
  actor: string;
  reason: string;
  requestId: string;
  /** The tenant the revision concerns; null for global configuration. */
  tenantId: string | null;
  createdAt: Date;
}

export interface DiffEntry {
  /** Dotted path, e.g. `rules.0.serve.rollout.weights.1.weight`. */
  path: string;
  change: 'CREATE' | 'REMOVE' | 'CHANGE';
  from?: unknown;
  to?: unknown;
}

export function diffContent(before: unknown, after: unknown): DiffEntry[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return diff(a, b).map((d) => ({
    path: d.path.join('.'),
    change: d.type,
    ...('oldValue' in d ? { from: d.oldValue } : {}),
    ...('value' in d ? { to: d.value } : {}),
  }));
}

/** A one-line summary for audit details and notifications, e.g. "enabled: true -> false; +2 more". */
export function summarizeDiff(entries: DiffEntry[], max = 3): string {
  if (entries.length === 0) return 'no change';
  const shown = entries.slice(0, max).map((e) => {
    if (e.change === 'CREATE') return `${e.path} added`;
    if (e.change === 'REMOVE') return `${e.path} removed`;
    return `${e.path}: ${JSON.stringify(e.from)} -> ${JSON.stringify(e.to)}`;
  });
  return entries.length > max ? `${shown.join('; ')}; +${entries.length - max} more` : shown.join('; ');
}
