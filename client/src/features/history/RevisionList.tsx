// Revisions newest first: who changed what, when and why, the diff, and a rollback for older ones.
import { useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { formatDateTime } from '../../app/format';
import { graphql, type ResultOf } from '../../app/graphql';
import { actionLabel } from './diff-format';
import { RevisionDiff, RevisionDiffEntryFragment } from './RevisionDiff';
import { RollbackConfirm } from './RollbackConfirm';
import { rollbackWarning } from './rollback-warning';

// Revision has no id: the entity's key and the revision number identify it.
export const RevisionListFragment = graphql(
  `
  fragment RevisionList_revision on Revision {
    revision
    action
    actor
    actorLabel
    reason
    requestId
    createdAt
    configRevision
    content
    diff {
      ...RevisionDiff_entry
    }
  }
`,
  [RevisionDiffEntryFragment],
);

export type HistoryRevision = ResultOf<typeof RevisionListFragment>;

export interface RevisionListProps {
  revisions: readonly HistoryRevision[];
  /** The revision in force: it gets no rollback button. */
  currentRevision: number | undefined;
  canEdit: boolean;
  /** Resolves to the error when the rollback was refused; the list closes the confirmation otherwise. */
  onRollback(toRevision: number, reason: string): Promise<CombinedError | undefined>;
}

export function RevisionList({ revisions, currentRevision, canEdit, onRollback }: RevisionListProps) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const openers = useRef(new Map<number, HTMLButtonElement>());

  const cancel = (revision: number) => {
    setConfirming(null);
    // Focus returns to the button that opened the confirmation, once it is rendered again.
    setTimeout(() => openers.current.get(revision)?.focus());
  };

  const confirm = async (revision: number, reason: string) => {
    const refused = await onRollback(revision, reason);
    if (!refused) setConfirming(null);
    return refused;
  };

  const current = revisions.find((r) => r.revision === currentRevision);
  return (
    <ol className="revision-list">
      {revisions.map((r) => {
        const isCurrent = r.revision === currentRevision;
        return (
          <li
            key={r.revision}
            className="revision"
            data-revision={r.revision}
            data-current={isCurrent || undefined}
          >
            <div className="revision-head">
              <h3>Revision {r.revision}</h3>
              <span className="badge badge-muted">{actionLabel(r.action)}</span>
              {isCurrent && <span className="badge">Current</span>}
            </div>
            <dl className="revision-meta">
              <div>
                <dt>When</dt>
                <dd>
                  <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                </dd>
              </div>
              <div>
                <dt>By</dt>
                <dd>
                  <code title={r.actor}>{r.actorLabel}</code>
                </dd>
              </div>
              <div>
                <dt>Reason</dt>
                <dd>{r.reason || <span className="muted">None given</span>}</dd>
              </div>
              <div>
                <dt>Request ID</dt>
                <dd>
                  <code className="request-id">{r.requestId}</code>
                </dd>
              </div>
            </dl>
            <RevisionDiff entries={r.diff} content={r.content} label={`Changes in revision ${r.revision}`} />
            <details className="revision-content">
              <summary>Configuration at revision {r.revision}</summary>
              <pre>
                <code>{JSON.stringify(r.content, null, 2)}</code>
              </pre>
            </details>
            {canEdit &&
              !isCurrent &&
              (confirming === r.revision ? (
                <RollbackConfirm
                  toRevision={r.revision}
                  current={current?.content}
                  target={r.content}
                  warning={rollbackWarning(current?.content, r.content)}
                  onConfirm={(reason) => confirm(r.revision, reason)}
                  onCancel={() => cancel(r.revision)}
                />
              ) : (
                <div className="revision-actions">
                  <button
                    type="button"
                    className="button button-secondary"
                    ref={(node) => {
                      if (node) openers.current.set(r.revision, node);
                      else openers.current.delete(r.revision);
                    }}
                    onClick={() => setConfirming(r.revision)}
                  >
                    {`Roll back to revision ${r.revision}`}
                  </button>
                </div>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
