// Segments as a kind of versioned configuration: canonical form and validation.
import { validateSegment } from '../evaluation/validate.js';
import type { ConfigTx } from '../revisions/config-transaction.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import { type Segment, type SegmentContent, segmentContent } from './segment.js';
import type { SegmentStore } from './segment-store.js';

export interface SegmentTx extends ConfigTx {
  segments: SegmentStore;
}

export const segmentDefinition: EntityDefinition<Segment, SegmentContent, SegmentTx> = {
  type: 'segment',
  name: (key) => `Segment ${key}`,
  rows: (tx) => tx.segments,
  canonical: (_key, content) => segmentContent(content),
  validate: (_tx, key, content, revision) => validateSegment({ ...content, key, revision }),
};
