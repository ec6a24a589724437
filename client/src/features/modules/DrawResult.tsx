// The cards or runes of one completed run: position in the spread, name, upright or reversed, meaning.
import { graphql, type ResultOf } from '../../app/graphql';

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

export function DrawResult({ run, label }: { run: DrawResultRun; label: string }) {
  return (
    <ol className="draw" aria-label={label}>
      {run.items.map((item) => (
        <li key={`${item.position}-${item.id}`} className="draw-item">
          <p className="draw-position">{item.positionName}</p>
          <p className="draw-name">
            {item.name}{' '}
            <span className={item.reversed ? 'badge badge-muted' : 'badge'}>
              {item.reversed ? 'Reversed' : 'Upright'}
            </span>
          </p>
          <p className="draw-meaning">{item.meaning}</p>
        </li>
      ))}
    </ol>
  );
}
