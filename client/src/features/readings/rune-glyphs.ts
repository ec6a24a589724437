// The 24 Elder Futhark runes as strokes: each glyph is a few polylines on a 20 × 40 grid (stave upright).

type Point = readonly [number, number];

export interface RuneGlyph {
  /** The Unicode Runic character, kept as the glyph's text alternative. */
  char: string;
  strokes: readonly (readonly Point[])[];
}

const stave = (x: number): Point[] => [
  [x, 0],
  [x, 40],
];

/** In futhark order, keyed by the id the server stores (`fehu` … `othala`). */
export const RUNE_GLYPHS: Readonly<Record<string, RuneGlyph>> = {
  fehu: {
    char: 'ᚠ',
    strokes: [
      stave(6),
      [
        [6, 14],
        [16, 4],
      ],
      [
        [6, 24],
        [16, 14],
      ],
    ],
  },
  uruz: {
    char: 'ᚢ',
    strokes: [
      [
        [5, 40],
        [5, 0],
        [15, 14],
        [15, 40],
      ],
    ],
  },
  thurisaz: {
    char: 'ᚦ',
    strokes: [
      stave(6),
      [
        [6, 10],
        [15, 20],
        [6, 30],
      ],
    ],
  },
  ansuz: {
    char: 'ᚨ',
    strokes: [
      stave(6),
      [
        [6, 0],
        [16, 10],
      ],
      [
        [6, 12],
        [16, 22],
      ],
    ],
  },
  raidho: {
    char: 'ᚱ',
    strokes: [
      stave(5),
      [
        [5, 0],
        [15, 10],
        [5, 20],
        [15, 40],
      ],
    ],
  },
  kenaz: {
    char: 'ᚲ',
    strokes: [
      [
        [15, 6],
        [5, 20],
        [15, 34],
      ],
    ],
  },
  gebo: {
    char: 'ᚷ',
    strokes: [
      [
        [2, 4],
        [18, 36],
      ],
      [
        [18, 4],
        [2, 36],
      ],
    ],
  },
  wunjo: {
    char: 'ᚹ',
    strokes: [
      stave(6),
      [
        [6, 0],
        [16, 10],
        [6, 20],
      ],
    ],
  },
  hagalaz: {
    char: 'ᚺ',
    strokes: [
      stave(4),
      stave(16),
      [
        [4, 14],
        [16, 26],
      ],
    ],
  },
  naudhiz: {
    char: 'ᚾ',
    strokes: [
      stave(10),
      [
        [4, 14],
        [16, 26],
      ],
    ],
  },
  isa: { char: 'ᛁ', strokes: [stave(10)] },
  jera: {
    char: 'ᛃ',
    strokes: [
      [
        [9, 6],
        [3, 14],
        [9, 22],
      ],
      [
        [11, 18],
        [17, 26],
        [11, 34],
      ],
    ],
  },
  eihwaz: {
    char: 'ᛇ',
    strokes: [
      stave(10),
      [
        [10, 0],
        [16, 7],
      ],
      [
        [10, 40],
        [4, 33],
      ],
    ],
  },
  perthro: {
    char: 'ᛈ',
    strokes: [
      stave(4),
      [
        [4, 2],
        [11, 10],
        [16, 3],
      ],
      [
        [4, 38],
        [11, 30],
        [16, 37],
      ],
    ],
  },
  algiz: {
    char: 'ᛉ',
    strokes: [
      stave(10),
      [
        [2, 4],
        [10, 16],
        [18, 4],
      ],
    ],
  },
  sowilo: {
    char: 'ᛊ',
    strokes: [
      [
        [15, 0],
        [4, 14],
        [16, 26],
        [5, 40],
      ],
    ],
  },
  tiwaz: {
    char: 'ᛏ',
    strokes: [
      stave(10),
      [
        [2, 10],
        [10, 0],
        [18, 10],
      ],
    ],
  },
  berkano: {
    char: 'ᛒ',
    strokes: [
      stave(5),
      [
        [5, 0],
        [15, 10],
        [5, 20],
        [15, 30],
        [5, 40],
      ],
    ],
  },
  ehwaz: {
    char: 'ᛖ',
    strokes: [
      stave(4),
      stave(16),
      [
        [4, 0],
        [10, 10],
        [16, 0],
      ],
    ],
  },
  mannaz: {
    char: 'ᛗ',
    strokes: [
      stave(4),
      stave(16),
      [
        [4, 0],
        [16, 16],
      ],
      [
        [16, 0],
        [4, 16],
      ],
    ],
  },
  laguz: {
    char: 'ᛚ',
    strokes: [
      stave(6),
      [
        [6, 0],
        [16, 10],
      ],
    ],
  },
  ingwaz: {
    char: 'ᛜ',
    strokes: [
      [
        [10, 8],
        [18, 20],
        [10, 32],
        [2, 20],
        [10, 8],
      ],
    ],
  },
  dagaz: {
    char: 'ᛞ',
    strokes: [
      [
        [2, 4],
        [2, 36],
        [18, 4],
        [18, 36],
        [2, 4],
      ],
    ],
  },
  othala: {
    char: 'ᛟ',
    strokes: [
      [
        [3, 40],
        [17, 16],
        [10, 4],
        [3, 16],
        [17, 40],
      ],
    ],
  },
};

export const RUNE_IDS: readonly string[] = Object.keys(RUNE_GLYPHS);
