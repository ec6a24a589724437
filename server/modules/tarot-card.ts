// The shape of a tarot card, its suits and ranks: types and name tables shared by the deck's data files.

export type TarotArcana = 'major' | 'minor';

export const TAROT_SUITS = ['wands', 'cups', 'swords', 'pentacles'] as const;
export type TarotSuit = (typeof TAROT_SUITS)[number];

/** Minor Arcana ranks in order: a card's `number` is its index here plus one (Ace 1 ... Page 11 ... King 14). */
export const TAROT_RANKS = [
  'ace',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'page',
  'knight',
  'queen',
  'king',
] as const;
export type TarotRank = (typeof TAROT_RANKS)[number];

export interface CardMeanings {
  readonly upright: string;
  readonly reversed: string;
}

export interface TarotCard extends CardMeanings {
  /** Kebab-case, stable: stored with draws, e.g. `the-fool`, `three-of-cups`. */
  readonly id: string;
  readonly name: string;
  readonly arcana: TarotArcana;
  /** null for the Major Arcana. */
  readonly suit: TarotSuit | null;
  /** 0-21 for the Major Arcana, 1-14 for the Minor Arcana. */
  readonly number: number;
}
