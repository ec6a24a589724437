// The tenant's flags with search and filters (kept in the URL), "Load more" and their On/Off switches, kept live.

import { type FormEvent, useEffect, useId, useState } from 'react';
import { useSubscription } from 'urql';
import { Link, useSearchParams } from 'wouter';
import { graphql, type ResultOf, type VariablesOf } from '../../app/graphql';
import { type PagedQuery, usePagedQuery } from '../../app/use-paged-query';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { KillSwitch } from './KillSwitch';
import './flag-list.css';

export const FlagsQuery = graphql(`
  query ConsoleFlags(
    $search: String
    $enabled: Boolean
    $includeArchived: Boolean
    $first: Int
    $after: String
  ) {
    flags(search: $search, enabled: $enabled, includeArchived: $includeArchived, first: $first, after: $after) {
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

type Flag = ResultOf<typeof FlagsQuery>['flags']['items'][number];
type FlagFilters = Omit<VariablesOf<typeof FlagsQuery>, 'first' | 'after'>;
const STATES = ['all', 'on', 'off'] as const;
type StateFilter = (typeof STATES)[number];

const SEARCH_DELAY_MS = 250;
const ENABLED_BY_STATE = { all: undefined, on: true, off: false } as const;

/** `canEdit` shows the kill switches (ops); support sees the same list read-only, without live updates. */
export function FlagList({ canEdit }: { canEdit: boolean }) {
  // The URL holds the filters (`?q=tarot&state=off&archived=1`), so they survive Back and can be linked.
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() ?? '';
  const state: StateFilter = STATES.find((s) => s === params.get('state')) ?? 'all';
  const includeArchived = params.get('archived') === '1';
  const [searchText, setSearchText] = useState(search);
  // Back or a link may change the URL's search under the box: the box follows it.
  const [searchSeen, setSearchSeen] = useState(search);
  if (searchSeen !== search) {
    setSearchSeen(search);
    if (searchText.trim() !== search) setSearchText(search);
  }
  const setFilter = (name: 'q' | 'state' | 'archived', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const setSearch = (text: string) => {
    if (text !== search) setFilter('q', text);
  };
  const setState = (value: StateFilter) => setFilter('state', value === 'all' ? '' : value);
  const setIncludeArchived = (value: boolean) => setFilter('archived', value ? '1' : '');
  const [changes] = useSubscription({ query: FlagChangesSubscription, pause: !canEdit });
  const lastChange = changes.data?.flagChanges.configRevision;
  const ids = { title: useId(), search: useId(), state: useId(), archived: useId() };

  // The search is sent once typing pauses; submitting the form sends it at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the typed text restarts the wait.
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
  // New filters start from the first page again; a live change, a kill switch or Refresh reloads every row shown.
  const flags = usePagedQuery({
    query: FlagsQuery,
    variables: filters,
    connection: (data) => data.flags,
    itemKey: (flag) => flag.key,
  });
  const reload = flags.refresh;

  useEffect(() => {
    if (lastChange !== undefined) reload();
  }, [lastChange, reload]);

  return (
    <section className="card" aria-labelledby={ids.title}>
      <div className="section-head">
        <h2 id={ids.title}>All flags</h2>
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
      <FlagResults flags={flags} filtering={filtering} canEdit={canEdit} onChanged={reload} />
    </section>
  );
}

/** The loaded rows and their states; the fetching lives in FlagList so a live change can refresh it. */
function FlagResults(props: {
  flags: PagedQuery<Flag>;
  filtering: boolean;
  canEdit: boolean;
  onChanged(): void;
}) {
  const { flags, filtering, canEdit, onChanged } = props;
  const loadingMore = flags.fetching === 'more';
  return (
    <>
      {!flags.loaded && !flags.error && <StatusMessage>Loading flags…</StatusMessage>}
      {flags.error && (
        <ErrorNotice title="Could not load the flags" error={flags.error} onRetry={flags.retry} />
      )}
      {flags.loaded && flags.items.length === 0 && (
        <p className="muted">{filtering ? 'No flags match.' : 'No flags yet.'}</p>
      )}
      {flags.items.length > 0 && (
        <ul className="flag-list">
          {flags.items.map((flag) => (
            <FlagRow key={flag.key} flag={flag} canEdit={canEdit} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {(flags.hasMore || loadingMore) && (
        // aria-disabled rather than disabled, so the focus stays on the button while the next page loads.
        <button
          type="button"
          className="button button-secondary flag-more"
          onClick={flags.loadMore}
          aria-disabled={loadingMore || undefined}
        >
          {loadingMore ? 'Loading more…' : 'Load more'}
        </button>
      )}
    </>
  );
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
