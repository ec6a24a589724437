// Applies a change of some flags and segments to a compiled set, recompiling only what the change touches:
// the changed flags, the flags using a changed segment, and the flags depending on those through prerequisites
// whose prerequisite analysis moved. Everything else is shared with the previous set, which stays untouched.
import {
  addEdge,
  analysisOf,
  assembleFlagSet,
  byKey,
  type CompiledFlag,
  type CompiledFlagSet,
  compileFlag,
  prerequisiteKeys,
  segmentsUsedBy,
} from './compile.js';
import type { FlagDefinition, SegmentDefinition } from './definitions.js';
import { analysePrerequisites, type PrerequisiteAnalysis } from './prerequisite-graph.js';
import { type CompiledSegment, compileSegment } from './segments.js';

export interface FlagSetChange {
  revision: number;
  /** Flags created or replaced (a later one with the same key wins). */
  flags?: readonly FlagDefinition[];
  /** Flags gone from the live set (archived). */
  removedFlags?: readonly string[];
  segments?: readonly SegmentDefinition[];
  removedSegments?: readonly string[];
}

export interface Recompiled {
  set: CompiledFlagSet;
  /** Flags whose results may differ from the previous set's, as `affectedFlags` would find them. */
  affected: Set<string>;
  /** Flags compiled anew (the rest are the previous set's objects). */
  recompiled: number;
}

/** Copy-on-write for the inner sets of an index: only the entries a change edits are copied. */
class EdgeIndex {
  private readonly copied = new Set<string>();
  readonly map: Map<string, Set<string>>;

  constructor(previous: ReadonlyMap<string, ReadonlySet<string>>) {
    this.map = new Map(previous as Map<string, Set<string>>);
  }

  add(from: string, to: string): void {
    this.own(from);
    addEdge(this.map, from, to);
  }

  remove(from: string, to: string): void {
    const set = this.own(from);
    set?.delete(to);
    if (set?.size === 0) this.map.delete(from);
  }

  private own(from: string): Set<string> | undefined {
    const set = this.map.get(from);
    if (set === undefined || this.copied.has(from)) return set;
    const copy = new Set(set);
    this.map.set(from, copy);
    this.copied.add(from);
    return copy;
  }
}

const sameAnalysis = (a: PrerequisiteAnalysis, b: PrerequisiteAnalysis | undefined) =>
  b !== undefined && a.problem === b.problem && a.via === b.via && a.depth === b.depth;

export function recompileFlagSet(previous: CompiledFlagSet, change: FlagSetChange): Recompiled {
  const segments = new Map<string, CompiledSegment>(previous.segments);
  const changedSegments = new Set<string>();
  for (const key of change.removedSegments ?? []) {
    if (segments.delete(key)) changedSegments.add(key);
  }
  for (const segment of change.segments ?? []) {
    if (segment === null || typeof segment !== 'object') continue;
    segments.set(segment.key, compileSegment(segment));
    changedSegments.add(segment.key);
  }

  // The new definitions of changed flags (undefined: removed); the rest keep the previous set's.
  const changed = new Map<string, FlagDefinition | undefined>();
  for (const key of change.removedFlags ?? []) if (previous.flags.has(key)) changed.set(key, undefined);
  for (const flag of change.flags ?? []) {
    if (flag !== null && typeof flag === 'object') changed.set(flag.key, flag);
  }

  const dependents = new EdgeIndex(previous.index.dependents);
  const segmentUsers = new EdgeIndex(previous.index.segmentUsers);
  for (const [key, next] of changed) {
    const before = previous.flags.get(key)?.definition;
    if (before) {
      for (const parent of prerequisiteKeys(before)) dependents.remove(parent, key);
      for (const segment of segmentsUsedBy(before)) segmentUsers.remove(segment, key);
    }
    if (next) {
      for (const parent of prerequisiteKeys(next)) dependents.add(parent, key);
      for (const segment of segmentsUsedBy(next)) segmentUsers.add(segment, key);
    }
  }

  // What may evaluate differently: changed flags, users of changed segments, and their dependents at any depth.
  const affected = new Set<string>(changed.keys());
  for (const segment of changedSegments) {
    for (const user of segmentUsers.map.get(segment) ?? []) affected.add(user);
  }
  const queue = [...affected];
  for (let i = 0; i < queue.length; i++) {
    for (const child of dependents.map.get(queue[i] as string) ?? []) {
      if (!affected.has(child)) {
        affected.add(child);
        queue.push(child);
      }
    }
  }

  const definitionOf = (key: string): FlagDefinition | undefined =>
    changed.has(key) ? changed.get(key) : previous.flags.get(key)?.definition;
  const nodes = {
    has: (key: string) => definitionOf(key) !== undefined,
    get: (key: string) => definitionOf(key),
    keys: () => affected.values(),
  };
  // Only affected flags can have a different ancestry; the others' analyses are the previous set's.
  const analysed = analysePrerequisites(nodes, affected, (key) => {
    const flag = affected.has(key) ? undefined : previous.flags.get(key);
    return flag && analysisOf(flag);
  });
  const flags = new Map<string, CompiledFlag>(previous.flags);
  let recompiled = 0;
  for (const key of affected) {
    const definition = definitionOf(key);
    if (definition === undefined) {
      flags.delete(key);
      continue;
    }
    const analysis = analysed.get(key);
    const old = previous.flags.get(key);
    const usesChangedSegment = segmentsUsedBy(definition).some((s) => changedSegments.has(s));
    if (old && !changed.has(key) && !usesChangedSegment && sameAnalysis(analysisOf(old), analysis)) {
      continue; // a dependent whose own compiled form is unchanged: it reads its parents at evaluation time
    }
    flags.set(key, compileFlag(definition, segments, analysis));
    recompiled++;
  }

  const added = [...changed].filter(([key, next]) => next !== undefined && !previous.flags.has(key));
  const removed = [...changed].some(([, next]) => next === undefined);
  const sortedKeys =
    added.length > 0 || removed
      ? mergeSorted(
          removed ? previous.sortedKeys.filter((key) => flags.has(key)) : previous.sortedKeys,
          added.map(([key]) => key).sort(byKey),
        )
      : previous.sortedKeys;
  let sortedFlags: CompiledFlag[];
  if (sortedKeys === previous.sortedKeys) {
    sortedFlags = previous.sortedFlags.slice();
    for (const key of affected) {
      const at = indexOf(sortedKeys, key);
      if (at >= 0) sortedFlags[at] = flags.get(key) as CompiledFlag;
    }
  } else {
    sortedFlags = sortedKeys.map((key) => flags.get(key) as CompiledFlag);
  }
  const set = assembleFlagSet(
    change.revision,
    flags,
    segments,
    sortedKeys,
    { dependents: dependents.map, segmentUsers: segmentUsers.map },
    sortedFlags,
  );
  return { set, affected, recompiled };
}

/** Merges two lists sorted with `byKey` (the second one short: the flags a change creates). */
function mergeSorted(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  const out: string[] = [];
  let j = 0;
  for (const key of a) {
    while (j < b.length && byKey(b[j] as string, key) < 0) out.push(b[j++] as string);
    out.push(key);
  }
  while (j < b.length) out.push(b[j++] as string);
  return out;
}

/** Binary search in a list sorted with `byKey`; -1 when absent. */
function indexOf(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid] as string;
    if (at === key) return mid;
    if (at < key) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
