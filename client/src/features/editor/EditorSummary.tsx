// The top of a validated editor: why a save failed, the conflict offer, and problems no field shows, by label.
import type { Ref } from 'react';
import type { CombinedError } from 'urql';
import { fieldIssues, hasErrorCode } from '../../app/errors';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';

export interface LabelledIssue {
  path: string;
  /** The field as the form labels it. */
  label: string;
  message: string;
}

export function EditorSummary(props: {
  ref?: Ref<HTMLDivElement>;
  /** "flag", "segment": how the messages name what is edited. */
  noun: string;
  saveError: CombinedError | null;
  /** The browser found values it cannot send (nothing was sent). */
  localProblems: boolean;
  /** Messages that have no field of their own in the form. */
  unmatched: readonly LabelledIssue[];
  onReloadLatest(): void;
  reloading: boolean;
  reloadError: CombinedError | undefined;
  /** What the form calls the field at a path. */
  labelOf(path: string): string;
}) {
  const { saveError, unmatched, noun } = props;
  const conflict = saveError !== null && hasErrorCode(saveError, 'CONFLICT');
  // The server's message starts with a field path; said with the form's label instead.
  const issues = fieldIssues(saveError);
  const first = issues[0];
  const headline = first
    ? `${issues.length === 1 ? '' : `${issues.length} problems to fix. The first: `}${props.labelOf(first.path)}: ${first.message}`
    : undefined;
  return (
    <div ref={props.ref} tabIndex={-1} className="flag-editor-summary">
      {saveError && (
        <ErrorNotice
          title={
            conflict
              ? `Someone saved this ${noun} first: nothing was changed`
              : `The ${noun} was not saved: nothing was changed`
          }
          error={saveError}
          headline={headline}
        />
      )}
      {conflict && (
        <div className="flag-editor-conflict">
          <p>
            Your edits are still below. Reload the latest version to see what changed (your edits here are
            replaced), then make them again.
          </p>
          <button type="button" className="button button-secondary" onClick={props.onReloadLatest}>
            Reload latest
          </button>
        </div>
      )}
      {!saveError && props.localProblems && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">Fix the marked fields: nothing was sent.</p>
        </div>
      )}
      {unmatched.length > 0 && <p className="hint">Besides the problems marked under their fields:</p>}
      {unmatched.length > 0 && (
        <ul className="flag-editor-unmatched">
          {unmatched.map((issue) => (
            <li key={issue.path} data-path={issue.path}>
              <strong>{issue.label}</strong>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {props.reloading && <StatusMessage>Loading the latest version…</StatusMessage>}
      {props.reloading && props.reloadError && (
        <ErrorNotice
          title={`Could not reload the ${noun}`}
          error={props.reloadError}
          onRetry={props.onReloadLatest}
        />
      )}
    </div>
  );
}
