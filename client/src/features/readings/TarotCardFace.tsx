// A tarot card's face drawn as SVG from its id: the corner number, the suit or arcana symbol, the name;
// a reversed card is drawn turned half a turn.
import { SuitSymbol } from './suit-symbols';
import { pipLayout, SUIT_STYLE, tarotFace } from './tarot-faces';

const W = 120;
const H = 200;
/** The middle box the pips and symbols are laid out in. */
const BOX = { x: 18, y: 42, w: 84, h: 108 };

export function TarotCardFace(props: { id: string; name: string; reversed: boolean }) {
  const face = tarotFace(props.id);
  const style = SUIT_STYLE[face?.suit ?? 'major'];
  const kind = face?.suit ?? 'major';
  const label = `${props.name}, ${props.reversed ? 'reversed' : 'upright'}`;
  const nameSize = props.name.length > 16 ? 8.5 : 10;
  return (
    <svg
      className="face face-tarot"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      data-card={props.id}
      data-reversed={props.reversed}
    >
      <g transform={props.reversed ? `rotate(180 ${W / 2} ${H / 2})` : undefined} data-turn>
        <rect
          x={1}
          y={1}
          width={W - 2}
          height={H - 2}
          rx={9}
          fill="#fffaf0"
          stroke={style.ink}
          strokeWidth={2}
        />
        <rect
          x={7}
          y={7}
          width={W - 14}
          height={H - 14}
          rx={6}
          fill="none"
          stroke={style.ink}
          strokeWidth={0.6}
        />
        <rect x={BOX.x} y={BOX.y} width={BOX.w} height={BOX.h} rx={6} fill={style.wash} />
        <text x={14} y={24} fontSize={14} fontWeight={700} fill={style.ink} data-mark>
          {face?.mark ?? '?'}
        </text>
        <text x={W - 14} y={24} fontSize={7} textAnchor="end" fill={style.ink} letterSpacing={0.4}>
          {style.label.toUpperCase()}
        </text>
        <Middle kind={kind} face={face} ink={style.ink} />
        <text
          x={W / 2}
          y={H - 22}
          fontSize={nameSize}
          fontWeight={700}
          textAnchor="middle"
          fill="#1f2937"
          data-name
        >
          {props.name}
        </text>
      </g>
    </svg>
  );
}

function Middle(props: {
  kind: 'major' | 'wands' | 'cups' | 'swords' | 'pentacles';
  face: ReturnType<typeof tarotFace>;
  ink: string;
}) {
  const cx = BOX.x + BOX.w / 2;
  const cy = BOX.y + BOX.h / 2;
  const face = props.face;
  if (!face || face.arcana === 'major') {
    return (
      <>
        <SuitSymbol kind="major" x={cx} y={cy - 10} size={58} ink={props.ink} />
        <text x={cx} y={cy + 40} fontSize={16} fontWeight={700} textAnchor="middle" fill={props.ink}>
          {face?.mark ?? '?'}
        </text>
      </>
    );
  }
  if (face.court) {
    return (
      <>
        <path
          d={`M${cx - 16} ${cy - 26} L${cx - 16} ${cy - 38} L${cx - 8} ${cy - 31} L${cx} ${cy - 40} L${cx + 8} ${cy - 31} L${cx + 16} ${cy - 38} L${cx + 16} ${cy - 26} Z`}
          fill={props.ink}
          fillOpacity={0.3}
          stroke={props.ink}
        />
        <SuitSymbol kind={props.kind} x={cx} y={cy + 4} size={48} ink={props.ink} />
        <text x={cx} y={cy + 46} fontSize={11} fontWeight={700} textAnchor="middle" fill={props.ink}>
          {face.court}
        </text>
      </>
    );
  }
  const size = face.pips === 1 ? 56 : face.pips <= 6 ? 26 : 22;
  return (
    <>
      {pipLayout(face.pips).map((pip) => (
        <SuitSymbol
          key={`${pip.x}-${pip.y}`}
          kind={props.kind}
          x={BOX.x + pip.x * BOX.w}
          y={BOX.y + pip.y * BOX.h}
          size={size}
          ink={props.ink}
        />
      ))}
    </>
  );
}
