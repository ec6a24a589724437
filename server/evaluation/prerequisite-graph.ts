// The prerequisite graph: which flags can never pass their prerequisites (missing parent, cycle, too deep).
import type { Prerequisite } from './definitions.js';

/** Longest chain of prerequisites evaluated; deeper chains fail, so evaluation cannot exhaust the stack. */
export const MAX_PREREQUISITE_DEPTH = 100;

export interface PrerequisiteNode {
  readonly prerequisites: readonly Prerequisite[];
}

export interface PrerequisiteAnalysis {
  /** Why this flag's prerequisites can never pass for any context, or null. */
  readonly problem: string | null;
  /** The direct prerequisite through which `problem` reaches this flag (null when it is this flag's own). */
  readonly via: string | null;
  /** Edges in the longest prerequisite chain below this flag (0 without prerequisites). */
  readonly depth: number;
}

const parentsOf = (node: PrerequisiteNode | undefined): string[] =>
  Array.isArray(node?.prerequisites)
    ? node.prerequisites.map((p) => (typeof p?.flagKey === 'string' ? p.flagKey : ''))
    : [];

/**
 * Walks the whole graph once (iteratively: chains may be long) and says, for every flag, whether its
 * prerequisites are broken whatever the context: a parent that does not exist, a cycle reachable from it, or
 * a chain deeper than MAX_PREREQUISITE_DEPTH. These flags are off with PREREQUISITE_FAILED.
 */
export function analysePrerequisites(
  nodes: Pick<ReadonlyMap<string, PrerequisiteNode>, 'get' | 'has' | 'keys'>,
  /** Only these flags (and what they reach that is not settled); every flag by default. */
  roots: Iterable<string> = nodes.keys(),
  /**
   * Analyses known from before, for flags whose ancestry did not change (an incremental recompile): the walk
   * stops at them. A settled flag is never on a cycle with an unsettled one (it would then depend on it).
   */
  settled: (key: string) => PrerequisiteAnalysis | undefined = () => undefined,
): Map<string, PrerequisiteAnalysis> {
  const done = new Map<string, PrerequisiteAnalysis>();
  const onStack = new Set<string>();
  const known = (key: string) => done.get(key) ?? settled(key);
  for (const root of roots) {
    if (!nodes.has(root)) continue;
    if (done.has(root)) continue;
    const stack: Array<{ key: string; parents: string[]; next: number }> = [
      { key: root, parents: parentsOf(nodes.get(root)), next: 0 },
    ];
    onStack.add(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      if (frame.next < frame.parents.length) {
        const parent = frame.parents[frame.next++] as string;
        if (nodes.has(parent) && known(parent) === undefined && !onStack.has(parent)) {
          onStack.add(parent);
          stack.push({ key: parent, parents: parentsOf(nodes.get(parent)), next: 0 });
        }
        continue;
      }
      let problem: string | null = null;
      let via: string | null = null;
      let depth = 0;
      for (const parent of frame.parents) {
        const analysed = known(parent);
        if (!nodes.has(parent)) {
          problem ??= `prerequisite flag ${parent} does not exist`;
        } else if (analysed === undefined) {
          // Still on the stack: this edge closes a cycle.
          const from = stack.findIndex((f) => f.key === parent);
          const cycle = [...stack.slice(from).map((f) => f.key), parent];
          problem ??= `prerequisites form a cycle: ${cycle.join(' -> ')}`;
        } else {
          if (analysed.problem !== null && problem === null) {
            problem = analysed.problem;
            via = parent;
          }
          depth = Math.max(depth, analysed.depth + 1);
        }
      }
      if (frame.parents.length > 0) depth = Math.max(depth, 1);
      if (problem === null && depth > MAX_PREREQUISITE_DEPTH) {
        problem = `prerequisite chain is deeper than ${MAX_PREREQUISITE_DEPTH} levels`;
      }
      done.set(frame.key, { problem, via, depth });
      onStack.delete(frame.key);
      stack.pop();
    }
  }
  return done;
}

/** The chain of prerequisite edges from `from` to `to`, both included, or null when `to` is not reachable. */
export function prerequisitePath(
  nodes: ReadonlyMap<string, PrerequisiteNode>,
  from: string,
  to: string,
): string[] | null {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] as string;
    if (key === to) {
      const path: string[] = [];
      for (let at: string | null | undefined = key; at != null; at = cameFrom.get(at)) path.unshift(at);
      return path;
    }
    for (const parent of parentsOf(nodes.get(key))) {
      if (nodes.has(parent) && !cameFrom.has(parent)) {
        cameFrom.set(parent, key);
        queue.push(parent);
      }
    }
  }
  return null;
}
