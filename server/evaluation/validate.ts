// Validation of flag and segment definitions before they are saved: every issue with its field path.
import type { FieldIssue } from '../platform/errors.js';
import { KEY_PATTERN } from '../platform/key-pattern.js';
import {
  BUCKETING_PROFILES,
  type BucketingProfile,
  type FlagDefinition,
  type SegmentDefinition,
} from './definitions.js';
import { LIMITS, RULE_ID_PATTERN } from './limits.js';
import {
  analysePrerequisites,
  MAX_PREREQUISITE_DEPTH,
  type PrerequisiteNode,
  prerequisitePath,
} from './prerequisite-graph.js';
import {
  type ConditionScope,
  conditionIssues,
  idListIssues,
  isRecord,
  serveIssues,
} from './validate-parts.js';

const KEY_MESSAGE = 'must be snake_case: a lower-case letter, then up to 63 lower-case letters, digits or _';

const utf8 = new TextEncoder();

/** unleash-v1 variants keep their Unleash names (what the SDKs returned): 1-255 characters, no controls. */
const UNLEASH_VARIANT_NAME = /^[\p{L}\p{N}\p{P}\p{S} ]{1,255}$/u;

function profileIssues(value: unknown): FieldIssue[] {
  if (value === undefined || value === null) return [];
  return (BUCKETING_PROFILES as readonly unknown[]).includes(value)
    ? []
    : [{ path: 'bucketing', message: `must be one of ${BUCKETING_PROFILES.join(', ')}, or absent` }];
}

const profileOf = (value: unknown): BucketingProfile | undefined =>
  value === 'unleash-v1' ? value : undefined;

const listAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function payloadIssue(payload: unknown, path: string): FieldIssue | undefined {
  if (payload === undefined || payload === null) return undefined;
  let json: string | undefined;
  try {
    json = JSON.stringify(payload);
  } catch {
    json = undefined;
  }
  if (json === undefined) return { path, message: 'must be JSON' };
  const bytes = utf8.encode(json).length;
  if (bytes > LIMITS.payloadBytes) {
    return { path, message: `at most ${LIMITS.payloadBytes} bytes as JSON (10 KB), got ${bytes}` };
  }
  return undefined;
}

function variantIssues(flag: Record<string, unknown>): { issues: FieldIssue[]; keys: Set<string> } {
  const issues: FieldIssue[] = [];
  const keys = new Set<string>();
  const variants = flag.variants;
  if (!Array.isArray(variants)) return { issues: [{ path: 'variants', message: 'must be a list' }], keys };
  const unleash = profileOf(flag.bucketing) !== undefined;
  variants.forEach((variant: unknown, i) => {
    const pattern = unleash ? UNLEASH_VARIANT_NAME : KEY_PATTERN;
    if (!isRecord(variant) || typeof variant.key !== 'string' || !pattern.test(variant.key)) {
      const message = unleash ? 'must be an Unleash variant name: 1 to 255 characters' : KEY_MESSAGE;
      issues.push({ path: `variants.${i}.key`, message });
      return;
    }
    if (keys.has(variant.key))
      issues.push({ path: `variants.${i}.key`, message: `duplicate variant ${variant.key}` });
    keys.add(variant.key);
    const payload = payloadIssue(variant.payload, `variants.${i}.payload`);
    if (payload) issues.push(payload);
  });
  if (flag.type === 'BOOLEAN') {
    if (variants.length !== 2 || !keys.has('on') || !keys.has('off')) {
      issues.push({ path: 'variants', message: 'a BOOLEAN flag has exactly the variants on and off' });
    }
    if (flag.offVariant !== 'off')
      issues.push({ path: 'offVariant', message: "a BOOLEAN flag's off variant is off" });
  } else if (flag.type === 'VARIANT') {
    if (variants.length < 1 || variants.length > LIMITS.variants) {
      issues.push({ path: 'variants', message: `a VARIANT flag has 1 to ${LIMITS.variants} variants` });
    }
    if (typeof flag.offVariant !== 'string' || !keys.has(flag.offVariant)) {
      issues.push({ path: 'offVariant', message: 'must be one of the flag\u2019s variants' });
    }
  }
  return { issues, keys };
}

function targetIssues(targets: unknown, variants: ReadonlySet<string>): FieldIssue[] {
  if (!Array.isArray(targets)) return [{ path: 'targets', message: 'must be a list' }];
  const issues: FieldIssue[] = [];
  const owner = new Map<string, number>();
  targets.forEach((target: unknown, i) => {
    if (!isRecord(target)) {
      issues.push({ path: `targets.${i}`, message: 'must be { variant, userIds }' });
      return;
    }
    if (typeof target.variant !== 'string' || !variants.has(target.variant)) {
      issues.push({ path: `targets.${i}.variant`, message: `unknown variant ${String(target.variant)}` });
    }
    const listIssues = idListIssues(target.userIds, `targets.${i}.userIds`);
    issues.push(...listIssues);
    if (listIssues.length > 0) return;
    for (const id of target.userIds as string[]) {
      const earlier = owner.get(id);
      if (earlier !== undefined && earlier !== i) {
        issues.push({
          path: `targets.${i}.userIds`,
          message: `user ${id} is already targeted by targets.${earlier}`,
        });
        return;
      }
      owner.set(id, i);
    }
  });
  return issues;
}

function ruleIssues(rules: unknown, variants: ReadonlySet<string>, scope: ConditionScope): FieldIssue[] {
  const profile = scope.profile;
  if (!Array.isArray(rules)) return [{ path: 'rules', message: 'must be a list' }];
  const issues: FieldIssue[] = [];
  if (rules.length > LIMITS.rules) issues.push({ path: 'rules', message: `at most ${LIMITS.rules} rules` });
  const ids = new Set<string>();
  rules.slice(0, LIMITS.rules).forEach((rule: unknown, i) => {
    if (!isRecord(rule)) {
      issues.push({ path: `rules.${i}`, message: 'must be a rule object' });
      return;
    }
    if (typeof rule.id !== 'string' || !RULE_ID_PATTERN.test(rule.id)) {
      issues.push({ path: `rules.${i}.id`, message: 'must be 1 to 64 letters, digits, _ or -' });
    } else if (ids.has(rule.id)) {
      issues.push({ path: `rules.${i}.id`, message: `duplicate rule id ${rule.id}` });
    } else {
      ids.add(rule.id);
    }
    issues.push(...conditionListIssues(rule.conditions, `rules.${i}.conditions`, scope));
    issues.push(...serveIssues(rule.serve, `rules.${i}.serve`, variants, profile));
  });
  return issues;
}

function conditionListIssues(conditions: unknown, path: string, scope: ConditionScope): FieldIssue[] {
  if (!Array.isArray(conditions)) return [{ path, message: 'must be a list' }];
  if (conditions.length > LIMITS.conditionsPerRule) {
    return [{ path, message: `at most ${LIMITS.conditionsPerRule} conditions per rule` }];
  }
  return conditions.flatMap((condition: unknown, j) => conditionIssues(condition, `${path}.${j}`, scope));
}

function prerequisiteIssues(
  flag: Record<string, unknown>,
  key: string,
  others: readonly FlagDefinition[],
): FieldIssue[] {
  const prerequisites = flag.prerequisites;
  if (!Array.isArray(prerequisites)) return [{ path: 'prerequisites', message: 'must be a list' }];
  if (prerequisites.length > LIMITS.prerequisites) {
    return [{ path: 'prerequisites', message: `at most ${LIMITS.prerequisites} prerequisites` }];
  }
  const nodes = new Map<string, PrerequisiteNode>();
  for (const other of others)
    if (isRecord(other) && typeof other.key === 'string') nodes.set(other.key, other);
  nodes.set(key, { prerequisites: prerequisites as PrerequisiteNode['prerequisites'] });
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  prerequisites.forEach((prerequisite: unknown, i) => {
    const at = `prerequisites.${i}`;
    if (!isRecord(prerequisite) || typeof prerequisite.flagKey !== 'string') {
      issues.push({ path: `${at}.flagKey`, message: 'must name a flag' });
      return;
    }
    const parentKey = prerequisite.flagKey;
    const parent = others.find((other) => other.key === parentKey);
    if (parentKey === key) {
      issues.push({ path: `${at}.flagKey`, message: 'a flag cannot be its own prerequisite' });
    } else if (parent === undefined) {
      issues.push({ path: `${at}.flagKey`, message: `no flag ${parentKey}` });
    } else if (seen.has(parentKey)) {
      issues.push({ path: `${at}.flagKey`, message: `${parentKey} is already a prerequisite` });
    } else {
      seen.add(parentKey);
      const cycle = prerequisitePath(nodes, parentKey, key);
      if (cycle) {
        issues.push({ path: `${at}.flagKey`, message: `creates a cycle: ${[key, ...cycle].join(' -> ')}` });
      } else {
        const has = (name: unknown) => listAt(parent.variants).some((v) => isRecord(v) && v.key === name);
        const anyOf = prerequisite.anyOf;
        if (!has(prerequisite.variant)) {
          issues.push({
            path: `${at}.variant`,
            message: `flag ${parentKey} has no variant ${String(prerequisite.variant)}`,
          });
        } else if (
          anyOf !== undefined &&
          anyOf !== null &&
          (!Array.isArray(anyOf) || anyOf.length > LIMITS.variants)
        ) {
          issues.push({
            path: `${at}.anyOf`,
            message: `must be a list of at most ${LIMITS.variants} variants`,
          });
        } else if (Array.isArray(anyOf)) {
          const missing = anyOf.find((name) => !has(name));
          if (missing !== undefined) {
            issues.push({
              path: `${at}.anyOf`,
              message: `flag ${parentKey} has no variant ${String(missing)}`,
            });
          }
        }
      }
    }
  });
  if (issues.length === 0 && prerequisites.length > 0) {
    const own = analysePrerequisites(nodes).get(key);
    if (own && own.depth > MAX_PREREQUISITE_DEPTH) {
      issues.push({
        path: 'prerequisites',
        message: `the prerequisite chain is deeper than ${MAX_PREREQUISITE_DEPTH}`,
      });
    } else if (own?.problem) {
      issues.push({ path: 'prerequisites', message: `${own.problem} (through ${own.via})` });
    }
  }
  return issues;
}

/**
 * Checks a flag before it is saved. `others` are the flags and segments in force (this flag's stored version,
 * if any, is ignored: prerequisites are checked on the graph with this version in its place).
 * Returns [] when the flag is valid.
 */
export function validateFlag(
  flag: FlagDefinition,
  others: { flags: FlagDefinition[]; segments: SegmentDefinition[] },
): FieldIssue[] {
  if (!isRecord(flag)) return [{ path: '', message: 'must be a flag object' }];
  const issues: FieldIssue[] = [];
  const key = typeof flag.key === 'string' ? flag.key : '';
  if (!KEY_PATTERN.test(key)) issues.push({ path: 'key', message: KEY_MESSAGE });
  if (flag.type !== 'BOOLEAN' && flag.type !== 'VARIANT') {
    issues.push({ path: 'type', message: 'must be BOOLEAN or VARIANT' });
  }
  if (typeof flag.enabled !== 'boolean') issues.push({ path: 'enabled', message: 'must be a boolean' });
  issues.push(...profileIssues(flag.bucketing));
  const variants = variantIssues(flag as unknown as Record<string, unknown>);
  issues.push(...variants.issues);
  if (flag.salt !== undefined && flag.salt !== null) {
    if (typeof flag.salt !== 'string' || flag.salt.length === 0 || flag.salt.length > LIMITS.saltLength) {
      issues.push({
        path: 'salt',
        message: `must be a non-empty string of at most ${LIMITS.saltLength} characters`,
      });
    }
  }
  const segments = new Set(listAt(others?.segments).flatMap((s) => (isRecord(s) ? [String(s.key)] : [])));
  const scope: ConditionScope = { segments, profile: profileOf(flag.bucketing) };
  issues.push(
    ...prerequisiteIssues(
      flag as unknown as Record<string, unknown>,
      key,
      listAt(others?.flags).filter((f): f is FlagDefinition => isRecord(f) && f.key !== key),
    ),
  );
  issues.push(...targetIssues(flag.targets, variants.keys));
  issues.push(...ruleIssues(flag.rules, variants.keys, scope));
  issues.push(...serveIssues(flag.fallthrough, 'fallthrough', variants.keys, scope.profile));
  return issues;
}

/** Checks a segment before it is saved; IN_SEGMENT is not allowed in its rules. Returns [] when valid. */
export function validateSegment(segment: SegmentDefinition): FieldIssue[] {
  if (!isRecord(segment)) return [{ path: '', message: 'must be a segment object' }];
  const issues: FieldIssue[] = [];
  if (typeof segment.key !== 'string' || !KEY_PATTERN.test(segment.key)) {
    issues.push({ path: 'key', message: KEY_MESSAGE });
  }
  issues.push(...profileIssues(segment.bucketing));
  issues.push(...idListIssues(segment.included, 'included'));
  issues.push(...idListIssues(segment.excluded, 'excluded'));
  const rules = segment.rules as unknown;
  if (!Array.isArray(rules)) {
    issues.push({ path: 'rules', message: 'must be a list' });
  } else {
    if (rules.length > LIMITS.rules) issues.push({ path: 'rules', message: `at most ${LIMITS.rules} rules` });
    rules.slice(0, LIMITS.rules).forEach((rule: unknown, i) => {
      if (!isRecord(rule)) issues.push({ path: `rules.${i}`, message: 'must be { conditions }' });
      else
        issues.push(
          ...conditionListIssues(rule.conditions, `rules.${i}.conditions`, {
            segments: undefined,
            profile: profileOf(segment.bucketing),
          }),
        );
    });
  }
  return issues;
}
