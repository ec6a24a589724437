// A versioned entity's history as a card: loading, error and empty states, the revisions, rollback outcome.
import { useId, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { type HistoryRevision, RevisionList } from './RevisionList';
import './history.css';

/** What a rollback mutation came back with: refused, or the revision now in force. */
export type RollbackResult =
  | { ok: false; error: CombinedError }
  | { ok: true; changed: boolean; revision: number };

export interface RevisionHistoryProps {
  /** The card's heading, e.g. "History". */
  title: string;
  /** Newest first, as the server returns them; undefined until loaded. */
  revisions: readonly HistoryRevision[] | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  canEdit: boolean;
  /** How many revisions were asked for: reaching it means older ones exist beyond the list. */
  limit: number;
  onRetry(): void;
  onRollback(toRevision: number, reason: string): Promise<RollbackResult>;
}

export function RevisionHistory(props: RevisionHistoryProps) {
  const titleId = useId();
  const [outcome, setOutcome] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const revisions = props.revisions ?? [];
  // Newest first: the head of the list is the revision in force.
  const currentRevision = revisions[0]?.revision;

  const rollback = async (toRevision: number, reason: string) => {
    setOutcome('');
    const result = await props.onRollback(toRevision, reason);
    if (!result.ok) return result.error;
    setOutcome(
      result.changed
        ? `Rolled back: now revision ${result.revision}`
        : `Revision ${toRevision} is already in force: nothing changed (still revision ${result.revision}).`,
    );
    // The confirmation (and the focus in it) goes away: the outcome takes the focus.
    setTimeout(() => status.current?.focus());
    return undefined;
  };

  return (
    <section className="card history" aria-labelledby={titleId}>
      <div className="section-head">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="button button-secondary" onClick={props.onRetry}>
          Refresh
        </button>
      </div>
      {/* Always rendered, so the outcome is announced when it is written into it. */}
      <p ref={status} className="history-outcome" role="status" tabIndex={-1}>
        {outcome}
      </p>
      {props.fetching && !props.revisions && <StatusMessage>Loading the history…</StatusMessage>}
      {props.error && (
        <ErrorNotice
          title={props.revisions ? 'Could not refresh the history' : 'Could not load the history'}
          error={props.error}
          onRetry={props.onRetry}
        />
      )}
      {props.revisions && revisions.length === 0 && <p className="muted">No revisions yet.</p>}
      {revisions.length > 0 && (
        <RevisionList
          revisions={revisions}
          currentRevision={currentRevision}
          canEdit={props.canEdit}
          onRollback={rollback}
        />
      )}
      {revisions.length >= props.limit && <p className="hint">Showing the latest {props.limit} revisions.</p>}
    </section>
  );
}
