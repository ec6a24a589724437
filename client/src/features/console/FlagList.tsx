// The tenant's flags with search, filters, "Load more" and their kill switches, reloaded on every flagChanges event.

import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { type CombinedError, useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import { graphql, type ResultOf, type VariablesOf } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { KillSwitch } from './KillSwitch';
import './flag-list.css';

export const FlagsQuery = graphql(`
  query ConsoleFlags($search: String, $enabled: Boolean, $includeArchived: Boolean, $after: String) {
    flags(search: $search, enabled: $enabled, includeArchived: $includeArchived, first: 50, after: $after) {
      items {
        key
        enabled
        archived
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

type FlagsPage = ResultOf<typeof FlagsQuery>['flags'];
type Flag = FlagsPage['items'][number];
type FlagFilters = Omit<VariablesOf<typeof FlagsQuery>, 'after'>;
type StateFilter = 'all' | 'on' | 'off';

const SEARCH_DELAY_MS = 250;
const ENABLED_BY_STATE = { all: undefined, on: true, off: false } as const;

/** `canEdit` shows the kill switches (ops); support sees the same list read-only, without live updates. */
export function FlagList({ canEdit }: { canEdit: boolean }) {
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [state, setState] = useState<StateFilter>('all');
  const [includeArchived, setIncludeArchived] = useState(false);
  // Bumped to refetch every loaded page: a live change, a kill switch, Refresh or Try again.
  const [refreshes, setRefreshes] = useState(0);
  const [changes] = useSubscription({ query: FlagChangesSubscription, pause: !canEdit });
  const lastChange = changes.data?.flagChanges.configRevision;
  const ids = { title: useId(), search: useId(), state: useId(), archived: useId() };

  const reload = useCallback(() => setRefreshes((n) => n + 1), []);

  useEffect(() => {
    if (lastChange !== undefined) reload();
  }, [lastChange, reload]);

  // The search is sent once typing pauses; submitting the form sends it at once.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(searchText.trim());
  };

  const filters: FlagFilters = {
    search: search || undefined,
    enabled: ENABLED_BY_STATE[state],
    includeArchived,
  };
  const filtering = search !== '' || state !== 'all';

  return (
    <section className="card" aria-labelledby={ids.title}>
      <div className="section-head">
        <h2 id={ids.title}>Flags</h2>
        {canEdit ? (
          <span className="hint">Live</span>
        ) : (
          <button type="button" className="button button-secondary" onClick={reload}>
            Refresh
          </button>
        )}
      </div>
      <search aria-label="Flags">
        <form className="flag-filters" onSubmit={submit}>
          <div className="field flag-filter-search">
            <label htmlFor={ids.search}>Search flags</label>
            <input
              id={ids.search}
              type="search"
              maxLength={100}
              autoComplete="off"
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
            />
          </div>
          <div className="field flag-filter-state">
            <label htmlFor={ids.state}>State</label>
            <select id={ids.state} value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
              <option value="all">All</option>
              <option value="on">On</option>
              <option value="off">Off</option>
            </select>
          </div>
          <div className="flag-filter-archived">
            <input
              id={ids.archived}
              type="checkbox"
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.target.checked)}
            />
            <label htmlFor={ids.archived}>Show archived</label>
          </div>
        </form>
      </search>
      {changes.error && <ErrorNotice title="Live updates are interrupted" error={changes.error} />}
      {/* New filters start from the first page again. */}
      <FlagResults
        key={JSON.stringify(filters)}
        filters={filters}
        filtering={filtering}
        canEdit={canEdit}
        refreshes={refreshes}
        onChanged={reload}
      />
    </section>
  );
}

interface PageState {
  page: FlagsPage | undefined;
  error: CombinedError | undefined;
}

function FlagResults(props: {
  filters: FlagFilters;
  filtering: boolean;
  canEdit: boolean;
  refreshes: number;
  onChanged(): void;
}) {
  const { filters, filtering, canEdit, refreshes, onChanged } = props;
  // The cursor of every page loaded so far, in order; '' stands for the first page.
  const [cursors, setCursors] = useState<string[]>(['']);
  const [pages, setPages] = useState<Record<string, PageState>>({});

  const onResult = useCallback((cursor: string, state: PageState) => {
    setPages((current) => ({ ...current, [cursor]: state }));
  }, []);

  const flags: Flag[] = cursors.flatMap((cursor) => pages[cursor]?.page?.items ?? []);
  const first = pages[''];
  const last = pages[cursors.at(-1) ?? ''];
  const nextCursor = last?.page?.nextCursor ?? null;
  const loadingMore = cursors.length > 1 && last?.page === undefined && !last?.error;
  const failed = last?.page === undefined ? last?.error : undefined;

  const loadMore = () => {
    if (nextCursor && !loadingMore) setCursors((current) => [...current, nextCursor]);
  };

  return (
    <>
      {cursors.map((cursor) => (
        <FlagPageQuery
          key={cursor}
          filters={filters}
          cursor={cursor}
          refreshes={refreshes}
          onResult={onResult}
        />
      ))}
      {first?.page === undefined && !first?.error && <StatusMessage>Loading flags…</StatusMessage>}
      {failed && <ErrorNotice title="Could not load the flags" error={failed} onRetry={onChanged} />}
      {first?.page?.items.length === 0 && (
        <p className="muted">{filtering ? 'No flags match.' : 'No flags yet.'}</p>
      )}
      {flags.length > 0 && (
        <ul className="flag-list">
          {flags.map((flag) => (
            <FlagRow key={flag.key} flag={flag} canEdit={canEdit} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {(nextCursor || loadingMore) && (
        // aria-disabled rather than disabled, so the focus stays on the button while the next page loads.
        <button
          type="button"
          className="button button-secondary flag-more"
          onClick={loadMore}
          aria-disabled={loadingMore || undefined}
        >
          {loadingMore ? 'Loading more…' : 'Load more'}
        </button>
      )}
    </>
  );
}

/** Fetches one page of flags and reports it; FlagResults draws one list from every page. */
function FlagPageQuery(props: {
  filters: FlagFilters;
  cursor: string;
  refreshes: number;
  onResult(cursor: string, state: PageState): void;
}) {
  const { filters, cursor, refreshes, onResult } = props;
  const [{ data, error }, reexecute] = useQuery({
    query: FlagsQuery,
    variables: { ...filters, after: cursor || undefined },
  });
  const seenRefreshes = useRef(refreshes);

  useEffect(() => {
    if (refreshes === seenRefreshes.current) return;
    seenRefreshes.current = refreshes;
    reexecute({ requestPolicy: 'network-only' });
  }, [refreshes, reexecute]);

  useEffect(() => {
    onResult(cursor, { page: data?.flags, error });
  }, [cursor, data, error, onResult]);

  return null;
}

function FlagRow({ flag, canEdit, onChanged }: { flag: Flag; canEdit: boolean; onChanged(): void }) {
  return (
    <li className="flag-row" data-flag={flag.key} data-enabled={flag.enabled}>
      <div className="flag-info">
        <p className="flag-key">
          <Link href={`/console/flags/${encodeURIComponent(flag.key)}`}>
            <code>{flag.key}</code>
          </Link>
        </p>
        <p className="muted">{flag.description || 'No description.'}</p>
        <p className="hint">
          <span className={flag.enabled ? 'badge' : 'badge badge-off'}>{flag.enabled ? 'On' : 'Off'}</span>{' '}
          {flag.archived && (
            <>
              <span className="badge badge-muted">Archived</span>{' '}
            </>
          )}
          Revision {flag.revision}
        </p>
      </div>
      {/* An archived flag has no kill switch: the server refuses to change it. */}
      {canEdit && !flag.archived && (
        <KillSwitch flagKey={flag.key} enabled={flag.enabled} onChanged={onChanged} />
      )}
    </li>
  );
}
