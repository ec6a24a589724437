// The web client draws a face for every card and rune the server can draw: its id tables match the deck's.
import { expect, it } from 'vitest';
import { RUNE_GLYPHS } from '../client/src/features/readings/rune-glyphs.js';
import { TAROT_IDS, tarotFace } from '../client/src/features/readings/tarot-faces.js';
import { RUNE_SET } from '../server/modules/rune-set.js';
import { TAROT_DECK } from '../server/modules/tarot-deck.js';

it('knows every tarot card of the deck, with its arcana, suit and number', () => {
  expect([...TAROT_IDS].sort()).toEqual(TAROT_DECK.map((c) => c.id).sort());
  for (const card of TAROT_DECK) {
    expect(tarotFace(card.id), card.id).toMatchObject({
      arcana: card.arcana,
      suit: card.suit,
      number: card.number,
    });
  }
});

it('has the glyph of every rune of the set, the same Runic character', () => {
  expect(Object.keys(RUNE_GLYPHS)).toEqual(RUNE_SET.map((r) => r.id));
  for (const rune of RUNE_SET) expect(RUNE_GLYPHS[rune.id]?.char, rune.id).toBe(rune.symbol);
});
