// Which of an editor's messages has no field of its own, and which one comes first in the form's order.
import type { LabelledIssue } from './EditorSummary';

export interface EditorProblems {
  /** Messages for paths the form shows no field for, labelled. */
  unmatched: LabelledIssue[];
  /** The first problem: an unmatched one (shown at the top), else the first field's in form order. */
  first: (LabelledIssue & { unmatched: boolean }) | undefined;
  /** How many messages fall under each prefix given in `sections`. */
  bySection: Record<string, number>;
}

/**
 * `shown` lists the paths the form has fields for; they are ordered by the place of their first segment in
 * `heads` (the form's parts, top to bottom), then as listed. `reason` is always last.
 * `sections` maps a section name to the path heads it holds (e.g. rules: ['rules']).
 */
export function editorProblems(
  messages: ReadonlyMap<string, string>,
  shown: readonly string[],
  labelOf: (path: string) => string,
  heads: readonly string[],
  sections: Record<string, readonly string[]> = {},
): EditorProblems {
  const rank = (path: string, i: number) => {
    const head = heads.indexOf(path.split('.')[0] ?? '');
    return (head < 0 ? heads.length : head) * 1_000_000 + i;
  };
  const order = new Map(shown.map((path, i) => [path, rank(path, i)]));
  order.set('reason', Number.MAX_SAFE_INTEGER);
  const labelled = [...messages].map(([path, message]) => ({ path, message, label: labelOf(path) }));
  const unmatched = labelled.filter((issue) => !order.has(issue.path));
  const fielded = labelled
    .filter((issue) => order.has(issue.path))
    .sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  const firstUnmatched = unmatched[0];
  const firstFielded = fielded[0];
  const first = firstUnmatched
    ? { ...firstUnmatched, unmatched: true }
    : firstFielded && { ...firstFielded, unmatched: false };
  const bySection: Record<string, number> = {};
  for (const [name, heads] of Object.entries(sections)) {
    bySection[name] = labelled.filter((issue) => heads.includes(issue.path.split('.')[0] ?? '')).length;
  }
  return { unmatched, first, bySection };
}
