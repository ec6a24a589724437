// Draws and casts: reproducible from the seed, distinct pieces, even odds, symmetric runes upright, refusals.
import { describe, expect, it } from 'vitest';
import { castRunes, DRAW_VERSION, type DrawResult, drawTarot, MAX_SEED_LENGTH, newSeed } from './draw.js';
import { findRune, NON_REVERSIBLE_RUNE_IDS, RUNE_SET } from './rune-set.js';
import { findSpread, SPREADS } from './spreads.js';
import { findTarotCard, TAROT_DECK } from './tarot-deck.js';

function unwrap<D>(result: DrawResult<D>): D {
  if (!result.ok) throw new Error(`draw refused: ${result.error.message}`);
  return result.draw;
}

const seeds = (count: number, prefix = 'seed') => Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
const tarotKey = (spread: string, seed: string) =>
  unwrap(drawTarot(spread, seed))
    .items.map((item) => `${item.cardId}${item.reversed ? '~' : ''}`)
    .join(',');

describe('drawTarot', () => {
  // Pinned: a stored seed must give the same draw forever. If this fails, bump DRAW_VERSION instead.
  it('still gives the version 1 draw for a pinned seed', () => {
    expect(unwrap(drawTarot('three-card', 'augur-golden-v1'))).toEqual({
      version: 1,
      module: 'tarot',
      spread: 'three-card',
      seed: 'augur-golden-v1',
      items: [
        {
          position: 1,
          positionName: 'Past',
          cardId: 'the-lovers',
          name: 'The Lovers',
          reversed: false,
          meaning: findTarotCard('the-lovers')?.upright,
        },
        {
          position: 2,
          positionName: 'Present',
          cardId: 'page-of-cups',
          name: 'Page of Cups',
          reversed: false,
          meaning: findTarotCard('page-of-cups')?.upright,
        },
        {
          position: 3,
          positionName: 'Future',
          cardId: 'knight-of-wands',
          name: 'Knight of Wands',
          reversed: false,
          meaning: findTarotCard('knight-of-wands')?.upright,
        },
      ],
    });
    expect(DRAW_VERSION).toBe(1);
  });

  it.each(SPREADS.tarot.map((spread) => spread.id))(
    'gives the same %s draw for the same seed',
    (spreadId) => {
      const first = unwrap(drawTarot(spreadId, 'repeatable'));
      unwrap(drawTarot(spreadId, 'something else in between'));
      expect(unwrap(drawTarot(spreadId, 'repeatable'))).toEqual(first);
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    },
  );

  it('gives different draws for different seeds', () => {
    const crosses = new Set(seeds(1000).map((seed) => tarotKey('celtic-cross', seed)));
    expect(crosses.size).toBe(1000);
    const singles = seeds(1000).map((seed) => tarotKey('single', seed));
    const changed = singles.filter((key, i) => i > 0 && key !== singles[i - 1]).length;
    expect(changed).toBeGreaterThan(950);
  });

  it('fills each position in order with the card and the meaning for its orientation', () => {
    for (const spread of SPREADS.tarot) {
      for (const seed of seeds(200)) {
        const draw = unwrap(drawTarot(spread.id, seed));
        expect(draw).toMatchObject({ version: DRAW_VERSION, module: 'tarot', spread: spread.id, seed });
        expect(draw.items.map((item) => item.position)).toEqual(spread.positions.map((_, i) => i + 1));
        expect(draw.items.map((item) => item.positionName)).toEqual(spread.positions.map((p) => p.name));
        for (const item of draw.items) {
          const card = findTarotCard(item.cardId);
          expect(item.name).toBe(card?.name);
          expect(item.meaning).toBe(item.reversed ? card?.reversed : card?.upright);
        }
      }
    }
  });

  it('never repeats a card within a draw', () => {
    for (const seed of seeds(2000)) {
      const ids = unwrap(drawTarot('celtic-cross', seed)).items.map((item) => item.cardId);
      expect(new Set(ids).size).toBe(10);
    }
  });

  it('over 10,000 draws shows every card in every Celtic Cross position, evenly, reversed about half the time', () => {
    const perPosition = Array.from({ length: 10 }, () => new Map<string, number>());
    const totals = new Map<string, number>();
    let reversed = 0;
    let items = 0;
    for (const seed of seeds(10_000, 'stats')) {
      for (const item of unwrap(drawTarot('celtic-cross', seed)).items) {
        const counts = perPosition[item.position - 1];
        counts?.set(item.cardId, (counts.get(item.cardId) ?? 0) + 1);
        totals.set(item.cardId, (totals.get(item.cardId) ?? 0) + 1);
        if (item.reversed) reversed++;
        items++;
      }
    }
    for (const counts of perPosition) expect(counts.size).toBe(78);
    // 100,000 cards over 78: about 1,282 each, standard deviation about 35.
    for (const card of TAROT_DECK) {
      expect(totals.get(card.id), card.id).toBeGreaterThan(1282 - 180);
      expect(totals.get(card.id), card.id).toBeLessThan(1282 + 180);
    }
    expect(Math.abs(reversed / items - 0.5)).toBeLessThan(0.03);
  });

  it('shows every card over 10,000 single-card draws, reversed about half the time', () => {
    const cards = new Set<string>();
    let reversed = 0;
    for (const seed of seeds(10_000, 'single')) {
      const [item] = unwrap(drawTarot('single', seed)).items;
      if (item) cards.add(item.cardId);
      if (item?.reversed) reversed++;
    }
    expect(cards.size).toBe(78);
    expect(Math.abs(reversed / 10_000 - 0.5)).toBeLessThan(0.03);
  });
});

describe('castRunes', () => {
  it('still gives the version 1 cast for a pinned seed', () => {
    const cast = unwrap(castRunes('five', 'augur-golden-v1'));
    expect(cast).toMatchObject({ version: 1, module: 'runes', spread: 'five', seed: 'augur-golden-v1' });
    expect(cast.items.map((item) => [item.position, item.positionName, item.runeId, item.reversed])).toEqual([
      [1, 'Past', 'eihwaz', false],
      [2, 'Present', 'thurisaz', false],
      [3, 'Future', 'sowilo', false],
      [4, 'Help', 'jera', false],
      [5, 'Obstacle', 'kenaz', true],
    ]);
    expect(cast.items[4]?.meaning).toBe(findRune('kenaz')?.reversedMeaning);
  });

  it.each(SPREADS.runes.map((spread) => spread.id))(
    'gives the same %s cast for the same seed',
    (spreadId) => {
      const first = unwrap(castRunes(spreadId, 'repeatable'));
      expect(unwrap(castRunes(spreadId, 'repeatable'))).toEqual(first);
      expect(first.items).toHaveLength(findSpread('runes', spreadId)?.positions.length ?? -1);
    },
  );

  it('gives different casts for different seeds', () => {
    const keys = new Set(
      seeds(1000).map((seed) =>
        unwrap(castRunes('five', seed))
          .items.map((item) => `${item.runeId}${item.reversed ? '~' : ''}`)
          .join(','),
      ),
    );
    expect(keys.size).toBeGreaterThan(990);
  });

  it('over 10,000 casts: distinct runes, every rune seen, symmetric runes never reversed, others about half', () => {
    const seen = new Set<string>();
    const symmetric = new Set(NON_REVERSIBLE_RUNE_IDS);
    let reversible = 0;
    let reversed = 0;
    for (const seed of seeds(10_000, 'runes')) {
      const cast = unwrap(castRunes('five', seed));
      expect(new Set(cast.items.map((item) => item.runeId)).size).toBe(5);
      for (const item of cast.items) {
        seen.add(item.runeId);
        const rune = findRune(item.runeId);
        if (symmetric.has(item.runeId)) {
          expect(item.reversed).toBe(false);
          expect(item.meaning).toBe(rune?.meaning);
        } else {
          reversible++;
          if (item.reversed) reversed++;
          expect(item.meaning).toBe(item.reversed ? rune?.reversedMeaning : rune?.meaning);
        }
      }
    }
    expect(seen.size).toBe(RUNE_SET.length);
    expect(Math.abs(reversed / reversible - 0.5)).toBeLessThan(0.03);
  });
});

describe('refusals', () => {
  it.each([
    ['drawTarot', () => drawTarot('five', 'seed')],
    ['drawTarot', () => drawTarot('Celtic-Cross', 'seed')],
    ['drawTarot', () => drawTarot('__proto__', 'seed')],
    ['castRunes', () => castRunes('celtic-cross', 'seed')],
    ['castRunes', () => castRunes('', 'seed')],
  ])('%s refuses an unknown spread with VALIDATION_FAILED / UNKNOWN_SPREAD', (_name, run) => {
    const result = run();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        reason: 'UNKNOWN_SPREAD',
        path: 'spread',
      });
      expect(result.error.message).toMatch(/spread/);
    }
  });

  it.each(['', 'x'.repeat(MAX_SEED_LENGTH + 1)])('refuses a seed of length %#', (seed) => {
    for (const result of [drawTarot('single', seed), castRunes('single', seed)]) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', reason: 'INVALID_SEED', path: 'seed' },
      });
    }
  });

  it('accepts a seed of the maximum length', () => {
    expect(drawTarot('single', 'x'.repeat(MAX_SEED_LENGTH)).ok).toBe(true);
  });
});

describe('newSeed', () => {
  it('turns 16 injected bytes into 32 lowercase hex characters', () => {
    const asked: number[] = [];
    const seed = newSeed((n) => {
      asked.push(n);
      return Uint8Array.from({ length: n }, (_, i) => (i === 0 ? 0x0a : 0xf0 + i));
    });
    expect(asked).toEqual([16]);
    expect(seed).toBe('0af1f2f3f4f5f6f7f8f9fafbfcfdfeff');
  });

  it('gives a seed every draw accepts, and different bytes give different seeds', () => {
    const zeros = newSeed((n) => new Uint8Array(n));
    const ones = newSeed((n) => new Uint8Array(n).fill(1));
    expect(zeros).toBe('0'.repeat(32));
    expect(ones).not.toBe(zeros);
    expect(drawTarot('celtic-cross', ones).ok).toBe(true);
  });

  it('uses only the first 16 bytes, and refuses a source that returns fewer', () => {
    expect(newSeed(() => new Uint8Array(32).fill(0xff))).toBe('f'.repeat(32));
    expect(() => newSeed(() => new Uint8Array(8))).toThrow(RangeError);
  });
});
