// What a rule or the fallthrough serves, compiled: a fixed variant, or a sticky split over bucket ranges.
import { type AttributeGetter, attributeGetter, stickinessString } from './attributes.js';
import { BUCKETS, bucketOf } from './bucketing.js';
import type { EvaluationContext, Serve } from './definitions.js';

export type CompiledServe =
  | { readonly kind: 'variant'; readonly variant: string }
  | {
      readonly kind: 'rollout';
      readonly variants: readonly string[];
      /** Exclusive upper bucket of each variant's range: weights in basis points, accumulated in list order. */
      readonly bounds: readonly number[];
      /** The configured stickiness attribute; undefined means userId, then sessionId. */
      readonly stickiness: string | undefined;
      readonly readStickiness: AttributeGetter | undefined;
      /** Served when the context has no stickiness value: the off variant if listed, else the first weighted. */
      readonly unstickyVariant: string;
      /** Served for buckets past the last bound (only weights that failed validation leave any). */
      readonly overflowVariant: string;
    };

const basisPoints = (weight: unknown): number =>
  typeof weight === 'number' && Number.isFinite(weight)
    ? Math.min(BUCKETS, Math.max(0, Math.round(weight * 100)))
    : 0;

export function compileServe(serve: Serve | undefined, offVariant: string): CompiledServe {
  const weights = serve?.rollout?.weights;
  if (!Array.isArray(weights)) {
    return { kind: 'variant', variant: typeof serve?.variant === 'string' ? serve.variant : offVariant };
  }
  const variants: string[] = [];
  const bounds: number[] = [];
  let total = 0;
  for (const entry of weights) {
    const points = basisPoints(entry?.weight);
    total = Math.min(BUCKETS, total + points);
    variants.push(typeof entry?.variant === 'string' ? entry.variant : '');
    bounds.push(total);
  }
  const firstWeighted = variants.find((_, i) => (bounds[i] ?? 0) > (i === 0 ? 0 : (bounds[i - 1] ?? 0)));
  const stickiness = typeof serve?.rollout?.stickiness === 'string' ? serve.rollout.stickiness : undefined;
  return {
    kind: 'rollout',
    variants,
    bounds,
    stickiness,
    readStickiness: stickiness === undefined ? undefined : attributeGetter(stickiness),
    unstickyVariant: variants.includes(offVariant)
      ? offVariant
      : (firstWeighted ?? variants[0] ?? offVariant),
    overflowVariant: offVariant,
  };
}

/** The string hashed for this context: the configured attribute, or by default userId, then sessionId. */
export function stickinessValue(
  serve: Extract<CompiledServe, { kind: 'rollout' }>,
  context: EvaluationContext,
): string | undefined {
  if (serve.readStickiness) return stickinessString(serve.readStickiness(context));
  return stickinessString(context.userId) ?? stickinessString(context.sessionId);
}

export function variantForBucket(serve: Extract<CompiledServe, { kind: 'rollout' }>, bucket: number): string {
  const { bounds, variants } = serve;
  for (let i = 0; i < bounds.length; i++) {
    if (bucket < (bounds[i] as number)) return variants[i] as string;
  }
  return serve.overflowVariant;
}

/** The variant a rollout serves this context. */
export function rolloutVariant(
  serve: Extract<CompiledServe, { kind: 'rollout' }>,
  salt: string,
  context: EvaluationContext,
): string {
  const value = stickinessValue(serve, context);
  return value === undefined ? serve.unstickyVariant : variantForBucket(serve, bucketOf(salt, value));
}
