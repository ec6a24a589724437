// The kill switch for one flag: a button, then a confirmation that asks why, then setFlagEnabled.

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';

export const SetFlagEnabledMutation = graphql(`
  mutation SetFlagEnabled($key: String!, $enabled: Boolean!, $reason: String!) {
    setFlagEnabled(key: $key, enabled: $enabled, reason: $reason) {
      key
      enabled
      revision
    }
  }
`);

export function KillSwitch({
  flagKey,
  enabled,
  onChanged,
}: {
  flagKey: string;
  enabled: boolean;
  /** Told after the switch moved; queries showing the flag are refreshed by urql's cache anyway. */
  onChanged?(): void;
}) {
  const [result, setEnabled] = useMutation(SetFlagEnabledMutation);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const ids = { reason: useId(), title: useId() };
  const reasonInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const action = enabled ? 'Turn off' : 'Turn on';

  useEffect(() => {
    if (confirming) reasonInput.current?.focus();
  }, [confirming]);

  const close = () => {
    setConfirming(false);
    setReason('');
    // Focus goes back where it came from once the button is rendered again.
    setTimeout(() => opener.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) return;
    const outcome = await setEnabled({ key: flagKey, enabled: !enabled, reason: reason.trim() });
    if (outcome.data) {
      close();
      onChanged?.();
    }
  };

  if (!confirming) {
    return (
      <button
        ref={opener}
        type="button"
        className={enabled ? 'button button-danger' : 'button button-secondary'}
        onClick={() => setConfirming(true)}
        aria-label={`${action} ${flagKey}`}
      >
        {action}
      </button>
    );
  }
  return (
    <form
      className="confirm"
      onSubmit={submit}
      aria-labelledby={ids.title}
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <p id={ids.title} className="confirm-title">
        {action} <code>{flagKey}</code>?{' '}
        {enabled ? 'Everyone served by this flag loses it at once.' : 'It is served by its rules again.'}
      </p>
      <div className="field">
        <label htmlFor={ids.reason}>Reason</label>
        <input
          ref={reasonInput}
          id={ids.reason}
          type="text"
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {result.error && <ErrorNotice title="The change was refused" error={result.error} />}
      <div className="confirm-actions">
        <button
          type="submit"
          className={enabled ? 'button button-danger' : 'button button-primary'}
          disabled={result.fetching || !reason.trim()}
        >
          {result.fetching ? 'Saving…' : `Confirm: ${action.toLowerCase()}`}
        </button>
        <button type="button" className="button button-secondary" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
