// One segment: its summary, then its definition (editor and "used by"), history and membership check as sub-pages.
import { useQuery } from 'urql';
import { Link } from 'wouter';
import type { Role } from '../../app/areas';
import { formatDateTime } from '../../app/format';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { MembershipCheck } from './MembershipCheck';
import { SegmentEditor } from './SegmentEditor';
import { SegmentHistory } from './SegmentHistory';
import { SegmentUsage } from './SegmentUsage';

export const SegmentHeaderQuery = graphql(`
  query SegmentHeader($key: String!) {
    segment(key: $key) {
      key
      description
      revision
      archived
      updatedAt
      usedBy
    }
  }
`);

type Tab = 'edit' | 'history' | 'members';
const TABS: { tab: Tab; label: string; opsOnly?: boolean }[] = [
  { tab: 'edit', label: 'Definition' },
  { tab: 'history', label: 'History' },
  { tab: 'members', label: 'Membership check', opsOnly: true },
];

/** "beta_testers · Segments", and "History · beta_testers · Segments" on a sub-page. */
export function segmentPageTitle(key: string, tab: string | undefined): string {
  const label = TABS.find((t) => t.tab === tab && t.tab !== 'edit')?.label;
  return `${label ? `${label} · ` : ''}${key} · Segments`;
}

export function SegmentPage(props: { segmentKey: string; tab: string | undefined; viewerRole: Role }) {
  const { segmentKey } = props;
  const canEdit = props.viewerRole === 'OPS';
  const [{ data, error, fetching }, refetch] = useQuery({
    query: SegmentHeaderQuery,
    variables: { key: segmentKey },
    // "Used by" moves when flags change, which no segment mutation says.
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const segment = data?.segment;
  const base = `/console/segments/${encodeURIComponent(segmentKey)}`;
  const tabs = TABS.filter((t) => !t.opsOnly || canEdit);
  const tab = tabs.find((t) => t.tab === props.tab)?.tab ?? 'edit';
  const live = segment && !segment.archived;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/console/segments">Segments</Link> / <code>{segmentKey}</code>
      </p>
      {fetching && !data && <StatusMessage>Loading the segment…</StatusMessage>}
      {error && !data && <ErrorNotice title="Could not load the segment" error={error} onRetry={reload} />}
      {data && !live && (
        <section className="card">
          <h1>Segment not found</h1>
          <p>
            There is no segment <code>{segmentKey}</code>
            {segment?.archived ? ' any more: it was archived.' : '.'}{' '}
            <Link href="/console/segments">Back to the segments</Link>
          </p>
        </section>
      )}
      {segment && live && (
        <>
          <section className="card" aria-labelledby="segment-title" data-segment={segment.key}>
            <div className="section-head">
              <h1 id="segment-title">
                <code>{segment.key}</code>
              </h1>
              <button type="button" className="button button-secondary" onClick={reload}>
                Refresh
              </button>
            </div>
            <p className="muted">{segment.description || 'No description.'}</p>
            <p className="hint">
              Revision {segment.revision} · updated{' '}
              <time dateTime={segment.updatedAt}>{formatDateTime(segment.updatedAt)}</time> · used by{' '}
              {segment.usedBy.length === 0
                ? 'no flag'
                : `${segment.usedBy.length} ${segment.usedBy.length === 1 ? 'flag' : 'flags'}`}
            </p>
          </section>
          <nav className="tabs" aria-label={`Segment ${segment.key}`}>
            <ul>
              {tabs.map((t) => (
                <li key={t.tab}>
                  <Link
                    href={t.tab === 'edit' ? base : `${base}/${t.tab}`}
                    aria-current={t.tab === tab ? 'page' : undefined}
                  >
                    {t.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {tab === 'edit' && (
            <>
              <SegmentEditor segmentKey={segment.key} canEdit={canEdit} onSaved={reload} />
              <SegmentUsage
                segmentKey={segment.key}
                revision={segment.revision}
                usedBy={segment.usedBy}
                canEdit={canEdit}
              />
            </>
          )}
          {tab === 'history' && (
            <SegmentHistory segmentKey={segment.key} canEdit={canEdit} refreshKey={segment.revision} />
          )}
          {tab === 'members' && canEdit && <MembershipCheck segmentKey={segment.key} />}
        </>
      )}
    </>
  );
}
