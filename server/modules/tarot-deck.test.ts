// The tarot deck: 78 unique cards, the right arcana, suits and numbers, and a meaning on every side.
import { describe, expect, it } from 'vitest';
import { TAROT_RANKS, TAROT_SUITS } from './tarot-card.js';
import { findTarotCard, TAROT_DECK } from './tarot-deck.js';

const major = TAROT_DECK.filter((card) => card.arcana === 'major');
const minor = TAROT_DECK.filter((card) => card.arcana === 'minor');

describe('TAROT_DECK', () => {
  it('has 78 cards with unique kebab-case ids and unique names', () => {
    expect(TAROT_DECK).toHaveLength(78);
    expect(new Set(TAROT_DECK.map((card) => card.id)).size).toBe(78);
    expect(new Set(TAROT_DECK.map((card) => card.name)).size).toBe(78);
    for (const card of TAROT_DECK) expect(card.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the 22 Major Arcana numbered 0 to 21, from The Fool to The World, without a suit', () => {
    expect(major).toHaveLength(22);
    expect(major.map((card) => card.number)).toEqual(Array.from({ length: 22 }, (_, i) => i));
    expect(major.every((card) => card.suit === null)).toBe(true);
    expect(major[0]).toMatchObject({ id: 'the-fool', name: 'The Fool', number: 0 });
    expect(major[8]?.id).toBe('strength');
    expect(major[11]?.id).toBe('justice');
    expect(major[21]).toMatchObject({ id: 'the-world', name: 'The World', number: 21 });
  });

  it.each(TAROT_SUITS)('has 14 %s numbered 1 to 14, Ace to King', (suit) => {
    const cards = minor.filter((card) => card.suit === suit);
    expect(cards).toHaveLength(14);
    expect(cards.map((card) => card.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(cards.map((card) => card.id)).toEqual(TAROT_RANKS.map((rank) => `${rank}-of-${suit}`));
    expect(cards.find((card) => card.number === 11)?.name).toMatch(/^Page of /);
    expect(cards.find((card) => card.number === 12)?.name).toMatch(/^Knight of /);
    expect(cards.find((card) => card.number === 13)?.name).toMatch(/^Queen of /);
    expect(cards.find((card) => card.number === 14)?.name).toMatch(/^King of /);
  });

  it('names minor cards in title case, e.g. Three of Cups', () => {
    expect(findTarotCard('three-of-cups')).toMatchObject({ name: 'Three of Cups', suit: 'cups', number: 3 });
  });

  it('gives every card distinct, non-empty upright and reversed meanings of one or two sentences', () => {
    const texts = new Set<string>();
    for (const card of TAROT_DECK) {
      for (const text of [card.upright, card.reversed]) {
        expect(text.trim(), card.id).not.toBe('');
        expect(text, card.id).toMatch(/^[A-Z].*[.!]$/);
        expect(text.split(/[.!?](?:\s|$)/).filter(Boolean).length, card.id).toBeLessThanOrEqual(2);
        texts.add(text);
      }
    }
    expect(texts.size).toBe(156);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(TAROT_DECK)).toBe(true);
    expect(TAROT_DECK.every((card) => Object.isFrozen(card))).toBe(true);
  });

  it('finds cards by id and nothing else', () => {
    expect(findTarotCard('the-fool')?.number).toBe(0);
    expect(findTarotCard('toString')).toBeUndefined();
    expect(findTarotCard('')).toBeUndefined();
  });
});
