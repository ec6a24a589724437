// What a tarot card's face shows, worked out from its id: arcana or suit, number or rank, and colours.

export const MAJOR_ARCANA_IDS = [
  'the-fool',
  'the-magician',
  'the-high-priestess',
  'the-empress',
  'the-emperor',
  'the-hierophant',
  'the-lovers',
  'the-chariot',
  'strength',
  'the-hermit',
  'wheel-of-fortune',
  'justice',
  'the-hanged-man',
  'death',
  'temperance',
  'the-devil',
  'the-tower',
  'the-star',
  'the-moon',
  'the-sun',
  'judgement',
  'the-world',
] as const;

export const SUITS = ['wands', 'cups', 'swords', 'pentacles'] as const;
export type Suit = (typeof SUITS)[number];

/** In order: a rank's number is its index plus one (ace 1 … ten 10, page 11 … king 14). */
export const RANKS = [
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
export type Rank = (typeof RANKS)[number];

/** The corner mark of each Minor Arcana rank. */
const RANK_MARKS = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'P', 'Kn', 'Q', 'K'] as const;

/** Each suit's element and colours (ink on the face, a light wash behind the symbol). */
export const SUIT_STYLE: Record<Suit | 'major', { label: string; ink: string; wash: string }> = {
  major: { label: 'Major Arcana', ink: '#5b21b6', wash: '#ede9fe' },
  wands: { label: 'Wands · fire', ink: '#9a3412', wash: '#ffedd5' },
  cups: { label: 'Cups · water', ink: '#1e40af', wash: '#dbeafe' },
  swords: { label: 'Swords · air', ink: '#334155', wash: '#e2e8f0' },
  pentacles: { label: 'Pentacles · earth', ink: '#166534', wash: '#dcfce7' },
};

export interface TarotFace {
  arcana: 'major' | 'minor';
  /** null for the Major Arcana. */
  suit: Suit | null;
  /** 0-21 for the Major Arcana, 1-14 for the Minor Arcana. */
  number: number;
  /** The corner mark: a Roman numeral (0 for the Fool) or the rank's mark (A, 2 … 10, P, Kn, Q, K). */
  mark: string;
  /** Pips drawn in the middle: the number for Ace to Ten, none for the court and the Major Arcana. */
  pips: number;
  /** The rank word of a court card (Page, Knight, Queen, King), else null. */
  court: string | null;
}

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 0 → "0", 17 → "XVII" (enough for the 22 Major Arcana). */
export function roman(n: number): string {
  if (n === 0) return '0';
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The face of a card id as the server stores it (`the-star`, `three-of-cups`); undefined if unknown. */
export function tarotFace(id: string): TarotFace | undefined {
  const major = (MAJOR_ARCANA_IDS as readonly string[]).indexOf(id);
  if (major >= 0)
    return { arcana: 'major', suit: null, number: major, mark: roman(major), pips: 0, court: null };
  const [rank, of, suit, ...rest] = id.split('-');
  if (of !== 'of' || rest.length > 0) return undefined;
  const index = (RANKS as readonly string[]).indexOf(rank ?? '');
  if (index < 0 || !(SUITS as readonly string[]).includes(suit ?? '')) return undefined;
  const number = index + 1;
  return {
    arcana: 'minor',
    suit: suit as Suit,
    number,
    mark: RANK_MARKS[index] ?? String(number),
    pips: number <= 10 ? number : 0,
    court: number > 10 ? capitalised(rank ?? '') : null,
  };
}

/** Every card id of the deck, Major Arcana first, then each suit Ace to King. */
export const TAROT_IDS: readonly string[] = [
  ...MAJOR_ARCANA_IDS,
  ...SUITS.flatMap((suit) => RANKS.map((rank) => `${rank}-of-${suit}`)),
];

/** Where n pips sit on a 2-column (3 for 7-10) grid inside the face's middle box (0..1 on each axis). */
export function pipLayout(n: number): { x: number; y: number }[] {
  if (n <= 1) return [{ x: 0.5, y: 0.5 }];
  const columns = n <= 3 ? 1 : n <= 6 ? 2 : 3;
  const rows = Math.ceil(n / columns);
  return Array.from({ length: n }, (_, i) => {
    const row = Math.floor(i / columns);
    const inRow = Math.min(columns, n - row * columns);
    const column = i % columns;
    return { x: (column + 1) / (inRow + 1), y: (row + 0.5) / rows };
  });
}
