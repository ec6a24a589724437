// The seeded generator against published FNV-1a and mulberry32 values, and nextInt's range and uniformity.
import { describe, expect, it } from 'vitest';
import { createSeededRandom, fnv1a32, mulberry32 } from './seeded-random.js';

describe('fnv1a32', () => {
  // Published FNV-1a 32-bit test vectors (Landon Curt Noll's reference test suite).
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['b', 0xe70c2de5],
    ['foo', 0xa9f37ed7],
    ['foobar', 0xbf9cf968],
    ['chongo was here!\n', 0xd49930d5],
  ])('fnv1a32(%j)', (text, expected) => {
    expect(fnv1a32(text)).toBe(expected);
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    // 'é' is the two bytes c3 a9: the same as hashing that byte sequence, not the UTF-16 code unit.
    expect(fnv1a32('é')).toBe(Math.imul(Math.imul(0x811c9dc5 ^ 0xc3, 0x01000193) ^ 0xa9, 0x01000193) >>> 0);
    expect(fnv1a32('ᚠ')).not.toBe(fnv1a32('\u00a0'));
  });
});

describe('mulberry32', () => {
  // The widely reproduced outputs of the reference JavaScript mulberry32 (float = uint32 / 2^32).
  const floats = (seed: number, count: number) => {
    const next = mulberry32(seed);
    return Array.from({ length: count }, () => next() / 2 ** 32);
  };

  it('matches the reference outputs for seeds 0, 1 and 42', () => {
    expect(floats(1, 5)).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741, 0.9683778982143849,
    ]);
    expect(floats(0, 2)).toEqual([0.26642920868471265, 0.0003297457005828619]);
    expect(floats(42, 2)).toEqual([0.6011037519201636, 0.44829055899754167]);
  });
});

describe('createSeededRandom', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const take = (seed: string) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 20 }, () => random.nextUint32());
    };
    expect(take('abc')).toEqual(take('abc'));
    expect(take('abc')).not.toEqual(take('abd'));
  });

  it('keeps nextInt within [0, bound) and close to uniform', () => {
    const random = createSeededRandom('uniformity');
    const bound = 78;
    const counts = new Array<number>(bound).fill(0);
    const n = 78_000;
    for (let i = 0; i < n; i++) {
      const value = random.nextInt(bound);
      expect(Number.isInteger(value) && value >= 0 && value < bound).toBe(true);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    // Chi-square with 77 degrees of freedom: 99.9th percentile is about 122.
    const expected = n / bound;
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(122);
  });

  it('accepts bounds 1 and 2^32', () => {
    const random = createSeededRandom('bounds');
    expect(random.nextInt(1)).toBe(0);
    expect(random.nextInt(2 ** 32)).toBeLessThan(2 ** 32);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN])('refuses bound %s', (bound) => {
    expect(() => createSeededRandom('x').nextInt(bound)).toThrow(RangeError);
  });
});
