// Which flags' results may differ between two compiled sets: changed flags, flags using a changed segment,
// and every flag depending on those through prerequisites, at any depth.
import type { CompiledFlagSet } from '../evaluation/compile.js';
import type { FlagDefinition } from '../evaluation/definitions.js';

function segmentsUsed(flag: FlagDefinition): string[] {
  return flag.rules.flatMap((rule) =>
    rule.conditions.filter((c) => c.operator === 'IN_SEGMENT').flatMap((c) => c.values.map(String)),
  );
}

export function affectedFlags(prev: CompiledFlagSet, next: CompiledFlagSet): Set<string> {
  const keys = new Set([...prev.keys(), ...next.keys()]);
  const changedSegments = new Set<string>();
  for (const key of new Set([...prev.segments.keys(), ...next.segments.keys()])) {
    if (prev.segmentDefinition(key)?.revision !== next.segmentDefinition(key)?.revision)
      changedSegments.add(key);
  }
  const affected = new Set<string>();
  for (const key of keys) {
    const before = prev.definition(key);
    const after = next.definition(key);
    const usesChangedSegment = [before, after].some(
      (d) => d !== undefined && segmentsUsed(d).some((s) => changedSegments.has(s)),
    );
    if (before?.revision !== after?.revision || usesChangedSegment) affected.add(key);
  }
  return withDependents([prev, next], affected);
}

/** Adds every flag that depends on one in `affected` through prerequisites, at any depth, in any of `sets`. */
export function withDependents(sets: readonly CompiledFlagSet[], affected: Set<string>): Set<string> {
  const keys = new Set(sets.flatMap((set) => set.keys()));
  // A flag whose parent may have changed may change too.
  let grew = affected.size > 0;
  while (grew) {
    grew = false;
    for (const key of keys) {
      if (affected.has(key)) continue;
      const prerequisites = sets.flatMap((set) => set.definition(key)?.prerequisites ?? []);
      if (prerequisites.some((p) => affected.has(p.flagKey))) {
        affected.add(key);
        grew = true;
      }
    }
  }
  return affected;
}
