// Sticky bucketing, version 1: MurmurHash3 x86 32-bit (seed 0) over the UTF-8 bytes of `salt:value`, mod 10,000.
import murmurhash3js from 'murmurhash3js';

/** Bump when the hash, its input or the bucket count changes: every user would move. */
export const BUCKETING_VERSION = 1;
export const BUCKETS = 10_000;

const utf8 = new TextEncoder();

export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * `murmurhash3js` hashes `charCodeAt(i) & 0xff`, i.e. Latin-1 bytes. Giving it the UTF-8 bytes as a binary
 * string makes non-ASCII input hash like every standard implementation (Go, Java, Python mmh3).
 */
function utf8Binary(text: string): string {
  if (isAscii(text)) return text;
  const bytes = utf8.encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 4096) binary += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return binary;
}

/** MurmurHash3 x86_32 (seed 0) of the UTF-8 encoding of `text`, unsigned. */
export function hash32(text: string): number {
  return murmurhash3js.x86.hash32(utf8Binary(text), 0);
}

/** The bucket (0..9999) of a stickiness value for a salt (a flag's salt, default its key). */
export function bucketOf(salt: string, stickinessValue: string): number {
  return prefixBucket(`${salt}:`, isAscii(salt), stickinessValue);
}

/**
 * bucketOf with the `salt:` prefix and its ASCII check done once per flag. Checking the two parts apart
 * avoids scanning the concatenation, which V8 would first have to flatten.
 */
export function prefixBucket(prefix: string, prefixIsAscii: boolean, stickinessValue: string): number {
  const text = prefix + stickinessValue;
  const hash = prefixIsAscii && isAscii(stickinessValue) ? murmurhash3js.x86.hash32(text, 0) : hash32(text);
  return hash % BUCKETS;
}

/** Unleash's seeds: strategies (rollouts) hash with 0, variant splits with 86028157. */
export const UNLEASH_STRATEGY_SEED = 0;
export const UNLEASH_VARIANT_SEED = 86028157;

/**
 * Unleash's normalized value: MurmurHash3 x86_32 of `groupId:id` as Unleash's Node SDK computes it (its
 * murmurhash3js call, which hashes each UTF-16 code unit's low byte), mod `normalizer`, plus one.
 */
export function unleashNormalized(groupId: string, id: string, normalizer: number, seed: number): number {
  return (murmurhash3js.x86.hash32(`${groupId}:${id}`, seed) % normalizer) + 1;
}
