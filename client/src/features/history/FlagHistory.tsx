// A flag's revision history with rollback: flagRevisions + rollbackFlag around the generic RevisionHistory.
import { graphql } from '../../app/graphql';
import { RevisionHistory } from './RevisionHistory';
import { RevisionListFragment } from './RevisionList';
import { HISTORY_LIMIT, useRevisionHistory } from './use-revision-history';

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
  const history = useRevisionHistory({
    query: FlagRevisionsQuery,
    variables: { key: props.flagKey, first: HISTORY_LIMIT },
    revisionsOf: (data) => data.flagRevisions,
    rollback: RollbackFlagMutation,
    rollbackVariables: (toRevision, reason) => ({ key: props.flagKey, toRevision, reason }),
    pick: ({ rollbackFlag }) => ({ changed: rollbackFlag.changed, revision: rollbackFlag.flag.revision }),
    refreshKey: props.refreshKey,
  });
  return <RevisionHistory title="History" canEdit={props.canEdit} {...history} />;
}
