// A flag's revision history with rollback: flagRevisions + rollbackFlag around the generic RevisionHistory.
import { useCallback, useEffect, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { noAnswer } from './no-answer';
import { RevisionHistory, type RollbackResult } from './RevisionHistory';
import { RevisionListFragment } from './RevisionList';

const LIMIT = 50;

export const FlagRevisionsQuery = graphql(
  `
  query FlagRevisions($key: String!, $first: Int!) {
    flagRevisions(key: $key, first: $first) {
      ...RevisionList_revision
    }
  }
`,
  [RevisionListFragment],
);

export const RollbackFlagMutation = graphql(`
  mutation RollbackFlag($key: String!, $toRevision: Int!, $reason: String!) {
    rollbackFlag(key: $key, toRevision: $toRevision, reason: $reason) {
      changed
      flag {
        key
        revision
      }
    }
  }
`);

/**
 * `refreshKey`: when it changes the history is fetched again from the server; the flag page passes the
 * flag's revision so the history follows changes made elsewhere.
 */
export function FlagHistory(props: { flagKey: string; canEdit: boolean; refreshKey?: number }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FlagRevisionsQuery,
    variables: { key: props.flagKey, first: LIMIT },
  });
  const [, rollbackFlag] = useMutation(RollbackFlagMutation);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  // Compared with the last value seen, not run on mount: the first load is the query itself.
  const seen = useRef(props.refreshKey);
  useEffect(() => {
    if (seen.current === props.refreshKey) return;
    seen.current = props.refreshKey;
    reload();
  }, [props.refreshKey, reload]);

  const rollback = async (toRevision: number, reason: string): Promise<RollbackResult> => {
    const result = await rollbackFlag({ key: props.flagKey, toRevision, reason });
    if (!result.data) return { ok: false, error: result.error ?? noAnswer() };
    reload();
    const { changed, flag } = result.data.rollbackFlag;
    return { ok: true, changed, revision: flag.revision };
  };

  return (
    <RevisionHistory
      title="History"
      revisions={data?.flagRevisions}
      fetching={fetching}
      error={error}
      canEdit={props.canEdit}
      limit={LIMIT}
      onRetry={reload}
      onRollback={rollback}
    />
  );
}
