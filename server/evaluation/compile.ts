// Compiles a flag set once (sets, closures, bucket bounds, prerequisite analysis) so evaluation is cheap.
import { allOf, type CompiledCondition, compileCondition } from './conditions.js';
import type {
  EvaluationContext,
  EvaluationResult,
  FlagDefinition,
  Prerequisite,
  Reason,
  SegmentDefinition,
} from './definitions.js';
import { analysePrerequisites, type PrerequisiteAnalysis } from './prerequisite-graph.js';
import { type CompiledSegment, compileSegment } from './segments.js';
import { type CompiledServe, compileServe, type SaltPrefix, saltPrefix } from './serve.js';

/** The reasons that serve the off variant (FLAG_NOT_FOUND aside, which has no flag). */
export type OffReason = 'DISABLED' | 'ENV_GATE' | 'ENTITLEMENT' | 'GUARD_OPEN' | 'PREREQUISITE_FAILED';

export interface CompiledRule {
  readonly id: string;
  readonly conditions: readonly CompiledCondition[];
  readonly matches: (context: EvaluationContext) => boolean;
  readonly serve: CompiledServe;
}

export interface CompiledFlag {
  readonly key: string;
  readonly definition: FlagDefinition;
  readonly isBoolean: boolean;
  readonly enabled: boolean;
  readonly offVariant: string;
  readonly revision: number;
  readonly salt: string;
  readonly saltPrefix: SaltPrefix;
  /** The frozen results of the off reasons (the off variant, not enabled unless a BOOLEAN's off is on). */
  readonly offResults: Readonly<Record<OffReason, EvaluationResult>>;
  readonly prerequisites: readonly Prerequisite[];
  /** Set when the prerequisites can never pass (missing parent, cycle, too deep): see prerequisite-graph.ts. */
  readonly prerequisiteProblem: { readonly problem: string; readonly via: string | null } | null;
  /** Edges in the longest prerequisite chain below this flag (an incremental recompile starts from it). */
  readonly prerequisiteDepth: number;
  /** userId -> the result of its target list; the first list naming a user wins. */
  readonly targets: ReadonlyMap<string, EvaluationResult>;
  readonly rules: readonly CompiledRule[];
  readonly fallthrough: CompiledServe;
}

/** Who uses what, kept with a set so a change can find what it touches without walking every flag. */
export interface FlagSetIndex {
  /** Parent key -> the flags naming it as a prerequisite (the parent may be missing). */
  readonly dependents: ReadonlyMap<string, ReadonlySet<string>>;
  /** Segment key -> the flags whose rules name it in IN_SEGMENT (the segment may be missing). */
  readonly segmentUsers: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface CompiledFlagSet {
  readonly revision: number;
  /** Flag keys, sorted. */
  keys(): string[];
  has(key: string): boolean;
  definition(key: string): FlagDefinition | undefined;
  segmentDefinition(key: string): SegmentDefinition | undefined;
  /** Engine internals: the compiled flags by key. */
  readonly flags: ReadonlyMap<string, CompiledFlag>;
  /** Engine internals: the compiled segments by key. */
  readonly segments: ReadonlyMap<string, CompiledSegment>;
  /** Engine internals: the keys in evaluateAll's order, and their compiled flags in the same order. */
  readonly sortedKeys: readonly string[];
  readonly sortedFlags: readonly CompiledFlag[];
  /** Engine internals: the reverse edges and analyses an incremental recompile starts from. */
  readonly index: FlagSetIndex;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A payload the caller can neither change through a result nor change under us after compiling. */
function freezePayload(payload: unknown): unknown {
  if (payload === null || typeof payload !== 'object') return payload;
  try {
    return deepFreeze(structuredClone(payload));
  } catch {
    return payload; // not cloneable (never the case for JSON from the store): shared as is
  }
}

const listOf = <T>(value: T[] | undefined | null): T[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The keys of a flag's prerequisites, tolerating definitions that never passed validation. */
export function prerequisiteKeys(flag: Pick<FlagDefinition, 'prerequisites'>): string[] {
  return listOf(flag.prerequisites).map((p) => text(p?.flagKey));
}

/** The segment keys a flag's rules name in IN_SEGMENT conditions. */
export function segmentsUsedBy(flag: Pick<FlagDefinition, 'rules'>): string[] {
  const used: string[] = [];
  for (const rule of listOf(flag.rules)) {
    for (const condition of listOf(rule?.conditions)) {
      if (condition?.operator !== 'IN_SEGMENT') continue;
      for (const value of listOf(condition.values)) if (typeof value === 'string') used.push(value);
    }
  }
  return used;
}

const problemOf = (found: PrerequisiteAnalysis | undefined): CompiledFlag['prerequisiteProblem'] =>
  found?.problem ? { problem: found.problem, via: found.via } : null;

/** A compiled flag's prerequisite analysis, as analysePrerequisites gave it. */
export const analysisOf = (flag: CompiledFlag): PrerequisiteAnalysis => ({
  problem: flag.prerequisiteProblem?.problem ?? null,
  via: flag.prerequisiteProblem?.via ?? null,
  depth: flag.prerequisiteDepth,
});

export function compileFlag(
  definition: FlagDefinition,
  segments: ReadonlyMap<string, CompiledSegment>,
  analysis: PrerequisiteAnalysis | undefined,
): CompiledFlag {
  const key = definition.key;
  const isBoolean = definition.type === 'BOOLEAN';
  const profile = definition.bucketing === 'unleash-v1' ? definition.bucketing : undefined;
  const revision = definition.revision;
  const offVariant = text(definition.offVariant);
  const segment = (segmentKey: string) => segments.get(segmentKey);
  const payloads = new Map<string, unknown>();
  for (const variant of listOf(definition.variants)) {
    if (variant?.payload !== undefined && variant.payload !== null && !payloads.has(variant.key)) {
      payloads.set(variant.key, freezePayload(variant.payload));
    }
  }
  // Every result this flag can give, built once and frozen: evaluation only picks one.
  const result = (variant: string, reason: Reason, ruleId: string | null, off = false): EvaluationResult =>
    Object.freeze({
      key,
      // unleash-v1: enabled is Unleash's isEnabled, false whenever the off variant is served.
      enabled: isBoolean ? variant === 'on' : profile ? variant !== offVariant : !off,
      variant,
      payload: payloads.get(variant) ?? null,
      reason,
      ruleId,
      revision,
    });
  const offResult = (reason: OffReason) => result(offVariant, reason, null, true);
  const targetResults = new Map<string, EvaluationResult>();
  const targets = new Map<string, EvaluationResult>();
  for (const target of listOf(definition.targets)) {
    const variant = text(target?.variant);
    let served = targetResults.get(variant);
    if (served === undefined) {
      served = result(variant, 'TARGETING_MATCH', null);
      targetResults.set(variant, served);
    }
    for (const userId of listOf(target?.userIds)) {
      if (typeof userId === 'string' && !targets.has(userId)) targets.set(userId, served);
    }
  }
  const rules = listOf(definition.rules).map((rule): CompiledRule => {
    const id = text(rule?.id);
    const conditions = listOf(rule?.conditions).map((condition) =>
      compileCondition(condition, segment, profile),
    );
    return {
      id,
      conditions,
      matches: allOf(conditions),
      serve: compileServe(
        rule?.serve,
        offVariant,
        (variant, split) => result(variant, split ? 'SPLIT' : 'TARGETING_MATCH', id),
        profile,
      ),
    };
  });
  const salt = typeof definition.salt === 'string' && definition.salt !== '' ? definition.salt : key;
  return {
    key,
    definition,
    isBoolean,
    enabled: definition.enabled === true,
    offVariant,
    revision,
    salt,
    saltPrefix: saltPrefix(salt),
    offResults: {
      DISABLED: offResult('DISABLED'),
      ENV_GATE: offResult('ENV_GATE'),
      ENTITLEMENT: offResult('ENTITLEMENT'),
      GUARD_OPEN: offResult('GUARD_OPEN'),
      PREREQUISITE_FAILED: offResult('PREREQUISITE_FAILED'),
    },
    prerequisites: listOf(definition.prerequisites),
    prerequisiteProblem: problemOf(analysis),
    prerequisiteDepth: analysis?.depth ?? 0,
    targets,
    rules,
    fallthrough: compileServe(
      definition.fallthrough,
      offVariant,
      (variant, split) => result(variant, split ? 'SPLIT' : 'DEFAULT', null),
      profile,
    ),
  };
}

/**
 * Compiles flags and segments. Definitions are expected to have passed validateFlag / validateSegment; ones
 * that did not still compile and evaluate without throwing (what is invalid never matches).
 * A later definition with the same key replaces an earlier one.
 */
export function compileFlagSet(input: {
  flags: FlagDefinition[];
  segments: SegmentDefinition[];
  revision: number;
}): CompiledFlagSet {
  const segmentDefinitions = new Map<string, SegmentDefinition>();
  for (const segment of listOf(input.segments)) {
    if (segment !== null && typeof segment === 'object') segmentDefinitions.set(segment.key, segment);
  }
  const segments = new Map<string, CompiledSegment>();
  for (const [key, segment] of segmentDefinitions) segments.set(key, compileSegment(segment));

  const definitions = new Map<string, FlagDefinition>();
  for (const flag of listOf(input.flags)) {
    if (flag !== null && typeof flag === 'object') definitions.set(flag.key, flag);
  }
  const analysis = analysePrerequisites(definitions);

  const flags = new Map<string, CompiledFlag>();
  const dependents = new Map<string, Set<string>>();
  const segmentUsers = new Map<string, Set<string>>();
  for (const [key, definition] of definitions) {
    flags.set(key, compileFlag(definition, segments, analysis.get(key)));
    for (const parent of prerequisiteKeys(definition)) addEdge(dependents, parent, key);
    for (const segment of segmentsUsedBy(definition)) addEdge(segmentUsers, segment, key);
  }
  const sortedKeys = [...flags.keys()].sort(byKey);
  return assembleFlagSet(input.revision, flags, segments, sortedKeys, { dependents, segmentUsers });
}

export const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function addEdge(index: Map<string, Set<string>>, from: string, to: string): void {
  const set = index.get(from);
  if (set) set.add(to);
  else index.set(from, new Set([to]));
}

/** The set object over its parts; `sortedKeys` must be the keys of `flags`, sorted with `byKey`. */
export function assembleFlagSet(
  revision: number,
  flags: ReadonlyMap<string, CompiledFlag>,
  segments: ReadonlyMap<string, CompiledSegment>,
  sortedKeys: readonly string[],
  index: FlagSetIndex,
  sortedFlags: readonly CompiledFlag[] = sortedKeys.map((key) => flags.get(key) as CompiledFlag),
): CompiledFlagSet {
  return {
    revision,
    keys: () => [...sortedKeys],
    has: (key) => flags.has(key),
    definition: (key) => flags.get(key)?.definition,
    segmentDefinition: (key) => segments.get(key)?.definition,
    flags,
    segments,
    sortedKeys,
    sortedFlags,
    index,
  };
}
