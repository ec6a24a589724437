// A rune stone drawn as SVG: its glyph cut into the stone and its name; a reversed rune is turned over.
import { RUNE_GLYPHS } from './rune-glyphs';

const W = 80;
const H = 120;

export function RuneFace(props: { id: string; name: string; reversed: boolean }) {
  const glyph = RUNE_GLYPHS[props.id];
  const label = `${props.name} ${glyph?.char ?? ''}, ${props.reversed ? 'reversed' : 'upright'}`.replace(
    '  ',
    ' ',
  );
  return (
    <svg
      className="face face-rune"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      data-rune={props.id}
      data-reversed={props.reversed}
    >
      <path
        d="M40 3 C62 3 76 14 77 38 C78 66 74 104 56 114 C46 119 30 119 22 114 C5 103 2 66 3 38 C4 14 18 3 40 3 Z"
        fill="#e7e1d6"
        stroke="#57534e"
        strokeWidth={1.5}
      />
      <g transform={props.reversed ? `rotate(180 ${W / 2} 52)` : undefined} data-turn>
        <g
          transform="translate(25 27) scale(1.5 1.25)"
          fill="none"
          stroke="#7c2d12"
          strokeWidth={2.6}
          strokeLinecap="round"
          strokeLinejoin="round"
          data-glyph={glyph?.char}
        >
          {(glyph?.strokes ?? []).map((stroke) => (
            <polyline
              key={stroke.map((p) => p.join(',')).join(' ')}
              points={stroke.map((p) => p.join(',')).join(' ')}
            />
          ))}
        </g>
      </g>
      <text x={W / 2} y={H - 12} fontSize={10} fontWeight={700} textAnchor="middle" fill="#292524" data-name>
        {props.name}
      </text>
    </svg>
  );
}
