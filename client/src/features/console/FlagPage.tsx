// One flag: its state and kill switch, then its editor, history, explain and audit trail as sub-pages.
import { useEffect, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import type { Role } from '../../app/areas';
import { formatDateTime } from '../../app/format';
import { graphql } from '../../app/graphql';
import { AuditLog } from '../audit/AuditLog';
import { ExplainPanel } from '../explain/ExplainPanel';
import { FlagEditor } from '../flag-editor/FlagEditor';
import { FlagMetricsPanel } from '../flag-metrics/FlagMetricsPanel';
import { GuardPanel } from '../guard/GuardPanel';
import { FlagHistory } from '../history/FlagHistory';
import { PropagationNote } from '../propagation/PropagationNote';
import { ReleasePlanPanel } from '../rollout/ReleasePlanPanel';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { FlagChangesSubscription } from './FlagList';
import { KillSwitch } from './KillSwitch';

export const FlagHeaderQuery = graphql(`
  query FlagHeader($key: String!) {
    flag(key: $key) {
      key
      type
      enabled
      archived
      revision
      description
      updatedAt
    }
  }
`);

type Tab = 'edit' | 'history' | 'explain' | 'audit' | 'metrics';
const TABS: { tab: Tab; label: string; opsOnly?: boolean }[] = [
  { tab: 'edit', label: 'Definition' },
  { tab: 'history', label: 'History' },
  { tab: 'explain', label: 'Explain', opsOnly: true },
  { tab: 'audit', label: 'Audit trail' },
  { tab: 'metrics', label: 'Metrics' },
];

/** "tarot_enabled · Flags", and "History · tarot_enabled · Flags" on a sub-page (the tab's own label). */
export function flagPageTitle(flagKey: string, tab: string | undefined): string {
  const label = TABS.find((t) => t.tab === tab && t.tab !== 'edit')?.label;
  return `${label ? `${label} · ` : ''}${flagKey} · Flags`;
}

export function FlagPage(props: { flagKey: string; tab: string | undefined; viewerRole: Role }) {
  const { flagKey, viewerRole: role } = props;
  const canEdit = role === 'OPS';
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FlagHeaderQuery,
    variables: { key: flagKey },
  });
  const [changes] = useSubscription({ query: FlagChangesSubscription, pause: !canEdit });
  const change = changes.data?.flagChanges;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  useEffect(() => {
    if (change?.key === flagKey) refetch({ requestPolicy: 'network-only' });
  }, [change, flagKey, refetch]);

  const flag = data?.flag;
  // Arriving on a flag (from the list, or after creating it) puts focus on its name, as a page load would.
  const heading = useRef<HTMLHeadingElement>(null);
  const hasFlag = flag !== undefined && flag !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new flagKey is a new page, even when cached.
  useEffect(() => {
    if (hasFlag) heading.current?.focus();
  }, [hasFlag, flagKey]);
  // The editor keeps what it loaded while the flag moves on elsewhere; ops loads the newer one on purpose
  // (a new `mount` remounts the editor). Its own saves move `revision` without a remount.
  const [editor, setEditor] = useState<{ revision: number; mount: number } | undefined>();
  useEffect(() => {
    if (flag && editor === undefined) setEditor({ revision: flag.revision, mount: 0 });
  }, [flag, editor]);
  const base = `/console/flags/${encodeURIComponent(flagKey)}`;
  const tabs = TABS.filter((t) => !t.opsOnly || canEdit);
  const tab = tabs.find((t) => t.tab === props.tab)?.tab ?? 'edit';
  // Coming back to the definition shows the revision in force, not the one loaded before.
  useEffect(() => {
    if (tab !== 'edit') setEditor(undefined);
  }, [tab]);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/console">Flags</Link> / <code>{flagKey}</code>
      </p>
      {fetching && !data && <StatusMessage>Loading the flag…</StatusMessage>}
      {error && !data && <ErrorNotice title="Could not load the flag" error={error} onRetry={reload} />}
      {data && !flag && (
        <section className="card">
          <h1>Flag not found</h1>
          <p>
            There is no flag <code>{flagKey}</code>. <Link href="/console">Back to the flags</Link>
          </p>
        </section>
      )}
      {flag && (
        <>
          <section
            className="card flag-header"
            aria-labelledby="flag-title"
            data-flag={flag.key}
            data-enabled={flag.enabled}
          >
            <div className="section-head">
              <h1 id="flag-title" tabIndex={-1} ref={heading}>
                <code>{flag.key}</code>
              </h1>
              {canEdit && !flag.archived && <KillSwitch flagKey={flag.key} enabled={flag.enabled} />}
              {!canEdit && (
                // Support gets no live flagChanges stream: a refresh is the way to see a newer state.
                <button type="button" className="button button-secondary" onClick={reload}>
                  Refresh
                </button>
              )}
            </div>
            <p className="muted">{flag.description || 'No description.'}</p>
            <p className="hint">
              <span className={flag.enabled ? 'badge' : 'badge badge-off'}>
                {flag.enabled ? 'On' : 'Off'}
              </span>{' '}
              {flag.archived && <span className="badge badge-muted">Archived</span>} {flag.type} · revision{' '}
              {flag.revision} · updated{' '}
              <time dateTime={flag.updatedAt}>{formatDateTime(flag.updatedAt)}</time>
            </p>
            {canEdit && <PropagationNote flagKey={flag.key} revision={flag.revision} />}
          </section>
          <GuardPanel flagKey={flag.key} canEdit={canEdit} />
          <ReleasePlanPanel flagKey={flag.key} canEdit={canEdit} />
          <nav className="tabs" aria-label={`Flag ${flag.key}`}>
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
          {tab === 'edit' && editor !== undefined && (
            <>
              {flag.revision > editor.revision && (
                <div className="notice notice-info" role="status">
                  <p>
                    This flag changed since the editor loaded it: revision {flag.revision} is now in force.
                  </p>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setEditor({ revision: flag.revision, mount: editor.mount + 1 })}
                  >
                    Load revision {flag.revision}
                  </button>
                </div>
              )}
              <FlagEditor
                key={editor.mount}
                flagKey={flag.key}
                canEdit={canEdit && !flag.archived}
                // urql's cache reloads the header: the save returned a Flag.
                onSaved={(revision) => setEditor({ revision, mount: editor.mount })}
              />
            </>
          )}
          {tab === 'history' && (
            <FlagHistory flagKey={flag.key} canEdit={canEdit && !flag.archived} refreshKey={flag.revision} />
          )}
          {tab === 'explain' && canEdit && <ExplainPanel flagKey={flag.key} />}
          {tab === 'audit' && <AuditLog initialTargetKey={flag.key} initialTargetType="FLAG" />}
          {tab === 'metrics' && <FlagMetricsPanel flagKey={flag.key} canReadMetrics={canEdit} />}
        </>
      )}
    </>
  );
}
