// Which flags' results may differ between two compiled sets: changed flags, flags using a changed segment,
// and every flag depending on those through prerequisites, at any depth. (An incremental refresh knows this
// without comparing; a full load compares.)
import { type CompiledFlagSet, segmentsUsedBy } from '../evaluation/compile.js';

export function affectedFlags(prev: CompiledFlagSet, next: CompiledFlagSet): Set<string> {
  const changedSegments = new Set<string>();
  for (const key of new Set([...prev.segments.keys(), ...next.segments.keys()])) {
    if (prev.segmentDefinition(key)?.revision !== next.segmentDefinition(key)?.revision)
      changedSegments.add(key);
  }
  const affected = new Set<string>();
  for (const key of new Set([...prev.keys(), ...next.keys()])) {
    const before = prev.definition(key);
    const after = next.definition(key);
    const usesChangedSegment =
      changedSegments.size > 0 &&
      [before, after].some((d) => d !== undefined && segmentsUsedBy(d).some((s) => changedSegments.has(s)));
    if (before?.revision !== after?.revision || usesChangedSegment) affected.add(key);
  }
  return withDependents([prev, next], affected);
}

/** Adds every flag that depends on one in `affected` through prerequisites, at any depth, in any of `sets`. */
export function withDependents(sets: readonly CompiledFlagSet[], affected: Set<string>): Set<string> {
  // A flag whose parent may have changed may change too: walk the sets' reverse prerequisite edges.
  const queue = [...affected];
  for (let i = 0; i < queue.length; i++) {
    const parent = queue[i] as string;
    for (const set of sets) {
      for (const child of set.index.dependents.get(parent) ?? []) {
        if (!affected.has(child)) {
          affected.add(child);
          queue.push(child);
        }
      }
    }
  }
  return affected;
}
