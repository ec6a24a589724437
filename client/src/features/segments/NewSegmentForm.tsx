// Creates an empty segment (no members, no rules: nobody is in it yet), then opens it in the editor.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { graphql } from '../../app/graphql';
import { keyMessage } from '../console/NewFlagForm';
import { ErrorNotice } from '../shell/ErrorNotice';

export const CreateSegmentMutation = graphql(`
  mutation CreateSegment($key: String!, $input: SegmentInput!, $reason: String) {
    createSegment(key: $key, input: $input, reason: $reason) {
      key
      revision
    }
  }
`);

export function NewSegmentForm() {
  const [result, create] = useMutation(CreateSegmentMutation);
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [description, setDescription] = useState('');
  const [reason, setReason] = useState('');
  const [refusedKey, setRefusedKey] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const id = useId();
  const keyInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) keyInput.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!key.trim() || !reason.trim()) return;
    const outcome = await create({
      key: key.trim(),
      input: { description: description.trim() },
      reason: reason.trim(),
    });
    setRefusedKey(outcome.error ? key : null);
    if (outcome.data) navigate(`/console/segments/${encodeURIComponent(outcome.data.createSegment.key)}`);
  };

  if (!open) {
    return (
      <button ref={opener} type="button" className="button button-primary" onClick={() => setOpen(true)}>
        New segment
      </button>
    );
  }
  const keyError = result.error && refusedKey === key ? keyMessage(result.error) : undefined;
  return (
    <form className="card new-flag" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New segment</h2>
      <p className="hint">It starts empty: nobody is a member until you add users or rules in the editor.</p>
      <div className="field">
        <label htmlFor={`${id}-key`}>Segment key</label>
        <p id={`${id}-key-hint`} className="hint">
          snake_case: a lower-case letter, then lower-case letters, digits or _ (at most 64).
        </p>
        <input
          ref={keyInput}
          id={`${id}-key`}
          required
          maxLength={64}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-invalid={keyError ? true : undefined}
          aria-describedby={keyError ? `${id}-key-hint ${id}-key-error` : `${id}-key-hint`}
          autoComplete="off"
        />
        {keyError && (
          <p id={`${id}-key-error`} className="field-error">
            {keyError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description</label>
        <input
          id={`${id}-description`}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input
          id={`${id}-reason`}
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {result.error && <ErrorNotice title="The segment was not created" error={result.error} />}
      <div className="confirm-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={result.fetching || !key.trim() || !reason.trim()}
        >
          {result.fetching ? 'Creating…' : 'Create segment'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
