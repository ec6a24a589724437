// Rebuilds the flag set as it was at an earlier configuration revision, so a reconnecting client gets
// exactly the results that changed for it since then.
import { type CompiledFlagSet, compileFlagSet } from '../evaluation/compile.js';
import type { FlagDefinition, SegmentDefinition } from '../evaluation/definitions.js';
import type { FlagContent } from '../flags/flag.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import type { SegmentContent } from '../segments/segment.js';

/** Further behind than this many changed entities, a client gets a full snapshot instead. */
export const MAX_REPLAY_ENTITIES = 500;

export interface AsOf {
  set: CompiledFlagSet;
}

/** Distinct past lookups remembered per current set (clients reconnecting after one outage share a few). */
const CACHED_PER_SET = 16;
/** Keyed by the current set, so entries go when it is replaced. */
const cache = new WeakMap<CompiledFlagSet, Map<string, Promise<unknown>>>();

/**
 * One history lookup as of a past revision, shared between callers: a reconnect storm (thousands of clients
 * back from the same revision) costs one read instead of one each. History is immutable, so a result stays
 * right for as long as `current` is the set in force.
 */
export function sharedAsOf<T>(current: CompiledFlagSet, key: string, read: () => Promise<T>): Promise<T> {
  let byKey = cache.get(current);
  if (!byKey) {
    byKey = new Map();
    cache.set(current, byKey);
  }
  const cached = byKey.get(key) as Promise<T> | undefined;
  if (cached) return cached;
  if (byKey.size >= CACHED_PER_SET) byKey.delete(byKey.keys().next().value as string);
  const built = read();
  byKey.set(key, built);
  // A failed read (database away) is not remembered: the next client tries again.
  built.catch(() => byKey.delete(key));
  return built;
}

/** The flag set as it was at `since` (undefined: too far behind, or a revision not reached). */
export function flagSetAsOf(
  current: CompiledFlagSet,
  since: number,
  revisions: RevisionStore,
): Promise<AsOf | undefined> {
  return sharedAsOf(current, `flags:${since}`, () => build(current, since, revisions));
}

async function build(
  current: CompiledFlagSet,
  since: number,
  revisions: RevisionStore,
): Promise<AsOf | undefined> {
  if (since > current.revision || since < 0) return undefined;
  if (since === current.revision) return { set: current };
  const changed = await revisions.changedSince(since, MAX_REPLAY_ENTITIES);
  if (!changed) return undefined;

  const flags = new Map<string, FlagDefinition>(
    current.keys().map((k) => [k, current.definition(k) as FlagDefinition]),
  );
  const segments = new Map<string, SegmentDefinition>(
    [...current.segments.keys()].map((k) => [k, current.segmentDefinition(k) as SegmentDefinition]),
  );
  const then = new Map(
    (await revisions.asOf(changed, since)).map((r) => [`${r.entityType}:${r.entityKey}`, r] as const),
  );
  for (const { entityType, entityKey } of changed) {
    const revision = then.get(`${entityType}:${entityKey}`);
    if (entityType === 'flag') {
      const content = revision?.content as (FlagContent & { archived?: boolean }) | undefined;
      if (!revision || !content || content.archived) flags.delete(entityKey);
      else flags.set(entityKey, { ...content, key: entityKey, revision: revision.revision });
    } else if (entityType === 'segment') {
      const content = revision?.content as SegmentContent | undefined;
      if (!revision || !content) segments.delete(entityKey);
      else segments.set(entityKey, { ...content, key: entityKey, revision: revision.revision });
    }
  }
  return {
    set: compileFlagSet({ flags: [...flags.values()], segments: [...segments.values()], revision: since }),
  };
}
