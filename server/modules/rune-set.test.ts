// The rune set: 24 Elder Futhark runes in order, their symbols and aettir, and the nine that never reverse.
import { describe, expect, it } from 'vitest';
import { findRune, NON_REVERSIBLE_RUNE_IDS, RUNE_SET } from './rune-set.js';

const FUTHARK = [
  ['fehu', 0x16a0],
  ['uruz', 0x16a2],
  ['thurisaz', 0x16a6],
  ['ansuz', 0x16a8],
  ['raidho', 0x16b1],
  ['kenaz', 0x16b2],
  ['gebo', 0x16b7],
  ['wunjo', 0x16b9],
  ['hagalaz', 0x16ba],
  ['naudhiz', 0x16be],
  ['isa', 0x16c1],
  ['jera', 0x16c3],
  ['eihwaz', 0x16c7],
  ['perthro', 0x16c8],
  ['algiz', 0x16c9],
  ['sowilo', 0x16ca],
  ['tiwaz', 0x16cf],
  ['berkano', 0x16d2],
  ['ehwaz', 0x16d6],
  ['mannaz', 0x16d7],
  ['laguz', 0x16da],
  ['ingwaz', 0x16dc],
  ['dagaz', 0x16de],
  ['othala', 0x16df],
] as const;

const SYMMETRIC = ['gebo', 'hagalaz', 'naudhiz', 'isa', 'jera', 'eihwaz', 'sowilo', 'ingwaz', 'dagaz'];

describe('RUNE_SET', () => {
  it('has the 24 runes in futhark order with their Unicode symbols', () => {
    expect(RUNE_SET.map((rune) => [rune.id, rune.symbol.codePointAt(0)])).toEqual(
      FUTHARK.map(([id, cp]) => [id, cp]),
    );
    expect(RUNE_SET.every((rune) => [...rune.symbol].length === 1)).toBe(true);
  });

  it('has unique ids, names and symbols', () => {
    expect(new Set(RUNE_SET.map((rune) => rune.id)).size).toBe(24);
    expect(new Set(RUNE_SET.map((rune) => rune.name)).size).toBe(24);
    expect(new Set(RUNE_SET.map((rune) => rune.symbol)).size).toBe(24);
  });

  it('puts eight runes in each aett, in order', () => {
    expect(RUNE_SET.map((rune) => rune.aett)).toEqual([
      ...Array(8).fill(1),
      ...Array(8).fill(2),
      ...Array(8).fill(3),
    ]);
  });

  it('has exactly nine runes without a reversed meaning: the conventional symmetric set', () => {
    const without = RUNE_SET.filter((rune) => rune.reversedMeaning === null).map((rune) => rune.id);
    expect(without).toHaveLength(9);
    expect([...without].sort()).toEqual([...SYMMETRIC].sort());
    expect([...NON_REVERSIBLE_RUNE_IDS].sort()).toEqual([...SYMMETRIC].sort());
  });

  it('gives every rune a meaning, and every reversible rune a different reversed meaning', () => {
    for (const rune of RUNE_SET) {
      expect(rune.meaning.trim(), rune.id).not.toBe('');
      expect(rune.meaning, rune.id).toMatch(/^[A-Z].*\.$/);
      if (rune.reversedMeaning !== null) {
        expect(rune.reversedMeaning.trim(), rune.id).not.toBe('');
        expect(rune.reversedMeaning, rune.id).not.toBe(rune.meaning);
      }
    }
  });

  it('finds runes by id and nothing else', () => {
    expect(findRune('fehu')?.symbol).toBe('ᚠ');
    expect(findRune('constructor')).toBeUndefined();
  });
});
