// The alerts firing now: activeAlerts once, then the `alerts` subscription keeps the list current live.
import { useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { AlertCard } from './AlertCard';
import { type AlertItem, AlertItemFragment } from './alert-fields';

export const ActiveAlertsQuery = graphql(
  `
  query ActiveAlerts {
    activeAlerts {
      ...AlertItem_alert
    }
  }
`,
  [AlertItemFragment],
);

export const AlertsSubscription = graphql(
  `
  subscription AlertsLive {
    alerts {
      ...AlertItem_alert
    }
  }
`,
  [AlertItemFragment],
);

/** The latest word on each alert, by id: what the subscription has said since the list was loaded. */
function fold(seen: Map<string, AlertItem> | undefined, next: { alerts: AlertItem }) {
  const map = new Map(seen);
  map.set(next.alerts.id, next.alerts);
  return map;
}

export function ActiveAlerts(props: { onChange?(): void }) {
  const [query, refetch] = useQuery({ query: ActiveAlertsQuery, requestPolicy: 'cache-and-network' });
  const [live] = useSubscription(
    { query: AlertsSubscription },
    (seen: Map<string, AlertItem> | undefined, next) => {
      props.onChange?.();
      return fold(seen, next);
    },
  );
  const alerts = useMemo(() => {
    const byId = new Map((query.data?.activeAlerts ?? []).map((a) => [a.id, a]));
    for (const [id, a] of live.data ?? []) byId.set(id, a);
    return [...byId.values()].filter((a) => a.state === 'FIRING');
  }, [query.data, live.data]);

  return (
    <section className="card" aria-labelledby="active-alerts-title">
      <div className="section-head">
        <h2 id="active-alerts-title">Firing now</h2>
        <span className="hint" role="status">
          {live.error ? 'Live updates stopped' : 'Live'}
        </span>
      </div>
      {query.fetching && !query.data && <StatusMessage>Loading the active alerts…</StatusMessage>}
      {query.error && (
        <ErrorNotice
          title="Could not load the active alerts"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {query.data && alerts.length === 0 && <p className="muted">No alert is firing.</p>}
      {alerts.length > 0 && (
        <ul className="alert-list" aria-label="Firing alerts">
          {alerts.map((a) => (
            <AlertCard key={a.id} alert={a} />
          ))}
        </ul>
      )}
    </section>
  );
}
