// Segments as a kind of versioned configuration: canonical form, validation, and archiving only when unused.
import { validateSegment } from '../evaluation/validate.js';
import type { FlagStore } from '../flags/flag-store.js';
import type { ConfigTx } from '../revisions/config-transaction.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import { type Segment, type SegmentContent, segmentContent } from './segment.js';
import type { SegmentStore } from './segment-store.js';
import { flagsUsingSegment } from './segment-usage.js';

export interface SegmentTx extends ConfigTx {
  segments: SegmentStore;
  /** Read only, to refuse archiving a segment that a live flag still uses. */
  flags: FlagStore;
}

export const segmentDefinition: EntityDefinition<Segment, SegmentContent, SegmentTx> = {
  type: 'segment',
  name: (key) => `Segment ${key}`,
  rows: (tx) => tx.segments,
  canonical: (_key, content) => segmentContent(content),
  isRetired: (segment) => segment.archivedAt !== null,
  validate: (_tx, key, content, revision) => validateSegment({ ...content, key, revision }),
  async archiveBlockers(tx, key) {
    const users = flagsUsingSegment(await tx.flags.live(), key);
    if (users.length === 0) return [];
    return [{ path: 'key', message: `is used by flag${users.length === 1 ? '' : 's'} ${users.join(', ')}` }];
  },
};
