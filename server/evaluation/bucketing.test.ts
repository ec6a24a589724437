// Bucketing version 1 against published MurmurHash3 vectors, the repo's vectors file and an independent hash.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUCKETING_VERSION, BUCKETS, bucketOf, hash32 } from './bucketing.js';
import { referenceMurmur3 } from './murmur3-reference.js';

const file = JSON.parse(readFileSync(new URL('./bucketing-vectors.json', import.meta.url), 'utf8')) as {
  bucketingVersion: number;
  vectors: Array<{ salt: string; value: string; hash32: number; bucket: number }>;
};

describe('the reference MurmurHash3 x86_32 used to cross-check', () => {
  // Widely published vectors (SMHasher / Wikipedia), including one over UTF-8 input.
  it.each([
    ['', 0, 0],
    ['', 1, 0x514e28b7],
    ['', 0xffffffff, 0x81f16f39],
    ['\u0000\u0000\u0000\u0000', 0, 0x2362f9de],
    ['aaaa', 0x9747b28c, 0x5a97808a],
    ['abc', 0, 0xb3dd93fa],
    ['hello', 0, 613153351],
    ['Hello, world!', 0x9747b28c, 0x24884cba],
    ['The quick brown fox jumps over the lazy dog', 0x9747b28c, 0x2fa826cd],
    ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
    ['ππππππππ', 0x9747b28c, 0xd58063c1],
  ])('murmur3(%j, %i)', (text, seed, expected) => {
    expect(referenceMurmur3(text, seed)).toBe(expected);
  });
});

describe('bucketing version 1', () => {
  it('is MurmurHash3 x86_32 with seed 0 into 10,000 buckets', () => {
    expect(BUCKETING_VERSION).toBe(1);
    expect(BUCKETS).toBe(10_000);
    expect(hash32('hello')).toBe(613153351);
    expect(hash32('')).toBe(0);
  });

  it('hashes the UTF-8 bytes of non-ASCII text like the reference', () => {
    for (const text of ['ππππππππ', 'josé', '用户', '😀', 'e\u0301', 'ß'.repeat(9)]) {
      expect(hash32(text)).toBe(referenceMurmur3(text));
    }
  });

  it('publishes at least 30 vectors, some of them non-ASCII', () => {
    expect(file.bucketingVersion).toBe(BUCKETING_VERSION);
    expect(file.vectors.length).toBeGreaterThanOrEqual(30);
    expect(
      file.vectors.filter((v) => [...(v.salt + v.value)].some((ch) => (ch.codePointAt(0) ?? 0) > 0x7f))
        .length,
    ).toBeGreaterThanOrEqual(10);
  });

  it.each(file.vectors)('vector $salt : $value', ({ salt, value, hash32: expected, bucket }) => {
    expect(hash32(`${salt}:${value}`)).toBe(expected);
    expect(referenceMurmur3(`${salt}:${value}`)).toBe(expected);
    expect(bucketOf(salt, value)).toBe(bucket);
    expect(bucket).toBe(expected % BUCKETS);
  });

  it('stays in 0..9999 for long and odd input', () => {
    for (const value of ['', 'x'.repeat(100_000), '\ud800', '\u0000', '🏳️‍🌈'.repeat(1000)]) {
      const bucket = bucketOf('salt', value);
      expect(Number.isInteger(bucket) && bucket >= 0 && bucket < BUCKETS).toBe(true);
      expect(hash32(`salt:${value}`)).toBe(referenceMurmur3(`salt:${value}`));
    }
  });
});
