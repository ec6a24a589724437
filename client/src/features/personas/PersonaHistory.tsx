// The persona's revision history with rollback: personaRevisions + rollbackPersonaConfig around RevisionHistory.
import { useCallback, useEffect, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { noAnswer } from '../history/no-answer';
import { RevisionHistory, type RollbackResult } from '../history/RevisionHistory';
import { RevisionListFragment } from '../history/RevisionList';

const LIMIT = 50;

export const PersonaRevisionsQuery = graphql(
  `
  query PersonaRevisions($first: Int!) {
    personaRevisions(first: $first) {
      ...RevisionList_revision
    }
  }
`,
  [RevisionListFragment],
);

export const RollbackPersonaConfigMutation = graphql(`
  mutation RollbackPersonaConfig($toRevision: Int!, $reason: String!) {
    rollbackPersonaConfig(toRevision: $toRevision, reason: $reason) {
      changed
      persona {
        revision
      }
    }
  }
`);

/**
 * `refreshKey`: when it changes the history is fetched again (the editor passes the persona's revision);
 * `onRolledBack` lets the editor reload the configuration a rollback just replaced.
 */
export function PersonaHistory(props: { canEdit: boolean; refreshKey?: number; onRolledBack?(): void }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PersonaRevisionsQuery,
    variables: { first: LIMIT },
  });
  const [, rollbackPersona] = useMutation(RollbackPersonaConfigMutation);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  const seen = useRef(props.refreshKey);
  useEffect(() => {
    if (seen.current === props.refreshKey) return;
    seen.current = props.refreshKey;
    reload();
  }, [props.refreshKey, reload]);

  const rollback = async (toRevision: number, reason: string): Promise<RollbackResult> => {
    const result = await rollbackPersona({ toRevision, reason });
    if (!result.data) return { ok: false, error: result.error ?? noAnswer() };
    reload();
    props.onRolledBack?.();
    const { changed, persona } = result.data.rollbackPersonaConfig;
    return { ok: true, changed, revision: persona.revision };
  };

  return (
    <RevisionHistory
      title="Persona history"
      revisions={data?.personaRevisions}
      fetching={fetching}
      error={error}
      canEdit={props.canEdit}
      limit={LIMIT}
      onRetry={reload}
      onRollback={rollback}
    />
  );
}
