// One list read from a cursor-paginated query: first page, "Load more", and refreshes that reload every row shown.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type Client,
  type CombinedError,
  createRequest,
  type DocumentInput,
  type OperationResult,
  type RequestPolicy,
  useClient,
} from 'urql';
import { filter, pipe, subscribe, take } from 'wonka';

/** One page as the server sends it: `nextCursor` is null on the last page. */
export interface Connection<Item> {
  readonly items: readonly Item[];
  readonly nextCursor: string | null;
}

export const PAGE_SIZE = 50;
/** The largest `first` the server accepts (PAGE in server/flags/flag-schema.ts and server/audit/audit-schema.ts). */
export const MAX_FIRST = 200;

interface PageVariables {
  first?: number | null;
  after?: string | null;
}

export interface PagedQueryOptions<Data, Variables extends PageVariables, Item> {
  /** A query with `$first: Int` and `$after: String` passed to the paginated field. */
  query: DocumentInput<Data, Variables>;
  /** Everything but `first` and `after`; a change starts again from the first page. */
  variables: Omit<Variables, 'first' | 'after'>;
  connection(data: Data): Connection<Item>;
  /** A stable identity, so a row never shows twice when the list moved between two pages. */
  itemKey(item: Item): string;
  /** For the first page and "Load more"; a refresh always asks the network. */
  requestPolicy?: RequestPolicy;
  pageSize?: number;
  maxFirst?: number;
}

export interface PagedQuery<Item> {
  items: readonly Item[];
  /** False until the first page has arrived. */
  loaded: boolean;
  /** What is being fetched now, if anything. */
  fetching: 'first' | 'more' | 'refresh' | null;
  error: CombinedError | undefined;
  hasMore: boolean;
  loadMore(): void;
  /** Reloads every row shown from the first page on, so inserted and removed rows move the later pages too. */
  refresh(): void;
  /** Runs again what failed: the next page, or the whole list. */
  retry(): void;
}

interface State<Item> {
  key: string;
  items: readonly Item[];
  nextCursor: string | null;
  loaded: boolean;
  fetching: PagedQuery<Item>['fetching'];
  error: CombinedError | undefined;
  failed: 'more' | 'list' | undefined;
}

const blank = <Item>(key: string): State<Item> => ({
  key,
  items: [],
  nextCursor: null,
  loaded: false,
  fetching: 'first',
  error: undefined,
  failed: undefined,
});

/** A run of requests that a newer one replaces; a cancelled run neither reports nor leaves subscriptions open. */
interface Run {
  cancelled: boolean;
  cleanups: (() => void)[];
}

function cancel(run: Run | undefined) {
  if (!run) return;
  run.cancelled = true;
  for (const cleanup of run.cleanups) cleanup();
}

/** The first settled result of one query; answers stay open in urql, so this takes one and unsubscribes. */
function fetchOnce<Data, Variables extends PageVariables>(
  client: Client,
  query: DocumentInput<Data, Variables>,
  variables: Variables,
  requestPolicy: RequestPolicy,
  run: Run,
): Promise<OperationResult<Data, Variables>> {
  return new Promise((resolve) => {
    const { unsubscribe } = pipe(
      client.executeQuery(createRequest(query, variables), { requestPolicy }),
      filter((result) => !result.stale && !result.hasNext),
      take(1),
      subscribe((result) => {
        if (!run.cancelled) resolve(result);
      }),
    );
    run.cleanups.push(unsubscribe);
  });
}

/** Appends `more` to `items`, leaving out any row already there. */
function merge<Item>(items: readonly Item[], more: readonly Item[], itemKey: (item: Item) => string): Item[] {
  const seen = new Set(items.map(itemKey));
  const merged = [...items];
  for (const item of more) {
    const key = itemKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(item);
  }
  return merged;
}

export function usePagedQuery<Data, Variables extends PageVariables, Item>(
  options: PagedQueryOptions<Data, Variables, Item>,
): PagedQuery<Item> {
  const client = useClient();
  const key = JSON.stringify(options.variables);
  // Requests read the latest options and state through refs, so the returned functions stay stable.
  const latest = useRef(options);
  const state = useRef<State<Item>>(blank(key));
  const current = useRef<Run | undefined>(undefined);
  const [view, setView] = useState(state.current);

  const update = useCallback((run: Run, change: Partial<State<Item>>) => {
    if (run.cancelled) return;
    state.current = { ...state.current, ...change };
    setView(state.current);
  }, []);

  const startRun = useCallback((): Run => {
    cancel(current.current);
    const run: Run = { cancelled: false, cleanups: [] };
    current.current = run;
    return run;
  }, []);

  const page = useCallback(
    (run: Run, first: number, after: string | null, requestPolicy: RequestPolicy) => {
      const { query, variables } = latest.current;
      const pageVariables = { ...variables, first, after: after ?? undefined } as Variables;
      return fetchOnce(client, query, pageVariables, requestPolicy, run);
    },
    [client],
  );

  /** Loads rows from the start until `target` are shown (or the list ends), `maxFirst` at a time. */
  const reload = useCallback(
    async (target: number, requestPolicy: RequestPolicy) => {
      const run = startRun();
      const { connection, itemKey, maxFirst = MAX_FIRST } = latest.current;
      update(run, {
        fetching: state.current.loaded ? 'refresh' : 'first',
        error: undefined,
        failed: undefined,
      });
      let items: Item[] = [];
      let cursor: string | null = null;
      let full = true;
      do {
        const first = Math.min(target - items.length, maxFirst);
        const result = await page(run, first, cursor, requestPolicy);
        if (result.error || !result.data) {
          update(run, { fetching: null, error: result.error, failed: 'list' });
          return;
        }
        const next = connection(result.data);
        items = merge(items, next.items, itemKey);
        cursor = next.nextCursor;
        // A short page is all the server gives at once: the rest waits for "Load more".
        full = next.items.length >= first;
      } while (cursor && full && items.length < target);
      update(run, { items, nextCursor: cursor, loaded: true, fetching: null });
    },
    [page, startRun, update],
  );

  const refresh = useCallback(() => {
    const { pageSize = PAGE_SIZE } = latest.current;
    const { items, fetching } = state.current;
    // A page still on its way is part of what the reader asked to see.
    const target = Math.max(items.length, pageSize) + (fetching === 'more' ? pageSize : 0);
    void reload(target, 'network-only');
  }, [reload]);

  const loadMore = useCallback(() => {
    const { connection, itemKey, pageSize = PAGE_SIZE, requestPolicy = 'cache-first' } = latest.current;
    const { items, nextCursor, fetching } = state.current;
    if (!nextCursor || fetching === 'first' || fetching === 'more') return;
    if (fetching === 'refresh') {
      // The refresh under way would drop this page: widen it instead.
      void reload(items.length + pageSize, 'network-only');
      return;
    }
    const run = startRun();
    update(run, { fetching: 'more', error: undefined, failed: undefined });
    void page(run, pageSize, nextCursor, requestPolicy).then((result) => {
      if (result.error || !result.data) {
        update(run, { fetching: null, error: result.error, failed: 'more' });
        return;
      }
      const next = connection(result.data);
      update(run, {
        items: merge(state.current.items, next.items, itemKey),
        nextCursor: next.nextCursor,
        fetching: null,
      });
    });
  }, [page, reload, startRun, update]);

  const retry = useCallback(() => {
    if (state.current.failed === 'more') loadMore();
    else refresh();
  }, [loadMore, refresh]);

  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    state.current = blank(key);
    const { pageSize = PAGE_SIZE, requestPolicy = 'cache-first' } = latest.current;
    void reload(pageSize, requestPolicy);
    return () => cancel(current.current);
  }, [key, reload]);

  // New variables show nothing of the old list, even for the render before their first page is asked for.
  const shown = view.key === key ? view : blank<Item>(key);
  return {
    items: shown.items,
    loaded: shown.loaded,
    fetching: shown.fetching,
    error: shown.error,
    hasMore: shown.nextCursor !== null,
    loadMore,
    refresh,
    retry,
  };
}
