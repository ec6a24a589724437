// What a rule or the fallthrough serves, compiled: a fixed variant, or a sticky split over bucket ranges.

import murmurhash3js from 'murmurhash3js';
import { type AttributeGetter, attributeGetter, stickinessString } from './attributes.js';
import { BUCKETS, isAscii, prefixBucket, UNLEASH_VARIANT_SEED } from './bucketing.js';
import type { BucketingProfile, EvaluationContext, EvaluationResult, Serve } from './definitions.js';

/**
 * Every result a serve can give is known when compiling, so it is built once (frozen) and evaluation
 * allocates nothing for it.
 */
export type CompiledServe =
  | { readonly kind: 'variant'; readonly variant: string; readonly result: EvaluationResult }
  | {
      readonly kind: 'rollout';
      readonly variants: readonly string[];
      readonly results: readonly EvaluationResult[];
      /** Exclusive upper bucket of each variant's range: weights in basis points, accumulated in list order. */
      readonly bounds: readonly number[];
      /** The configured stickiness attribute; undefined means userId, then sessionId. */
      readonly stickiness: string | undefined;
      readonly readStickiness: AttributeGetter | undefined;
      /** Served when the context has no stickiness value: the off variant if listed, else the first weighted. */
      readonly unstickyVariant: string;
      readonly unstickyResult: EvaluationResult;
      /** Served for buckets past the last bound (only weights that failed validation leave any). */
      readonly overflowVariant: string;
      readonly overflowResult: EvaluationResult;
      /** unleash-v1: bounds are Unleash's integer weights, hashed as `groupId:value` with the variant seed. */
      readonly unleash?: { readonly prefix: string; readonly total: number };
    };

export type Rollout = Extract<CompiledServe, { kind: 'rollout' }>;

const basisPoints = (weight: unknown): number =>
  typeof weight === 'number' && Number.isFinite(weight)
    ? Math.min(BUCKETS, Math.max(0, Math.round(weight * 100)))
    : 0;

/** `resultFor` builds the result of serving a variant by a fixed serve or by a split (SPLIT reason). */
export function compileServe(
  serve: Serve | undefined,
  offVariant: string,
  resultFor: (variant: string, split: boolean) => EvaluationResult,
  profile?: BucketingProfile,
): CompiledServe {
  const weights = serve?.rollout?.weights;
  if (!Array.isArray(weights)) {
    const variant = typeof serve?.variant === 'string' ? serve.variant : offVariant;
    return { kind: 'variant', variant, result: resultFor(variant, false) };
  }
  const unleash = profile === 'unleash-v1';
  const variants: string[] = [];
  const bounds: number[] = [];
  let total = 0;
  for (const entry of weights) {
    const points = unleash ? unleashWeight(entry?.weight) : basisPoints(entry?.weight);
    total = unleash ? total + points : Math.min(BUCKETS, total + points);
    variants.push(typeof entry?.variant === 'string' ? entry.variant : '');
    bounds.push(total);
  }
  const firstWeighted = variants.find((_, i) => (bounds[i] ?? 0) > (i === 0 ? 0 : (bounds[i - 1] ?? 0)));
  const stickiness = typeof serve?.rollout?.stickiness === 'string' ? serve.rollout.stickiness : undefined;
  // unleash-v1 would draw a random variant: Augur serves the first weighted one instead.
  const unstickyVariant =
    !unleash && variants.includes(offVariant) ? offVariant : (firstWeighted ?? variants[0] ?? offVariant);
  const groupId = typeof serve?.rollout?.groupId === 'string' ? serve.rollout.groupId : '';
  return {
    kind: 'rollout',
    variants,
    results: variants.map((variant) => resultFor(variant, true)),
    bounds,
    stickiness,
    readStickiness: stickiness === undefined ? undefined : attributeGetter(stickiness),
    unstickyVariant,
    unstickyResult: resultFor(unstickyVariant, true),
    overflowVariant: offVariant,
    overflowResult: resultFor(offVariant, true),
    ...(unleash ? { unleash: { prefix: `${groupId}:`, total } } : {}),
  };
}

const unleashWeight = (weight: unknown): number =>
  typeof weight === 'number' && Number.isInteger(weight) && weight > 0 ? weight : 0;

/** The string hashed for this context: the configured attribute, or by default userId, then sessionId. */
export function stickinessValue(serve: Rollout, context: EvaluationContext): string | undefined {
  if (serve.unleash) return unleashSeed(serve, context);
  if (serve.readStickiness) return stickinessString(serve.readStickiness(context));
  return stickinessString(context.userId) ?? stickinessString(context.sessionId);
}

/** Unleash's variant seed: the stickiness attribute, or by default userId, sessionId, then remoteAddress. */
function unleashSeed(serve: Rollout, context: EvaluationContext): string | undefined {
  if (serve.readStickiness) {
    const value = serve.readStickiness(context);
    return value === undefined || value === null || value === '' ? undefined : String(value);
  }
  for (const value of [context.userId, context.sessionId, context.attributes?.remoteAddress]) {
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** The 0-based bucket of an unleash-v1 split: Unleash's target (1..total) minus one. */
export function unleashBucket(serve: Rollout, value: string): number {
  const unleash = serve.unleash as { prefix: string; total: number };
  return murmurhash3js.x86.hash32(unleash.prefix + value, UNLEASH_VARIANT_SEED) % unleash.total;
}

/** The index of the variant whose range holds `bucket`, or -1 past the last bound. */
export function rangeOf(serve: Rollout, bucket: number): number {
  const bounds = serve.bounds;
  for (let i = 0; i < bounds.length; i++) {
    if (bucket < (bounds[i] as number)) return i;
  }
  return -1;
}

export function variantForBucket(serve: Rollout, bucket: number): string {
  const index = rangeOf(serve, bucket);
  return index < 0 ? serve.overflowVariant : (serve.variants[index] as string);
}

/** A flag's salt, prepared for prefixBucket. */
export interface SaltPrefix {
  readonly prefix: string;
  readonly ascii: boolean;
}

export function saltPrefix(salt: string): SaltPrefix {
  const prefix = `${salt}:`;
  return { prefix, ascii: isAscii(prefix) };
}

/** The result a rollout serves this context (its bucket is bucketOf(salt, stickiness value)). */
export function rolloutResult(
  serve: Rollout,
  salt: SaltPrefix,
  context: EvaluationContext,
): EvaluationResult {
  const value = stickinessValue(serve, context);
  if (value === undefined) return serve.unstickyResult;
  const bucket = serve.unleash ? unleashBucket(serve, value) : prefixBucket(salt.prefix, salt.ascii, value);
  const index = rangeOf(serve, bucket);
  return index < 0 ? serve.overflowResult : (serve.results[index] as EvaluationResult);
}
