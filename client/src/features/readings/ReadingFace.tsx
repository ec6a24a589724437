// The picture of one drawn item: a tarot card's face or a rune stone, or its back while not yet revealed.
import { RuneFace } from './RuneFace';
import { TarotCardFace } from './TarotCardFace';

export function ReadingFace(props: {
  module: 'TAROT' | 'RUNES';
  id: string;
  name: string;
  reversed: boolean;
  revealed: boolean;
}) {
  if (!props.revealed) return <FaceDown module={props.module} />;
  return props.module === 'TAROT' ? (
    <TarotCardFace id={props.id} name={props.name} reversed={props.reversed} />
  ) : (
    <RuneFace id={props.id} name={props.name} reversed={props.reversed} />
  );
}

function FaceDown({ module }: { module: 'TAROT' | 'RUNES' }) {
  const tarot = module === 'TAROT';
  return (
    <svg
      className={`face face-down ${tarot ? 'face-tarot' : 'face-rune'}`}
      viewBox={tarot ? '0 0 120 200' : '0 0 80 120'}
      role="img"
      aria-label={tarot ? 'A card, face down' : 'A rune, face down'}
      data-face-down
    >
      {tarot ? (
        <>
          <rect x={1} y={1} width={118} height={198} rx={9} fill="#3b2a6b" stroke="#1e1538" strokeWidth={2} />
          <rect x={9} y={9} width={102} height={182} rx={6} fill="none" stroke="#c4b5fd" strokeWidth={1} />
          <circle cx={60} cy={100} r={26} fill="none" stroke="#c4b5fd" strokeWidth={1.2} />
          <path d="M60 78 L65 95 L82 100 L65 105 L60 122 L55 105 L38 100 L55 95 Z" fill="#c4b5fd" />
        </>
      ) : (
        <path
          d="M40 3 C62 3 76 14 77 38 C78 66 74 104 56 114 C46 119 30 119 22 114 C5 103 2 66 3 38 C4 14 18 3 40 3 Z"
          fill="#a8a29e"
          stroke="#57534e"
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}
