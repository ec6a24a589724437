// Flags as a kind of versioned configuration: canonical form, validation against the other flags and segments.
import { MAX_PREREQUISITE_DEPTH } from '../evaluation/prerequisite-graph.js';
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

/**
 * The live flags a flag's prerequisites reach (its ancestry, without the flag itself), read level by level:
 * all that validation needs (parents exist, their variants, no cycle back to `key`), so saving one flag
 * costs a few small reads rather than reading every flag.
 */
async function ancestry(flags: FlagStore, key: string, content: FlagContent): Promise<Flag[]> {
  const found = new Map<string, Flag>();
  const asked = new Set<string>([key]);
  const parentKeys = (prerequisites: unknown): string[] =>
    Array.isArray(prerequisites)
      ? prerequisites.flatMap((p) => (typeof p?.flagKey === 'string' ? [p.flagKey as string] : []))
      : [];
  let next = parentKeys(content.prerequisites);
  // One level more than evaluation follows: deeper chains are reported by the evaluator, not by validation.
  for (let depth = 0; next.length > 0 && depth <= MAX_PREREQUISITE_DEPTH; depth++) {
    const fresh = [...new Set(next)].filter((k) => !asked.has(k));
    for (const k of fresh) asked.add(k);
    const level = await flags.liveByKeys(fresh);
    for (const flag of level) found.set(flag.key, flag);
    next = level.flatMap((flag) => parentKeys(flag.prerequisites));
  }
  return [...found.values()];
}

export const flagDefinition: EntityDefinition<Flag, FlagContent, FlagTx> = {
  type: 'flag',
  name: (key) => `Flag ${key}`,
  rows: (tx) => tx.flags,
  canonical: canonicalFlagContent,
  isRetired: (flag) => flag.archivedAt !== null,
  async validate(tx, key, content, revision) {
    const flags = await ancestry(tx.flags, key, content);
    const segments = await tx.segments.list();
    return validateFlag({ ...content, key, revision }, { flags, segments });
  },
  async archiveBlockers(tx, key) {
    const dependents = await tx.flags.liveDependentsOf(key);
    if (dependents.length === 0) return [];
    return [{ path: 'key', message: `is a prerequisite of ${dependents.map((f) => f.key).join(', ')}` }];
  },
};
