// Which flags use a segment: any rule condition IN_SEGMENT naming it.
import type { FlagDefinition } from '../evaluation/definitions.js';

/** Keys of the flags among `flags` with a rule condition IN_SEGMENT that names `segmentKey`, sorted. */
export function flagsUsingSegment(
  flags: Iterable<Pick<FlagDefinition, 'key' | 'rules'>>,
  segmentKey: string,
) {
  const keys: string[] = [];
  for (const flag of flags) {
    const uses = flag.rules.some((rule) =>
      rule.conditions.some((c) => c.operator === 'IN_SEGMENT' && c.values.map(String).includes(segmentKey)),
    );
    if (uses) keys.push(flag.key);
  }
  return keys.sort();
}
