// The editor's sticky save bar: the unsaved changes in sentences, the first problem (with a way to it), reason, Save.

import { TextField } from '../forms/form-controls';
import type { ChangeSentence } from '../history/change-sentences';

export interface FirstProblem {
  /** The field as the form labels it, e.g. "Rules › Rule 1 (premium) › Serve › Weights". */
  label: string;
  message: string;
}

export function unsavedSummary(changes: readonly ChangeSentence[] | undefined): string {
  if (changes === undefined) return 'Unsaved changes (some values cannot be sent as typed)';
  if (changes.length === 0) return 'No unsaved changes';
  return `${changes.length} unsaved ${changes.length === 1 ? 'change' : 'changes'}`;
}

export function SaveBar(props: {
  /** Sentences for what differs from the revision loaded; undefined when the form cannot be sent as typed. */
  changes: readonly ChangeSentence[] | undefined;
  problem: FirstProblem | undefined;
  onShowProblem(): void;
  reason: string;
  onReason(reason: string): void;
  reasonHint: string;
  saveLabel: string;
  saving: boolean;
}) {
  const { changes, problem } = props;
  return (
    <section className="save-bar" aria-label="Save">
      <div className="save-bar-status">
        <p className="save-bar-count" data-unsaved={changes?.length ?? 'unknown'}>
          {unsavedSummary(changes)}
        </p>
        {changes && changes.length > 0 && (
          <details className="save-bar-changes">
            <summary>Show what changes</summary>
            <ul aria-label="Unsaved changes">
              {changes.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: sentences may repeat; the list is rebuilt whole
                <li key={i} data-kind={c.kind}>
                  {c.text}
                </li>
              ))}
            </ul>
          </details>
        )}
        {problem && (
          <p className="save-bar-problem">
            <span aria-hidden="true">⚠ </span>
            <strong>{problem.label}</strong>: {problem.message}{' '}
            <button type="button" className="button-link" onClick={props.onShowProblem}>
              Go to the field
            </button>
          </p>
        )}
      </div>
      <div className="save-bar-actions">
        <TextField
          className="save-bar-reason"
          label="Reason for this change"
          hint={props.reasonHint}
          value={props.reason}
          onChange={props.onReason}
          paths={['reason']}
          required
        />
        <button type="submit" className="button button-primary" disabled={props.saving}>
          {props.saveLabel}
        </button>
        {props.saving && <span className="hint">Saving…</span>}
      </div>
    </section>
  );
}
