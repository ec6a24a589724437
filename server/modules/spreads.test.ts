// Spreads: position counts and names per module, and lookups that refuse unknown modules and ids.
import { describe, expect, it } from 'vitest';
import { findSpread, isModuleName, SPREADS } from './spreads.js';

describe('SPREADS', () => {
  it.each([
    ['tarot', 'single', 1],
    ['tarot', 'three-card', 3],
    ['tarot', 'celtic-cross', 10],
    ['runes', 'single', 1],
    ['runes', 'three', 3],
    ['runes', 'five', 5],
  ] as const)('%s %s has %i positions', (module, id, count) => {
    const spread = findSpread(module, id);
    expect(spread?.module).toBe(module);
    expect(spread?.positions).toHaveLength(count);
  });

  it('offers exactly these spreads', () => {
    expect(SPREADS.tarot.map((spread) => spread.id)).toEqual(['single', 'three-card', 'celtic-cross']);
    expect(SPREADS.runes.map((spread) => spread.id)).toEqual(['single', 'three', 'five']);
  });

  it('names the positions', () => {
    const names = (module: string, id: string) => findSpread(module, id)?.positions.map((p) => p.name);
    expect(names('tarot', 'single')).toEqual(['Focus']);
    expect(names('tarot', 'three-card')).toEqual(['Past', 'Present', 'Future']);
    expect(names('tarot', 'celtic-cross')).toEqual([
      'Present',
      'Challenge',
      'Foundation',
      'Recent past',
      'Crown (possible outcome)',
      'Near future',
      'Self',
      'Environment',
      'Hopes and fears',
      'Outcome',
    ]);
    expect(names('runes', 'three')).toEqual(['Situation', 'Action', 'Outcome']);
    expect(names('runes', 'five')).toEqual(['Past', 'Present', 'Future', 'Help', 'Obstacle']);
  });

  it('has unique position ids within each spread', () => {
    for (const spread of [...SPREADS.tarot, ...SPREADS.runes]) {
      expect(new Set(spread.positions.map((p) => p.id)).size).toBe(spread.positions.length);
    }
  });

  it.each([
    ['tarot', 'five'],
    ['runes', 'celtic-cross'],
    ['tarot', ''],
    ['tarot', 'toString'],
    ['tarot', '__proto__'],
    ['astrology', 'single'],
    ['__proto__', 'single'],
    ['constructor', 'single'],
  ])('returns undefined for %j / %j', (module, id) => {
    expect(findSpread(module, id)).toBeUndefined();
  });

  it('recognises module names', () => {
    expect(isModuleName('tarot')).toBe(true);
    expect(isModuleName('runes')).toBe(true);
    expect(isModuleName('Tarot')).toBe(false);
    expect(isModuleName(undefined)).toBe(false);
  });
});
