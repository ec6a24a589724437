// The console home's overview: where alerts are, flags changed in the last 24 hours, recent changes; live for ops.
import { useEffect, useId, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import type { Role } from '../../app/areas';
import { ErrorNotice } from '../shell/ErrorNotice';
import { ChangedFlag } from './ChangedFlag';
import { FlagChangesSubscription } from './FlagList';
import { changedFlagKeys, DAY_MS, HomeActivityQuery } from './home-query';
import { RecentChanges } from './RecentChanges';
import './console-home.css';

/** Flags told in sentences at most; the rest are a link to the audit log. */
const FLAGS_SHOWN = 10;

export function ConsoleOverview({ role, now = Date.now }: { role: Role; now?: () => number }) {
  const [since, setSince] = useState(() => new Date(now() - DAY_MS).toISOString());
  const [result, reexecute] = useQuery({ query: HomeActivityQuery, variables: { since } });
  // Only ops receive live flagChanges; support refreshes by hand.
  const live = role === 'OPS';
  const [changes] = useSubscription({ query: FlagChangesSubscription, pause: !live });
  const lastChange = changes.data?.flagChanges.configRevision;
  const [refreshKey, setRefreshKey] = useState(0);
  const ids = { title: useId(), flags: useId(), recent: useId(), alerts: useId() };

  const refresh = () => {
    setSince(new Date(now() - DAY_MS).toISOString());
    setRefreshKey((k) => k + 1);
    reexecute({ requestPolicy: 'network-only' });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new live change is the only trigger.
  useEffect(() => {
    if (lastChange !== undefined) refresh();
  }, [lastChange]);

  const keys = result.data ? changedFlagKeys(result.data.flagEvents.items) : [];
  return (
    <section className="card home-overview" aria-labelledby={ids.title} aria-busy={result.fetching}>
      <div className="section-head">
        <h2 id={ids.title}>Since yesterday</h2>
        {live ? (
          <span className="hint">Live</span>
        ) : (
          <button type="button" className="button button-secondary" onClick={refresh}>
            Refresh
          </button>
        )}
      </div>
      <section aria-labelledby={ids.alerts} className="home-alerts" data-home="alerts">
        <h3 id={ids.alerts}>Alerts and tripped guards</h3>
        {live ? (
          <p className="hint">
            Firing alerts (a tripped guard is one) are listed live on{' '}
            <Link href="/console/alerts">Alerts</Link>, with the figures behind them on{' '}
            <Link href="/console/monitoring">Monitoring</Link>.
          </p>
        ) : (
          <p className="hint">
            Alerts and tripped guards are handled by ops; a tripped guard shows on its flag.
          </p>
        )}
      </section>
      {result.error && (
        <ErrorNotice title="Could not load recent changes" error={result.error} onRetry={refresh} />
      )}
      {!result.data && !result.error && <p className="hint">Loading recent changes…</p>}
      {result.data && (
        <>
          <section aria-labelledby={ids.flags} data-home="changed-flags">
            <h3 id={ids.flags}>Flags changed in the last 24 hours</h3>
            {keys.length === 0 ? (
              <p className="hint">No flag has changed in the last 24 hours.</p>
            ) : (
              <ul className="home-flags">
                {keys.slice(0, FLAGS_SHOWN).map((key) => (
                  <ChangedFlag key={key} flagKey={key} since={since} refreshKey={refreshKey} />
                ))}
              </ul>
            )}
            {keys.length > FLAGS_SHOWN && (
              <p>
                {keys.length - FLAGS_SHOWN} more in the{' '}
                <Link href={`/console/audit?targetType=flag&since=${since.slice(0, 10)}`}>audit log</Link>.
              </p>
            )}
          </section>
          <section aria-labelledby={ids.recent} data-home="recent">
            <h3 id={ids.recent}>Recent changes</h3>
            <RecentChanges events={result.data.recent.items} />
          </section>
        </>
      )}
    </section>
  );
}
