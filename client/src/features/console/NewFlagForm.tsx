// Creates a flag with a safe starting definition (off for everyone), then opens it in the editor.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { useLocation } from 'wouter';
import { describeError, fieldIssues, hasErrorCode } from '../../app/errors';
import { graphql } from '../../app/graphql';
import type { FlagType } from '../flag-editor/flag-form';
import { ErrorNotice } from '../shell/ErrorNotice';

export const CreateFlagMutation = graphql(`
  mutation CreateFlag($key: String!, $input: FlagInput!, $reason: String) {
    createFlag(key: $key, input: $input, reason: $reason) {
      key
      revision
    }
  }
`);

/** Serves the off variant to everyone until ops adds rules: creating a flag never changes what users get. */
export function startingDefinition(type: FlagType, description: string) {
  return type === 'BOOLEAN'
    ? { type, description, enabled: true, fallthrough: { variant: 'off' } }
    : {
        type,
        description,
        enabled: true,
        variants: [{ key: 'control' }, { key: 'treatment' }],
        offVariant: 'control',
        fallthrough: { variant: 'control' },
      };
}

export function NewFlagForm() {
  const [result, create] = useMutation(CreateFlagMutation);
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [type, setType] = useState<FlagType>('BOOLEAN');
  const [description, setDescription] = useState('');
  const [reason, setReason] = useState('');
  // The key the last refusal was about: its message goes away once the key is edited.
  const [refusedKey, setRefusedKey] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const ids = {
    key: useId(),
    keyHint: useId(),
    keyError: useId(),
    type: useId(),
    description: useId(),
    reason: useId(),
  };
  const keyInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Focus follows the form: into the key when it opens, back to the button when it closes.
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
      input: startingDefinition(type, description.trim()),
      reason: reason.trim(),
    });
    setRefusedKey(outcome.error ? key : null);
    if (outcome.data) navigate(`/console/flags/${encodeURIComponent(outcome.data.createFlag.key)}`);
  };

  if (!open) {
    return (
      <button ref={opener} type="button" className="button button-primary" onClick={() => setOpen(true)}>
        New flag
      </button>
    );
  }
  const keyError = result.error && refusedKey === key ? keyMessage(result.error) : undefined;
  return (
    <form className="card new-flag" onSubmit={submit} aria-labelledby={`${ids.key}-title`}>
      <h2 id={`${ids.key}-title`}>New flag</h2>
      <p className="hint">
        It is created switched on but serves {type === 'BOOLEAN' ? 'off' : 'control'} to everyone, so nothing
        changes for users until you add rules or a rollout in the editor.
      </p>
      <div className="field">
        <label htmlFor={ids.key}>Flag key</label>
        <p id={ids.keyHint} className="hint">
          snake_case: a lower-case letter, then lower-case letters, digits or _ (at most 64).
        </p>
        <input
          ref={keyInput}
          id={ids.key}
          required
          maxLength={64}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-invalid={keyError ? true : undefined}
          aria-describedby={keyError ? `${ids.keyHint} ${ids.keyError}` : ids.keyHint}
          autoComplete="off"
        />
        {keyError && (
          <p id={ids.keyError} className="field-error">
            {keyError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.type}>Type</label>
        <select id={ids.type} value={type} onChange={(e) => setType(e.target.value as FlagType)}>
          <option value="BOOLEAN">Boolean (on / off)</option>
          <option value="VARIANT">Variants (A/B)</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.description}>Description</label>
        <input id={ids.description} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.reason}>Reason</label>
        <input
          id={ids.reason}
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {result.error && <ErrorNotice title="The flag was not created" error={result.error} />}
      <div className="confirm-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={result.fetching || !key.trim() || !reason.trim()}
        >
          {result.fetching ? 'Creating…' : 'Create flag'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The server's message about a new key (bad format, or taken), shown under the key input. */
export function keyMessage(error: CombinedError): string | undefined {
  const issue = fieldIssues(error).find((i) => i.path === 'key');
  if (issue) return issue.message;
  return hasErrorCode(error, 'CONFLICT') ? describeError(error).message : undefined;
}
