// The state behind a RevisionHistory card: the revisions query, its refetches, and the rollback mutation.
import { useCallback, useEffect, useRef } from 'react';
import { type AnyVariables, type DocumentInput, useMutation, useQuery } from 'urql';
import { noAnswer } from './no-answer';
import type { RevisionHistoryProps, RollbackResult } from './RevisionHistory';
import type { HistoryRevision } from './RevisionList';

/** How many revisions a history asks for. */
export const HISTORY_LIMIT = 50;

export interface RevisionHistoryOptions<
  Data,
  Variables extends AnyVariables & { first: number },
  RollbackData,
  RollbackVariables extends AnyVariables,
> {
  /** The revisions query; `first` in its variables is the most it returns. */
  query: DocumentInput<Data, Variables>;
  variables: Variables;
  revisionsOf(data: Data): readonly HistoryRevision[];
  rollback: DocumentInput<RollbackData, RollbackVariables>;
  rollbackVariables(toRevision: number, reason: string): RollbackVariables;
  /** The rollback's outcome: whether anything changed, and the revision now in force. */
  pick(data: RollbackData): { changed: boolean; revision: number };
  /** When it changes, the history is fetched again; the first value is the first load itself. */
  refreshKey?: number | undefined;
  /** Called after a rollback went through, for whoever shows the entity itself. */
  onRolledBack?: (() => void) | undefined;
}

/** Everything RevisionHistory needs but its title and the viewer's rights. */
export type RevisionHistoryState = Omit<RevisionHistoryProps, 'title' | 'canEdit'>;

export function useRevisionHistory<
  Data,
  Variables extends AnyVariables & { first: number },
  RollbackData,
  RollbackVariables extends AnyVariables,
>(options: RevisionHistoryOptions<Data, Variables, RollbackData, RollbackVariables>): RevisionHistoryState {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: options.query,
    variables: options.variables,
  });
  const [, rollback] = useMutation(options.rollback);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  // Compared with the last value seen rather than run on mount: the first load is the query itself.
  const seen = useRef(options.refreshKey);
  useEffect(() => {
    if (seen.current === options.refreshKey) return;
    seen.current = options.refreshKey;
    reload();
  }, [options.refreshKey, reload]);

  const onRollback = async (toRevision: number, reason: string): Promise<RollbackResult> => {
    const result = await rollback(options.rollbackVariables(toRevision, reason));
    if (!result.data) return { ok: false, error: result.error ?? noAnswer() };
    reload();
    options.onRolledBack?.();
    return { ok: true, ...options.pick(result.data) };
  };

  return {
    revisions: data ? options.revisionsOf(data) : undefined,
    fetching,
    error,
    limit: options.variables.first,
    onRetry: reload,
    onRollback,
  };
}
