// Past and present alerts, newest first, a page at a time, with their webhook deliveries.
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { AlertCard } from './AlertCard';
import { AlertItemFragment } from './alert-fields';

export const AlertHistoryQuery = graphql(
  `
  query AlertHistory($first: Int!, $after: String) {
    alerts(first: $first, after: $after) {
      items {
        ...AlertItem_alert
      }
      nextCursor
    }
  }
`,
  [AlertItemFragment],
);

const PAGE = 20;

export function AlertHistory(props: { refreshKey: number }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const [query, refetch] = useQuery({
    query: AlertHistoryQuery,
    variables: { first: PAGE, after },
    requestPolicy: 'cache-and-network',
  });
  // An alert fired or resolved (the live list heard it): the history follows.
  useEffect(() => {
    if (props.refreshKey > 0) refetch({ requestPolicy: 'network-only' });
  }, [props.refreshKey, refetch]);
  const page = query.data?.alerts;
  return (
    <section className="card" aria-labelledby="alert-history-title">
      <div className="section-head">
        <h2 id="alert-history-title">History</h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => refetch({ requestPolicy: 'network-only' })}
        >
          Refresh
        </button>
      </div>
      {query.fetching && !page && <StatusMessage>Loading the alert history…</StatusMessage>}
      {query.error && (
        <ErrorNotice
          title="Could not load the alert history"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {page && page.items.length === 0 && <p className="muted">No alert has fired yet.</p>}
      {page && page.items.length > 0 && (
        <ul className="alert-list" aria-label="Alert history">
          {page.items.map((a) => (
            <AlertCard key={a.id} alert={a} />
          ))}
        </ul>
      )}
      <div className="alert-pages">
        {cursors.length > 1 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            Newer
          </button>
        )}
        {page?.nextCursor && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setCursors((c) => [...c, page.nextCursor])}
          >
            Older
          </button>
        )}
      </div>
    </section>
  );
}
