// The inline confirmation of a rollback: what it changes from the content in force, a required reason, then confirm.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { diffEntries } from './content-diff';
import { RevisionDiff } from './RevisionDiff';

export interface RollbackConfirmProps {
  toRevision: number;
  /** The content in force now, and the target revision's: the preview is the diff from one to the other. */
  current: unknown;
  target: unknown;
  /** Said before the reason when the rollback does more than it seems (e.g. switches the flag off). */
  warning?: string;
  /** Sends the rollback; resolves to the error when it was refused, undefined when it went through. */
  onConfirm(reason: string): Promise<CombinedError | undefined>;
  onCancel(): void;
}

export function RollbackConfirm(props: RollbackConfirmProps) {
  const { toRevision, warning, onConfirm, onCancel } = props;
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError>();
  const ids = { title: useId(), reason: useId(), hint: useId(), warning: useId(), preview: useId() };
  const changes = diffEntries(props.current, props.target);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const why = reason.trim();
    if (!why || sending) return;
    setSending(true);
    setError(undefined);
    const refused = await onConfirm(why);
    // On success the parent closes this form; only a refusal leaves it on screen to update.
    if (refused) {
      setError(refused);
      setSending(false);
    }
  };

  return (
    <form
      className="confirm rollback-confirm"
      onSubmit={submit}
      aria-labelledby={ids.title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id={ids.title} className="confirm-title">
        Roll back to revision {toRevision}?
      </p>
      <p id={ids.hint} className="hint">
        Its configuration is written again as a new revision; no history is lost.
      </p>
      <div className="rollback-preview">
        <p id={ids.preview} className="rollback-preview-title">
          What changes from the configuration in force
        </p>
        {changes.length === 0 ? (
          <p className="hint">Nothing: revision {toRevision} has the configuration already in force.</p>
        ) : (
          <RevisionDiff
            entries={changes}
            before={props.current}
            content={props.target}
            label={`Changes a rollback to revision ${toRevision} makes`}
          />
        )}
      </div>
      {warning && (
        <p id={ids.warning} className="notice notice-error">
          {warning}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.reason}>Reason for the rollback</label>
        <input
          ref={input}
          id={ids.reason}
          type="text"
          required
          maxLength={500}
          // Focus lands here first, so the warning is read with the field, not skipped over.
          aria-describedby={warning ? `${ids.warning} ${ids.hint}` : ids.hint}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {error && <ErrorNotice title="The rollback was refused" error={error} />}
      <div className="confirm-actions">
        {/* Not disabled while sending: the focus stays on it until the outcome is known. */}
        <button type="submit" className="button button-primary" disabled={!reason.trim()}>
          {sending ? 'Rolling back…' : 'Confirm rollback'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
