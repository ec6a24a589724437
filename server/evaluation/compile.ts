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
import { analysePrerequisites } from './prerequisite-graph.js';
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
  /** userId -> the result of its target list; the first list naming a user wins. */
  readonly targets: ReadonlyMap<string, EvaluationResult>;
  readonly rules: readonly CompiledRule[];
  readonly fallthrough: CompiledServe;
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

function compileFlag(
  definition: FlagDefinition,
  segments: ReadonlyMap<string, CompiledSegment>,
  problem: CompiledFlag['prerequisiteProblem'],
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
    prerequisiteProblem: problem,
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
  for (const [key, definition] of definitions) {
    const found = analysis.get(key);
    const problem = found?.problem ? { problem: found.problem, via: found.via } : null;
    flags.set(key, compileFlag(definition, segments, problem));
  }
  const sortedKeys = [...flags.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    revision: input.revision,
    keys: () => [...sortedKeys],
    has: (key) => flags.has(key),
    definition: (key) => flags.get(key)?.definition,
    segmentDefinition: (key) => segments.get(key)?.definition,
    flags,
    segments,
    sortedKeys,
    sortedFlags: sortedKeys.map((key) => flags.get(key) as CompiledFlag),
  };
}
