// The diff entries between two contents, as the server computes them, and a content from before a diff.
import diff from 'microdiff';
import type { DiffEntry } from './diff-format';

type Container = Record<string, unknown> | unknown[];

/** What changes from `before` to `after`, path by path (the same microdiff the server records). */
export function diffEntries(before: unknown, after: unknown): DiffEntry[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return diff(a, b).map((d) => ({
    path: d.path.join('.'),
    change: d.type,
    ...('oldValue' in d ? { from: d.oldValue } : {}),
    ...('value' in d ? { to: d.value } : {}),
  }));
}

/**
 * The content a revision replaced, rebuilt from its content and its diff: changed and removed values get
 * their old value back, added ones go. Added list elements are taken out last index first, so earlier
 * positions stay where they are.
 */
export function contentBefore(after: unknown, entries: readonly DiffEntry[]): unknown {
  const whole = entries.find((e) => e.path === '');
  if (whole) return whole.from;
  const root = structuredClone(after ?? {}) as Container;
  const restored = entries.filter((e) => e.change !== 'CREATE');
  const added = entries.filter((e) => e.change === 'CREATE');
  for (const entry of restored) write(root, entry.path.split('.'), entry.from);
  for (const entry of [...added].sort(byLastIndexDescending)) remove(root, entry.path.split('.'));
  return root;
}

const lastIndex = (entry: DiffEntry) => Number(entry.path.slice(entry.path.lastIndexOf('.') + 1));
const byLastIndexDescending = (a: DiffEntry, b: DiffEntry) => (lastIndex(b) || 0) - (lastIndex(a) || 0);

/** The container holding the path's last key; with `make`, missing ones are made (a list before an index). */
function parentOf(root: Container, path: string[], make = false): Container | undefined {
  let node = root as Record<string, unknown>;
  for (const [depth, key] of path.slice(0, -1).entries()) {
    let next = node[key];
    if ((next === null || typeof next !== 'object') && make) {
      next = /^\d+$/.test(path[depth + 1] ?? '') ? [] : {};
      node[key] = next;
    }
    if (next === null || typeof next !== 'object') return undefined;
    node = next as Record<string, unknown>;
  }
  return node;
}

function write(root: Container, path: string[], value: unknown): void {
  const parent = parentOf(root, path, true);
  const key = path[path.length - 1];
  if (parent && key !== undefined) (parent as Record<string, unknown>)[key] = value;
}

function remove(root: Container, path: string[]): void {
  const parent = parentOf(root, path);
  const key = path[path.length - 1];
  if (!parent || key === undefined) return;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}
