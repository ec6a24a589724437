// A segment's revision history with rollback: segmentRevisions + rollbackSegment around the generic RevisionHistory.
import { graphql } from '../../app/graphql';
import { RevisionHistory } from '../history/RevisionHistory';
import { RevisionListFragment } from '../history/RevisionList';
import { HISTORY_LIMIT, useRevisionHistory } from '../history/use-revision-history';

export const SegmentRevisionsQuery = graphql(
  `
  query SegmentRevisions($key: String!, $first: Int!) {
    segmentRevisions(key: $key, first: $first) {
      ...RevisionList_revision
    }
  }
`,
  [RevisionListFragment],
);

export const RollbackSegmentMutation = graphql(`
  mutation RollbackSegment($key: String!, $toRevision: Int!, $reason: String!) {
    rollbackSegment(key: $key, toRevision: $toRevision, reason: $reason) {
      changed
      segment {
        key
        revision
      }
    }
  }
`);

/** `refreshKey`: the segment's revision, so the history follows changes made elsewhere. */
export function SegmentHistory(props: { segmentKey: string; canEdit: boolean; refreshKey?: number }) {
  const history = useRevisionHistory({
    query: SegmentRevisionsQuery,
    variables: { key: props.segmentKey, first: HISTORY_LIMIT },
    revisionsOf: (data) => data.segmentRevisions,
    rollback: RollbackSegmentMutation,
    rollbackVariables: (toRevision, reason) => ({ key: props.segmentKey, toRevision, reason }),
    pick: ({ rollbackSegment }) => ({
      changed: rollbackSegment.changed,
      revision: rollbackSegment.segment.revision,
    }),
    refreshKey: props.refreshKey,
  });
  return <RevisionHistory title="History" canEdit={props.canEdit} {...history} />;
}
