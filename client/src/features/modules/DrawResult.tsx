// The cards or runes of one completed run, turned face up one by one: position in the spread, the drawn
// face (reversed ones turned), its name, upright or reversed, and its meaning.
import { useEffect, useRef, useState } from 'react';
import { graphql, type ResultOf } from '../../app/graphql';
import { ReadingFace } from '../readings/ReadingFace';
import '../readings/readings.css';

export const DrawResultFragment = graphql(`
  fragment DrawResult_run on ModuleRun {
    id
    module
    spread
    seed
    items {
      id
      position
      positionName
      name
      reversed
      meaning
    }
  }
`);

export type DrawResultRun = ResultOf<typeof DrawResultFragment>;

/** How long each item stays face down after the one before it turns. */
export const REVEAL_EVERY_MS = 700;

export function DrawResult(props: {
  run: DrawResultRun;
  label: string;
  revealEveryMs?: number;
  /** Called once every item is face up. */
  onRevealed?(): void;
}) {
  const total = props.run.items.length;
  const [shown, setShown] = useState(Math.min(1, total));
  const every = props.revealEveryMs ?? REVEAL_EVERY_MS;
  const onRevealed = useRef(props.onRevealed);
  onRevealed.current = props.onRevealed;

  useEffect(() => {
    if (shown >= total) {
      onRevealed.current?.();
      return;
    }
    const timer = setTimeout(() => setShown((n) => n + 1), every);
    return () => clearTimeout(timer);
  }, [shown, total, every]);

  return (
    <div className="draw-result">
      <ol className="draw draw-faces" aria-label={props.label} data-revealed={shown} data-total={total}>
        {props.run.items.map((item, index) => {
          const revealed = index < shown;
          return (
            <li
              key={`${item.position}-${item.id}`}
              className="draw-item"
              data-revealed={revealed}
              data-reversed={revealed ? item.reversed : undefined}
            >
              <ReadingFace
                module={props.run.module}
                id={item.id}
                name={item.name}
                reversed={item.reversed}
                revealed={revealed}
              />
              <div className="draw-text">
                <p className="draw-position">{item.positionName}</p>
                {revealed ? (
                  <>
                    <p className="draw-name">
                      {item.name}{' '}
                      <span className={item.reversed ? 'badge badge-muted' : 'badge'}>
                        {item.reversed ? 'Reversed' : 'Upright'}
                      </span>
                    </p>
                    <p className="draw-meaning">{item.meaning}</p>
                  </>
                ) : (
                  <p className="muted">Not yet revealed</p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {/* Announces each turn once, without re-reading the whole list. */}
      <p className="visually-hidden" aria-live="polite">
        {shown > 0 && `${shown} of ${total} revealed: ${describe(props.run.items[shown - 1])}`}
      </p>
      {shown < total && (
        <button type="button" className="button button-secondary" onClick={() => setShown(total)}>
          Reveal all
        </button>
      )}
    </div>
  );
}

function describe(item: DrawResultRun['items'][number] | undefined): string {
  return item ? `${item.positionName}, ${item.name}${item.reversed ? ', reversed' : ''}` : '';
}
