// An independent MurmurHash3 x86_32 (Math.imul over Node's UTF-8 bytes) the tests use to cross-check bucketing.

/** MurmurHash3 x86_32 of the UTF-8 bytes of `text`, written from the reference C++ without murmurhash3js. */
export function referenceMurmur3(text: string, seed = 0): number {
  const bytes = Buffer.from(text, 'utf8');
  const n = bytes.length;
  const blocks = n - (n % 4);
  let h = seed | 0;
  const mix = (k: number) => Math.imul(rotl(Math.imul(k, 0xcc9e2d51), 15), 0x1b873593);
  for (let i = 0; i < blocks; i += 4) {
    const k =
      (bytes[i] as number) |
      ((bytes[i + 1] as number) << 8) |
      ((bytes[i + 2] as number) << 16) |
      ((bytes[i + 3] as number) << 24);
    h = (Math.imul(rotl(h ^ mix(k), 13), 5) + 0xe6546b64) | 0;
  }
  let tail = 0;
  for (let i = n - 1; i >= blocks; i--) tail = (tail << 8) | (bytes[i] as number);
  if (n % 4 !== 0) h ^= mix(tail);
  h ^= n;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}
