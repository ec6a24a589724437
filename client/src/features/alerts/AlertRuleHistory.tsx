// An alert rule's revision history with rollback: alertRuleRevisions + rollbackAlertRule around RevisionHistory.
import { graphql } from '../../app/graphql';
import { RevisionHistory } from '../history/RevisionHistory';
import { RevisionListFragment } from '../history/RevisionList';
import { HISTORY_LIMIT, useRevisionHistory } from '../history/use-revision-history';

export const AlertRuleRevisionsQuery = graphql(
  `
  query AlertRuleRevisions($key: String!, $first: Int!) {
    alertRuleRevisions(key: $key, first: $first) {
      ...RevisionList_revision
    }
  }
`,
  [RevisionListFragment],
);

export const RollbackAlertRuleMutation = graphql(`
  mutation RollbackAlertRule($key: String!, $toRevision: Int!, $reason: String!) {
    rollbackAlertRule(key: $key, toRevision: $toRevision, reason: $reason) {
      changed
      alertRule {
        key
        revision
      }
    }
  }
`);

export function AlertRuleHistory(props: { ruleKey: string; refreshKey?: number; onRolledBack?(): void }) {
  const history = useRevisionHistory({
    query: AlertRuleRevisionsQuery,
    variables: { key: props.ruleKey, first: HISTORY_LIMIT },
    revisionsOf: (data) => data.alertRuleRevisions,
    rollback: RollbackAlertRuleMutation,
    rollbackVariables: (toRevision, reason) => ({ key: props.ruleKey, toRevision, reason }),
    pick: ({ rollbackAlertRule }) => ({
      changed: rollbackAlertRule.changed,
      revision: rollbackAlertRule.alertRule.revision,
    }),
    refreshKey: props.refreshKey,
    onRolledBack: props.onRolledBack,
  });
  return <RevisionHistory title="History" canEdit {...history} />;
}
