// The 78-card tarot deck (Major Arcana 0-21, then Wands, Cups, Swords, Pentacles from Ace to King), frozen.

import { TAROT_RANKS, TAROT_SUITS, type TarotCard, type TarotRank, type TarotSuit } from './tarot-card.js';
import { MAJOR_ARCANA } from './tarot-major-arcana.js';
import { MINOR_ARCANA } from './tarot-minor-arcana.js';

export type { CardMeanings, TarotArcana, TarotCard, TarotRank, TarotSuit } from './tarot-card.js';

const capitalize = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

const kebab = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function majorCards(): TarotCard[] {
  return MAJOR_ARCANA.map((text, number) => ({
    id: kebab(text.name),
    name: text.name,
    arcana: 'major',
    suit: null,
    number,
    upright: text.upright,
    reversed: text.reversed,
  }));
}

function minorCard(suit: TarotSuit, rank: TarotRank, index: number): TarotCard {
  const meanings = MINOR_ARCANA[suit][rank];
  const name = `${capitalize(rank)} of ${capitalize(suit)}`;
  return {
    id: kebab(name),
    name,
    arcana: 'minor',
    suit,
    number: index + 1,
    upright: meanings.upright,
    reversed: meanings.reversed,
  };
}

/**
 * The deck in a fixed order. Draws index into this order, so reordering or inserting cards changes every
 * stored seed's draw: append-only, and bump DRAW_VERSION in draw.ts if it ever has to change.
 */
export const TAROT_DECK: readonly TarotCard[] = Object.freeze(
  [
    ...majorCards(),
    ...TAROT_SUITS.flatMap((suit) => TAROT_RANKS.map((rank, index) => minorCard(suit, rank, index))),
  ].map((card) => Object.freeze(card)),
);

const BY_ID: ReadonlyMap<string, TarotCard> = new Map(TAROT_DECK.map((card) => [card.id, card]));

export function findTarotCard(id: string): TarotCard | undefined {
  return BY_ID.get(id);
}
