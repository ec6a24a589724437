// The suit and arcana symbols of the tarot faces, drawn in a 24×24 box centred on (0, 0).
import type { ReactNode } from 'react';
import type { Suit } from './tarot-faces';

export type SymbolKind = Suit | 'major';

/** One symbol at (x, y), scaled from its 24-unit box; colours come from the face. */
export function SuitSymbol(props: { kind: SymbolKind; x: number; y: number; size: number; ink: string }) {
  const scale = props.size / 24;
  return (
    <g
      transform={`translate(${props.x} ${props.y}) scale(${scale})`}
      stroke={props.ink}
      strokeWidth={1.6}
      strokeLinejoin="round"
      strokeLinecap="round"
      fill="none"
      data-symbol={props.kind}
    >
      {SHAPES[props.kind](props.ink)}
    </g>
  );
}

const SHAPES: Record<SymbolKind, (ink: string) => ReactNode> = {
  // A chalice: bowl, stem and foot.
  cups: (ink) => (
    <>
      <path d="M-8 -9 H8 C8 0 4 3 0 3 C-4 3 -8 0 -8 -9 Z" fill={ink} fillOpacity={0.25} />
      <path d="M0 3 V8 M-5 10 H5" />
    </>
  ),
  // A budding staff.
  wands: (ink) => (
    <>
      <path d="M-6 10 L6 -10" strokeWidth={2.6} />
      <circle cx={-1} cy={-3} r={1.6} fill={ink} />
      <circle cx={3} cy={-3} r={1.6} fill={ink} />
      <circle cx={5.5} cy={-11} r={1.8} fill={ink} />
    </>
  ),
  // A sword, point up: blade, guard and hilt.
  swords: (ink) => (
    <>
      <path d="M0 -11 L2 -8 V4 H-2 V-8 Z" fill={ink} fillOpacity={0.25} />
      <path d="M-6 4 H6 M0 4 V9" />
      <circle cx={0} cy={10.5} r={1.4} fill={ink} />
    </>
  ),
  // A coin with a pentagram.
  pentacles: (ink) => (
    <>
      <circle r={10} fill={ink} fillOpacity={0.12} />
      <path d="M0 -8 L4.7 6.5 L-7.6 -2.5 H7.6 L-4.7 6.5 Z" strokeWidth={1.2} />
    </>
  ),
  // An eight-pointed star in a ring, for the Major Arcana.
  major: (ink) => (
    <>
      <circle r={10.5} strokeWidth={1} />
      <path
        d="M0 -9 L2 -2 L9 0 L2 2 L0 9 L-2 2 L-9 0 L-2 -2 Z M-6 -6 L0 -1 L6 -6 L1 0 L6 6 L0 1 L-6 6 L-1 0 Z"
        fill={ink}
        fillOpacity={0.3}
        strokeWidth={0.9}
      />
    </>
  ),
};
