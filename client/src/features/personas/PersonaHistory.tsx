// The persona's revision history with rollback: personaRevisions + rollbackPersonaConfig around RevisionHistory.
import { graphql } from '../../app/graphql';
import { RevisionHistory } from '../history/RevisionHistory';
import { RevisionListFragment } from '../history/RevisionList';
import { HISTORY_LIMIT, useRevisionHistory } from '../history/use-revision-history';

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
  const history = useRevisionHistory({
    query: PersonaRevisionsQuery,
    variables: { first: HISTORY_LIMIT },
    revisionsOf: (data) => data.personaRevisions,
    rollback: RollbackPersonaConfigMutation,
    rollbackVariables: (toRevision, reason) => ({ toRevision, reason }),
    pick: ({ rollbackPersonaConfig: { changed, persona } }) => ({ changed, revision: persona.revision }),
    refreshKey: props.refreshKey,
    onRolledBack: props.onRolledBack,
  });
  return <RevisionHistory title="Persona history" canEdit={props.canEdit} {...history} />;
}
