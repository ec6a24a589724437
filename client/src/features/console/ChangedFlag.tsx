// One flag changed in the last 24 hours: each of its revisions since then, who and when, told in the history's sentences.
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDateTime } from '../../app/format';
import { FlagRevisionsQuery } from '../history/FlagHistory';
import { RevisionDiff } from '../history/RevisionDiff';
import { ErrorNotice } from '../shell/ErrorNotice';

/** `since`: ISO instant; `refreshKey` changes when a live change arrives, to fetch the revisions again. */
export function ChangedFlag(props: { flagKey: string; since: string; refreshKey: number }) {
  const [result, reexecute] = useQuery({
    query: FlagRevisionsQuery,
    variables: { key: props.flagKey, first: 10 },
  });
  useEffect(() => {
    if (props.refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [props.refreshKey, reexecute]);

  const href = `/console/flags/${encodeURIComponent(props.flagKey)}`;
  const revisions = (result.data?.flagRevisions ?? []).filter((r) => r.createdAt >= props.since);
  return (
    <li className="home-flag" data-home-flag={props.flagKey}>
      <h4>
        <Link href={href}>{props.flagKey}</Link>
      </h4>
      {result.error && (
        <ErrorNotice
          title={`Could not load the changes to ${props.flagKey}`}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {result.fetching && !result.data && <p className="hint">Loading its changes…</p>}
      {result.data && revisions.length === 0 && (
        <p className="hint">
          Changed without a new revision (an archive or a refused change): see its{' '}
          <Link href={`${href}/audit`}>audit trail</Link>.
        </p>
      )}
      <ol className="home-revisions">
        {revisions.map((r) => (
          <li key={r.revision} data-revision={r.revision}>
            <p>
              Revision {r.revision} by {r.actorLabel},{' '}
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              {r.reason ? `: “${r.reason}”` : ''}
            </p>
            <RevisionDiff
              entries={r.diff}
              content={r.content}
              label={`Changes to ${props.flagKey} in revision ${r.revision}`}
            />
          </li>
        ))}
      </ol>
    </li>
  );
}
