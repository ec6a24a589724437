// Deterministic randomness for draws: FNV-1a (32-bit) hashes the seed string, mulberry32 expands it.

/** Bump DRAW_VERSION in draw.ts if this file's output ever changes: stored seeds would draw differently. */
export interface SeededRandom {
  /** The next unsigned 32-bit integer. */
  nextUint32(): number;
  /** A uniform integer in [0, bound), without modulo bias; bound is an integer in [1, 2^32]. */
  nextInt(bound: number): number;
}

const utf8 = new TextEncoder();
const TWO_POW_32 = 0x1_0000_0000;

/** FNV-1a, 32-bit (offset basis 0x811c9dc5, prime 0x01000193), over the UTF-8 bytes of `text`, unsigned. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32 (Tommy Ettinger's 32-bit generator, as published by bryc): a stream of unsigned 32-bit ints. */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export function createSeededRandom(seed: string): SeededRandom {
  const next = mulberry32(fnv1a32(seed));
  return {
    nextUint32: next,
    nextInt(bound) {
      if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
        throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
      }
      // Reject the top sliver of the 32-bit range that would favour small results.
      const limit = TWO_POW_32 - (TWO_POW_32 % bound);
      let value = next();
      while (value >= limit) value = next();
      return value % bound;
    },
  };
}
