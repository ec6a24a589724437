// Flags as a kind of versioned configuration: canonical form, validation against the other flags and segments.
import { validateFlag } from '../evaluation/validate.js';
import type { ConfigTx } from '../revisions/config-transaction.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import type { SegmentStore } from '../segments/segment-store.js';
import { canonicalFlagContent, type Flag, type FlagContent } from './flag.js';
import type { FlagStore } from './flag-store.js';

export interface FlagTx extends ConfigTx {
  flags: FlagStore;
  segments: SegmentStore;
}

export const flagDefinition: EntityDefinition<Flag, FlagContent, FlagTx> = {
  type: 'flag',
  name: (key) => `Flag ${key}`,
  rows: (tx) => tx.flags,
  canonical: canonicalFlagContent,
  isRetired: (flag) => flag.archivedAt !== null,
  async validate(tx, key, content, revision) {
    const flags = await tx.flags.all();
    const segments = await tx.segments.list();
    return validateFlag(
      { ...content, key, revision },
      { flags: flags.filter((f) => f.archivedAt === null && f.key !== key), segments },
    );
  },
  async archiveBlockers(tx, key) {
    const dependents = (await tx.flags.all()).filter(
      (f) => f.archivedAt === null && f.prerequisites.some((p) => p.flagKey === key),
    );
    if (dependents.length === 0) return [];
    return [{ path: 'key', message: `is a prerequisite of ${dependents.map((f) => f.key).join(', ')}` }];
  },
};
