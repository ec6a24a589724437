// A tenant's settings versions with rollback: tenantSettingsHistory + rollbackTenantSettings around RevisionHistory.
import { useId, useState } from 'react';
import { graphql } from '../../app/graphql';
import { RevisionHistory } from '../history/RevisionHistory';
import { RevisionListFragment } from '../history/RevisionList';
import { RollbackConfirm } from '../history/RollbackConfirm';
import {
  HISTORY_LIMIT,
  type RevisionHistoryState,
  useRevisionHistory,
} from '../history/use-revision-history';
import { undoSettingsDiff } from './settings-form';

export const TenantSettingsHistoryQuery = graphql(
  `
  query TenantSettingsHistory($tenantId: ID!, $first: Int!) {
    tenantSettingsHistory(tenantId: $tenantId, first: $first) {
      ...RevisionList_revision
    }
  }
`,
  [RevisionListFragment],
);

export const RollbackTenantSettingsMutation = graphql(`
  mutation RollbackTenantSettings($tenantId: ID!, $toVersion: Int!, $reason: String!) {
    rollbackTenantSettings(tenantId: $tenantId, toVersion: $toVersion, reason: $reason) {
      changed
      settings {
        tenantId
        version
      }
    }
  }
`);

/** `refreshKey` (the settings version in force) refetches the history; `onRolledBack` reloads the editor. */
export function TenantSettingsHistory(props: {
  tenantId: string;
  refreshKey?: number;
  onRolledBack?(): void;
}) {
  const history = useRevisionHistory({
    query: TenantSettingsHistoryQuery,
    variables: { tenantId: props.tenantId, first: HISTORY_LIMIT },
    revisionsOf: (data) => data.tenantSettingsHistory,
    rollback: RollbackTenantSettingsMutation,
    rollbackVariables: (toVersion, reason) => ({ tenantId: props.tenantId, toVersion, reason }),
    pick: ({ rollbackTenantSettings: { changed, settings } }) => ({ changed, revision: settings.version }),
    refreshKey: props.refreshKey,
    onRolledBack: props.onRolledBack,
  });
  const revisions = history.revisions;
  const oldest = revisions?.at(-1);
  // A tenant made outside createTenant has no stored version 1; the server rebuilds it from version 2.
  const firstUnstored = oldest?.revision === 2 && revisions !== undefined && revisions.length < HISTORY_LIMIT;
  return (
    <>
      <RevisionHistory title="Settings history" canEdit {...history} />
      {firstUnstored && oldest && (
        <FirstVersionRollback
          current={revisions[0]?.content}
          first={undoSettingsDiff(oldest.content, oldest.diff)}
          onRollback={history.onRollback}
        />
      )}
    </>
  );
}

function FirstVersionRollback(props: {
  current: unknown;
  first: Record<string, unknown>;
  onRollback: RevisionHistoryState['onRollback'];
}) {
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState('');
  const titleId = useId();
  const confirm = async (reason: string) => {
    const result = await props.onRollback(1, reason);
    if (!result.ok) return result.error;
    setConfirming(false);
    setOutcome(
      result.changed
        ? `Rolled back to version 1: now version ${result.revision}`
        : `Version 1 is already in force (still version ${result.revision}).`,
    );
    return undefined;
  };
  return (
    <section className="card history" aria-labelledby={titleId}>
      <h2 id={titleId}>Version 1</h2>
      <p className="hint">
        This tenant was made before its settings had a history, so version 1 is not listed above. Rolling back
        to it writes its settings again (worked out from version 2's changes).
      </p>
      <p role="status">{outcome}</p>
      {confirming ? (
        <RollbackConfirm
          toRevision={1}
          current={props.current}
          target={props.first}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          Roll back to version 1
        </button>
      )}
    </section>
  );
}
