// The tenant's flags with their kill switches, reloaded whenever flagChanges reports a committed change.

import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { KillSwitch } from './KillSwitch';

export const FlagsQuery = graphql(`
  query ConsoleFlags {
    flags(first: 100) {
      items {
        key
        enabled
        revision
        description
      }
      nextCursor
    }
  }
`);

export const FlagChangesSubscription = graphql(`
  subscription ConsoleFlagChanges {
    flagChanges {
      key
      action
      actor
      revision
      configRevision
    }
  }
`);

/** `canEdit` shows the kill switches (ops); support sees the same list read-only, without live updates. */
export function FlagList({ canEdit }: { canEdit: boolean }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: FlagsQuery });
  const [changes] = useSubscription({ query: FlagChangesSubscription, pause: !canEdit });
  const lastChange = changes.data?.flagChanges.configRevision;

  useEffect(() => {
    if (lastChange !== undefined) refetch({ requestPolicy: 'network-only' });
  }, [lastChange, refetch]);

  const reload = () => refetch({ requestPolicy: 'network-only' });
  const flags = data?.flags.items ?? [];
  return (
    <section className="card" aria-labelledby="flags-title">
      <div className="section-head">
        <h2 id="flags-title">Flags</h2>
        {canEdit ? (
          <span className="hint">Live</span>
        ) : (
          <button type="button" className="button button-secondary" onClick={reload}>
            Refresh
          </button>
        )}
      </div>
      {changes.error && <ErrorNotice title="Live updates are interrupted" error={changes.error} />}
      {fetching && !data && <StatusMessage>Loading flags…</StatusMessage>}
      {error && !data && <ErrorNotice title="Could not load the flags" error={error} onRetry={reload} />}
      {data && flags.length === 0 && <p className="muted">No flags yet.</p>}
      {flags.length > 0 && (
        <ul className="flag-list">
          {flags.map((flag) => (
            <li key={flag.key} className="flag-row" data-flag={flag.key} data-enabled={flag.enabled}>
              <div className="flag-info">
                <p className="flag-key">
                  <code>{flag.key}</code>
                </p>
                <p className="muted">{flag.description || 'No description.'}</p>
                <p className="hint">
                  <span className={flag.enabled ? 'badge' : 'badge badge-off'}>
                    {flag.enabled ? 'On' : 'Off'}
                  </span>{' '}
                  Revision {flag.revision}
                </p>
              </div>
              {canEdit && <KillSwitch flagKey={flag.key} enabled={flag.enabled} onChanged={reload} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
