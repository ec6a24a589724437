// A segment (cohort) as stored: the engine's definition plus description and timestamps.

import { canonicalCondition, mapList } from '../evaluation/canonical.js';
import type { SegmentDefinition } from '../evaluation/definitions.js';

export interface Segment extends SegmentDefinition {
  description: string;
  /** Set once archived: the segment leaves evaluation and the list, and flags may no longer use it. */
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The editable content: what a revision stores and a rollback restores. */
export type SegmentContent = Omit<SegmentDefinition, 'key' | 'revision'> & { description: string };

/** The stored (canonical) form: conditions leave out false `negate` / `caseInsensitive`, as a flag's do. */
export function segmentContent(segment: SegmentContent): SegmentContent {
  return {
    description: segment.description,
    included: segment.included,
    excluded: segment.excluded,
    rules: mapList(segment.rules, (rule) => ({ conditions: mapList(rule.conditions, canonicalCondition) })),
    ...(segment.bucketing != null ? { bucketing: segment.bucketing } : {}),
  };
}
