// The 24 Elder Futhark runes in futhark order, in three aettir of eight, with meanings written for Augur.

export interface Rune {
  /** Kebab-case, stable: stored with casts, e.g. `fehu`. */
  readonly id: string;
  readonly name: string;
  /** The Unicode Runic block character, e.g. ᚠ (U+16A0). */
  readonly symbol: string;
  /** Which family of eight: 1 (Freyr's), 2 (Heimdall's or Hagal's), 3 (Tyr's). */
  readonly aett: 1 | 2 | 3;
  readonly meaning: string;
  /** null when the rune reads the same either way up (see NON_REVERSIBLE_RUNE_IDS). */
  readonly reversedMeaning: string | null;
}

/**
 * Runes read the same reversed, by the common convention: Gebo, Hagalaz, Naudhiz, Isa, Jera, Eihwaz,
 * Sowilo, Ingwaz and Dagaz. Their shapes look alike turned end over end (a half turn), so no reversed
 * reading is given and casts always show them upright. Traditions differ on a few; this is the set Augur uses.
 */
export const NON_REVERSIBLE_RUNE_IDS: readonly string[] = [
  'gebo',
  'hagalaz',
  'naudhiz',
  'isa',
  'jera',
  'eihwaz',
  'sowilo',
  'ingwaz',
  'dagaz',
];

/** In futhark order. Casts index into this order: append-only (see DRAW_VERSION in draw.ts). */
export const RUNE_SET: readonly Rune[] = Object.freeze(
  (
    [
      {
        id: 'fehu',
        name: 'Fehu',
        symbol: 'ᚠ',
        aett: 1,
        meaning:
          'Wealth that moves: earned abundance and the means to share it. Tend what you have and let it flow.',
        reversedMeaning:
          'Something of value may be slipping away or being held too tightly. Look at where your energy and resources really go.',
      },
      {
        id: 'uruz',
        name: 'Uruz',
        symbol: 'ᚢ',
        aett: 1,
        meaning:
          'Raw strength, vitality and the stamina to endure. Your body and will are stronger than you think.',
        reversedMeaning:
          'Energy is low or strength is being spent in the wrong places. Rest and rebuild before pressing on.',
      },
      {
        id: 'thurisaz',
        name: 'Thurisaz',
        symbol: 'ᚦ',
        aett: 1,
        meaning:
          'A force that both defends and breaks through, like a thorn or a thunderclap. Pause before you act, then meet the obstacle directly.',
        reversedMeaning:
          "Beware rash reactions, or getting caught on someone else's thorns. Defensiveness may be doing more harm than good.",
      },
      {
        id: 'ansuz',
        name: 'Ansuz',
        symbol: 'ᚨ',
        aett: 1,
        meaning:
          'Messages, wisdom and inspired words are flowing. Listen closely; guidance may come through a conversation or a sign.',
        reversedMeaning:
          'Miscommunication or poor advice is clouding things. Weigh what you hear and speak with care.',
      },
      {
        id: 'raidho',
        name: 'Raidho',
        symbol: 'ᚱ',
        aett: 1,
        meaning:
          'A journey, outer or inner, moving to a good rhythm. Go forward with purpose and trust the road.',
        reversedMeaning:
          'Plans are disrupted, or the path feels wrong. Reconsider the route before travelling further.',
      },
      {
        id: 'kenaz',
        name: 'Kenaz',
        symbol: 'ᚲ',
        aett: 1,
        meaning:
          'A torch of insight, creativity and warmth lights the way. Use the clarity to make or learn something new.',
        reversedMeaning:
          'The light feels dim and inspiration is hard to find. Be patient, and let go of what no longer lights your way.',
      },
      {
        id: 'gebo',
        name: 'Gebo',
        symbol: 'ᚷ',
        aett: 1,
        meaning:
          'A gift and an exchange in balance: partnership, generosity and connection. What you give returns to you in kind.',
        reversedMeaning: null,
      },
      {
        id: 'wunjo',
        name: 'Wunjo',
        symbol: 'ᚹ',
        aett: 1,
        meaning: 'Joy, harmony and a sense of belonging. Let yourself enjoy what is going right.',
        reversedMeaning:
          'Joy feels out of reach, or discord has crept into a group. Small steps toward connection can bring it back.',
      },
      {
        id: 'hagalaz',
        name: 'Hagalaz',
        symbol: 'ᚺ',
        aett: 2,
        meaning:
          'Disruption arrives like a hailstorm, beyond your control. What melts afterwards waters new growth.',
        reversedMeaning: null,
      },
      {
        id: 'naudhiz',
        name: 'Naudhiz',
        symbol: 'ᚾ',
        aett: 2,
        meaning:
          'Need and constraint are teaching patience and resourcefulness. Work with what you have; friction can kindle a fire.',
        reversedMeaning: null,
      },
      {
        id: 'isa',
        name: 'Isa',
        symbol: 'ᛁ',
        aett: 2,
        meaning: 'Stillness, like winter ice. Wait, gather yourself, and do not force what is frozen.',
        reversedMeaning: null,
      },
      {
        id: 'jera',
        name: 'Jera',
        symbol: 'ᛃ',
        aett: 2,
        meaning: 'The harvest comes in its season. Patient effort is rewarded as the year turns.',
        reversedMeaning: null,
      },
      {
        id: 'eihwaz',
        name: 'Eihwaz',
        symbol: 'ᛇ',
        aett: 2,
        meaning:
          'Endurance and deep roots, like the evergreen yew. You can weather this change and come through stronger.',
        reversedMeaning: null,
      },
      {
        id: 'perthro',
        name: 'Perthro',
        symbol: 'ᛈ',
        aett: 2,
        meaning:
          'Mystery, chance and what is not yet revealed. Trust the unfolding and stay open to surprise.',
        reversedMeaning:
          'Secrets or disappointments may surface. Resist the urge to control what cannot yet be known.',
      },
      {
        id: 'algiz',
        name: 'Algiz',
        symbol: 'ᛉ',
        aett: 2,
        meaning:
          'Protection and higher guidance surround you. Stay alert and trust your instincts to keep you safe.',
        reversedMeaning:
          'You may feel exposed, or be ignoring a warning. Set clearer boundaries and look after yourself.',
      },
      {
        id: 'sowilo',
        name: 'Sowilo',
        symbol: 'ᛊ',
        aett: 2,
        meaning:
          "The sun's strength brings success, vitality and a clear direction. Move forward with confidence.",
        reversedMeaning: null,
      },
      {
        id: 'tiwaz',
        name: 'Tiwaz',
        symbol: 'ᛏ',
        aett: 3,
        meaning:
          'Courage, justice and honourable action. Stand for what is right, even when it asks something of you.',
        reversedMeaning:
          'Resolve is waning, or a cause is being fought for the wrong reasons. Check your motives before you take up the fight.',
      },
      {
        id: 'berkano',
        name: 'Berkano',
        symbol: 'ᛒ',
        aett: 3,
        meaning:
          'Growth, renewal and gentle nurture, like a birch in spring. Something new is ready to be cared for.',
        reversedMeaning:
          'Growth feels stalled, or care is being withheld. Tend to the roots before expecting blossoms.',
      },
      {
        id: 'ehwaz',
        name: 'Ehwaz',
        symbol: 'ᛖ',
        aett: 3,
        meaning:
          'Trust and steady movement alongside a partner or ally. Progress comes through working together.',
        reversedMeaning:
          'Restlessness or mistrust is unsettling a partnership. Slow down and rebuild trust before moving on.',
      },
      {
        id: 'mannaz',
        name: 'Mannaz',
        symbol: 'ᛗ',
        aett: 3,
        meaning:
          'Our shared humanity: self-knowledge and community. Look at how you fit with the people around you.',
        reversedMeaning:
          'Isolation or self-deception may be creeping in. Seek honest reflection from people who care about you.',
      },
      {
        id: 'laguz',
        name: 'Laguz',
        symbol: 'ᛚ',
        aett: 3,
        meaning:
          'Flow, intuition and the deep waters of feeling. Go with the current and trust your inner knowing.',
        reversedMeaning:
          'Emotional confusion may be leading you astray. Wait for the water to still before you make decisions.',
      },
      {
        id: 'ingwaz',
        name: 'Ingwaz',
        symbol: 'ᛜ',
        aett: 3,
        meaning:
          'A seed gathering strength before it grows. Rest, complete what is ready, and let a new phase begin.',
        reversedMeaning: null,
      },
      {
        id: 'dagaz',
        name: 'Dagaz',
        symbol: 'ᛞ',
        aett: 3,
        meaning:
          'Daybreak and breakthrough: a turning point into the light. A new perspective makes everything clearer.',
        reversedMeaning: null,
      },
      {
        id: 'othala',
        name: 'Othala',
        symbol: 'ᛟ',
        aett: 3,
        meaning:
          'Heritage, home and what is truly yours. Honour your roots and the values you want to pass on.',
        reversedMeaning:
          'Old ties or family patterns may be holding you back. Consider what to keep and what to release.',
      },
    ] satisfies Rune[]
  ).map((rune) => Object.freeze(rune)),
);

const BY_ID: ReadonlyMap<string, Rune> = new Map(RUNE_SET.map((rune) => [rune.id, rune]));

export function findRune(id: string): Rune | undefined {
  return BY_ID.get(id);
}
