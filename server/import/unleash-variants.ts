// Unleash variants (feature or strategy) as what a matched rule serves: overrides first, then the weighted split.
import type { Condition, Serve, Variant } from '../evaluation/definitions.js';
import { ATTRIBUTE_PATTERN } from '../evaluation/limits.js';
import type { UnleashVariant } from './unleash-state.js';

/** One served outcome: extra conditions (an override) and what is served when they and the rule's match. */
export interface VariantServe {
  conditions: Condition[];
  serve: Serve;
}

/** Names Augur keeps for its own outcomes: `off` (Unleash's disabled) and `on` (enabled, no variant). */
export const RESERVED = new Set(['on', 'off']);

export const ENABLED_NO_VARIANT: Serve = { variant: 'on' };

const weightOf = (v: UnleashVariant) => (typeof v.weight === 'number' ? v.weight : 0);

/** The payload as Unleash gives it ({ type, value }), or none. */
export const payloadOf = (v: UnleashVariant): unknown =>
  v.payload && typeof v.payload === 'object' ? { type: v.payload.type, value: v.payload.value } : undefined;

/**
 * Unleash's selectVariantDefinition: nothing when the weights total 0; else the first variant whose override
 * matches, else the split of `groupId:seed` (seed from `stickiness`, default userId, sessionId, remoteAddress).
 */
export function variantServes(
  variants: readonly UnleashVariant[],
  groupId: string,
  stickiness: string | undefined,
): VariantServe[] | { refused: string } | undefined {
  const total = variants.reduce((sum, v) => sum + weightOf(v), 0);
  if (variants.length === 0 || total <= 0) return undefined;
  if (variants.some((v) => !Number.isInteger(weightOf(v)) || weightOf(v) < 0)) {
    return { refused: 'variant weights must be non-negative integers' };
  }
  const sticky = stickiness && stickiness !== 'default' ? stickiness : undefined;
  if (sticky !== undefined && !ATTRIBUTE_PATTERN.test(sticky)) {
    return { refused: `stickiness ${JSON.stringify(sticky)} is not a usable Augur attribute name` };
  }
  const out: VariantServe[] = [];
  for (const variant of variants) {
    for (const override of variant.overrides ?? []) {
      const values = (override.values ?? []).filter((v) => v !== '' && v !== null).map(String);
      const attribute = String(override.contextName ?? '');
      if (values.length === 0) continue;
      if (!ATTRIBUTE_PATTERN.test(attribute)) return { refused: `override on ${JSON.stringify(attribute)}` };
      out.push({
        conditions: [{ attribute, operator: 'IN', values }],
        serve: { variant: String(variant.name) },
      });
    }
  }
  const weights = variants.map((v) => ({ variant: String(v.name), weight: weightOf(v) }));
  out.push({
    conditions: [],
    serve: { rollout: { weights, groupId, ...(sticky ? { stickiness: sticky } : {}) } },
  });
  return out;
}

/** Collects every variant a feature can serve; refuses a name reused with another payload. */
export function collectVariants(
  groups: ReadonlyArray<readonly UnleashVariant[]>,
): Variant[] | { refused: string } {
  const byName = new Map<string, Variant>();
  for (const group of groups) {
    for (const variant of group) {
      const name = variant.name;
      if (typeof name !== 'string' || name === '') return { refused: 'a variant has no name' };
      if (RESERVED.has(name)) return { refused: `variant name ${name} is reserved by Augur (on, off)` };
      const payload = payloadOf(variant);
      const known = byName.get(name);
      if (known && JSON.stringify(known.payload) !== JSON.stringify(payload)) {
        return { refused: `variant ${name} carries different payloads; Augur keeps one payload per variant` };
      }
      byName.set(name, payload === undefined ? { key: name } : { key: name, payload });
    }
  }
  return [...byName.values()];
}
