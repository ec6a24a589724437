// The KPI cards: each figure of the window and how it moved against the previous window of the same length.
import { type CardDelta, kpiCards, type PreviousFigures } from './kpi-cards';
import type { KpiFigures } from './monitoring-queries';

const ARROW = { up: '▲', down: '▼', flat: '' } as const;

function deltaWords(delta: CardDelta, previous: string): string {
  switch (delta.state) {
    case 'change':
      return `${delta.text} vs ${previous}${delta.judgement === 'neutral' ? '' : `, ${delta.judgement}`}`;
    case 'same':
      return `No change vs ${previous}`;
    case 'no-previous':
      return `No data in ${previous} to compare`;
    case 'loading':
      return `Comparing with ${previous}…`;
    case 'unavailable':
      return `Could not load ${previous} to compare`;
  }
}

export function KpiCards(props: { current: KpiFigures; previous: PreviousFigures; previousLabel: string }) {
  const cards = kpiCards(props.current, props.previous);
  return (
    <ul className="kpi-grid" aria-label="Key figures">
      {cards.map((card) => (
        <li key={card.id} className="kpi-card" data-kpi={card.id}>
          <span className="kpi-label">{card.label}</span>
          <span className="kpi-value" data-empty={card.hasValue ? undefined : ''}>
            {card.value}
          </span>
          {card.delta && (
            <span
              className="kpi-delta"
              data-trend={card.delta.state === 'change' ? card.delta.trend : undefined}
              data-judgement={card.delta.state === 'change' ? card.delta.judgement : undefined}
            >
              {card.delta.state === 'change' && <span aria-hidden="true">{ARROW[card.delta.trend]} </span>}
              {deltaWords(card.delta, props.previousLabel)}
            </span>
          )}
          {card.detail && <span className="kpi-detail">{card.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
