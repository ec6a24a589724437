// The engine's input language: flag and segment definitions, evaluation contexts, and the results it returns.

/** Who is being evaluated. Known attributes are top-level; anything else goes in `attributes`. */
export interface EvaluationContext {
  userId?: string | null;
  sessionId?: string | null;
  tenantId?: string | null;
  role?: string | null;
  plan?: string | null;
  country?: string | null;
  appVersion?: string | null;
  /** Custom attributes: string, number, boolean, date (ISO-8601 string or epoch ms), semver string, string list. */
  attributes?: Record<string, unknown> | null;
}

export const KNOWN_ATTRIBUTES = [
  'userId',
  'sessionId',
  'tenantId',
  'role',
  'plan',
  'country',
  'appVersion',
] as const;

export const OPERATORS = [
  'IN', // attribute (or any element of a list attribute) equals one of `values`
  'EQUALS', // attribute equals values[0]
  'CONTAINS',
  'STARTS_WITH',
  'ENDS_WITH', // string operators; `caseInsensitive` applies to these and to IN / EQUALS
  'NUM_EQ',
  'NUM_GT',
  'NUM_GTE',
  'NUM_LT',
  'NUM_LTE', // numeric comparison with values[0]
  'DATE_BEFORE',
  'DATE_AFTER', // instant comparison with values[0] (ISO-8601 or epoch ms)
  'SEMVER_EQ',
  'SEMVER_GT',
  'SEMVER_GTE',
  'SEMVER_LT',
  'SEMVER_LTE', // semantic-version comparison with values[0]
  'EXISTS', // attribute is present and not null; `values` is empty
  'REGEX', // the string attribute contains a match of the RE2 pattern values[0]; `caseInsensitive` applies
  'IN_CIDR', // the attribute is an IP address (v4 or v6) inside one of the ranges or addresses in `values`
  'IN_ROLLOUT', // unleash-v1 only: the stickiness value's 1..100 bucket for groupId values[1] is <= values[0]
  'IN_SEGMENT', // the context is a member of any segment whose key is in `values`; `attribute` is ignored
] as const;
export type Operator = (typeof OPERATORS)[number];

/**
 * One test on the context. A missing, null or wrong-typed attribute never matches, and `negate` does not
 * turn that into a match (only EXISTS and IN_SEGMENT answer for a missing attribute, and negate applies).
 */
export interface Condition {
  attribute: string;
  operator: Operator;
  values: Array<string | number>;
  negate?: boolean;
  caseInsensitive?: boolean;
}

/**
 * How a flag hashes and how its conditions read the context. Absent: Augur's own (bucketing-vectors.json).
 * `unleash-v1`: Unleash's client semantics, so an imported flag serves what Unleash served (docs/import.md).
 */
export const BUCKETING_PROFILES = ['unleash-v1'] as const;
export type BucketingProfile = (typeof BUCKETING_PROFILES)[number];

export interface VariantWeight {
  variant: string;
  /** Percent, 0-100 with at most two decimals; a rollout's weights sum to 100. */
  weight: number;
}

/** What a rule or the fallthrough serves: one variant, or a sticky weighted split. */
export type Serve =
  | { variant: string; rollout?: undefined }
  | {
      variant?: undefined;
      rollout: {
        weights: VariantWeight[];
        /** Attribute whose value is hashed; default userId, then sessionId (unleash-v1: then remoteAddress). */
        stickiness?: string;
        /** unleash-v1 only: the hash's group (Unleash's groupId); weights are then Unleash's integer weights. */
        groupId?: string;
      };
    };

export interface Rule {
  id: string;
  description?: string;
  /** All must match (AND). An empty list matches everyone. */
  conditions: Condition[];
  serve: Serve;
}

export interface Variant {
  key: string;
  payload?: unknown;
}

export interface Prerequisite {
  flagKey: string;
  /** The variant the prerequisite flag must serve for this context (`on` for a boolean flag). */
  variant: string;
  /** Other variants that satisfy it too (an Unleash dependency on a parent being enabled, whatever it serves). */
  anyOf?: string[];
}

export type FlagType = 'BOOLEAN' | 'VARIANT';

export interface FlagDefinition {
  key: string;
  type: FlagType;
  /** The kill switch: false serves `offVariant` to everyone, reason DISABLED. */
  enabled: boolean;
  /** BOOLEAN flags have exactly `on` and `off`; VARIANT flags name their own. */
  variants: Variant[];
  /** Served whenever the flag is off for a context (kill switch, gates, guard, failed prerequisite). */
  offVariant: string;
  prerequisites: Prerequisite[];
  /** Individual targeting: these user ids get this variant (checked before rules). */
  targets: Array<{ variant: string; userIds: string[] }>;
  rules: Rule[];
  fallthrough: Serve;
  /** Bucketing salt; default the flag key. */
  salt?: string;
  /** Absent: Augur's bucketing and condition semantics. */
  bucketing?: BucketingProfile;
  revision: number;
}

export interface SegmentDefinition {
  key: string;
  /** Always members (by userId), unless excluded. */
  included: string[];
  /** Never members (by userId); wins over everything. */
  excluded: string[];
  /** A context matching any rule (its conditions ANDed) is a member. IN_SEGMENT is not allowed here. */
  rules: Array<{ conditions: Condition[] }>;
  /** unleash-v1: its conditions read the context as Unleash's constraints do. */
  bucketing?: BucketingProfile;
  revision: number;
}

export const REASONS = [
  'FLAG_NOT_FOUND',
  'DISABLED',
  'ENV_GATE',
  'ENTITLEMENT',
  'GUARD_OPEN',
  'PREREQUISITE_FAILED',
  'TARGETING_MATCH',
  'SPLIT',
  'DEFAULT',
] as const;
export type Reason = (typeof REASONS)[number];

export interface EvaluationResult {
  key: string;
  /** BOOLEAN: the served variant is `on`. VARIANT: the flag is on for this context (not off by a gate). */
  enabled: boolean;
  variant: string | null;
  payload: unknown;
  reason: Reason;
  /** The rule that decided, for TARGETING_MATCH / SPLIT from a rule. */
  ruleId: string | null;
  /** The flag's revision that decided; null for FLAG_NOT_FOUND. */
  revision: number | null;
}

/** Inputs from outside the flag set: the server's environment gate, the tenant's entitlements, open guards. */
export interface Overlays {
  /** Keys forced off by AUGUR_FORCE_OFF. */
  forceOff?: ReadonlySet<string>;
  /** The evaluating tenant's `feature.<key>` entitlements: false turns the flag off; absent inherits. */
  entitlements?: ReadonlyMap<string, boolean>;
  /** Flags whose guard has tripped (automatic rollback in force). */
  openGuards?: ReadonlySet<string>;
}

/** The steps of the evaluation order, in order (RULE appears once per rule in a trace). */
export const TRACE_STEPS = [
  'FLAG',
  'KILL_SWITCH',
  'ENV_GATE',
  'ENTITLEMENT',
  'GUARD',
  'PREREQUISITES',
  'INDIVIDUAL_TARGETING',
  'RULE',
  'FALLTHROUGH',
] as const;

export type TraceStep = (typeof TRACE_STEPS)[number];

export interface TraceEntry {
  step: TraceStep;
  /** PASSED: did not decide, evaluation went on. DECIDED: this step chose the result. SKIPPED: not reached. */
  outcome: 'PASSED' | 'DECIDED' | 'SKIPPED';
  /** Rule id for RULE entries. */
  ruleId?: string;
  detail: string;
}

export interface Explanation {
  result: EvaluationResult;
  trace: TraceEntry[];
}
