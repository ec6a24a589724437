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
  const content = after ?? {};
  for (const entry of restored) write(root, pathKeys(entry.path, content), entry.from);
  for (const entry of [...added].sort(byLastIndexDescending)) remove(root, pathKeys(entry.path, content));
  return root;
}

/**
 * The keys of a dotted diff path, read against the content the diff led to. Keys may hold dots themselves
 * (tenant settings such as `moduleQuota.free`), so at each level the shortest run of segments that names a
 * key there is taken. Where none does (a removed key, or a part the stored content leaves out), the rest is
 * one key when that level's keys hold dots, else the path goes on segment by segment.
 */
export function pathKeys(path: string, content: unknown): string[] {
  const segments = path.split('.');
  const keys: string[] = [];
  let node: unknown = content;
  for (let start = 0; start < segments.length; ) {
    const map = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
    let end = start + 1;
    while (end <= segments.length && !(map && Object.hasOwn(map, segments.slice(start, end).join('.'))))
      end++;
    if (end > segments.length) {
      const dotted =
        map !== undefined && !Array.isArray(map) && Object.keys(map).some((k) => k.includes('.'));
      end = dotted ? segments.length : start + 1;
    }
    const key = segments.slice(start, end).join('.');
    keys.push(key);
    node = map && Object.hasOwn(map, key) ? map[key] : undefined;
    start = end;
  }
  return keys;
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
