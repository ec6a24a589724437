// Creates an API key for a tenant and shows its secret this once, with a way to copy it, until dismissed.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../app/graphql';
import { CopyButton } from '../shell/CopyButton';
import { ErrorNotice } from '../shell/ErrorNotice';
import { type ApiKeyScope, chosenScopes, SCOPE_HINTS, SCOPE_LABELS } from './scopes';

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($tenantId: ID!, $name: String!, $scopes: [ApiKeyScope!]) {
    createApiKey(tenantId: $tenantId, name: $name, scopes: $scopes) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

const NAME_MAX = 100;

export function NewApiKeyForm(props: { tenantId: string; onCreated(): void }) {
  const [result, create] = useMutation(CreateApiKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Set<ApiKeyScope>>(() => new Set(['EVALUATE']));
  const [problem, setProblem] = useState<string>();
  const [secret, setSecret] = useState<{ name: string; value: string }>();
  const id = useId();
  const secretBox = useRef<HTMLElement>(null);

  useEffect(() => {
    if (secret) secretBox.current?.focus();
  }, [secret]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (result.fetching) return;
    const chosen = chosenScopes(scopes);
    const trimmed = name.trim();
    const found = !trimmed
      ? 'Name the key, e.g. after the backend that will use it.'
      : chosen.length === 0
        ? 'Choose at least one scope.'
        : undefined;
    setProblem(found);
    if (found) return;
    const outcome = await create({ tenantId: props.tenantId, name: trimmed, scopes: chosen });
    if (!outcome.data) return;
    setSecret({ name: outcome.data.createApiKey.apiKey.name, value: outcome.data.createApiKey.secret });
    setName('');
    props.onCreated();
  };

  const toggle = (scope: ApiKeyScope, on: boolean) =>
    setScopes((current) => {
      const next = new Set(current);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });

  if (secret) {
    return (
      <section
        ref={secretBox}
        className="notice notice-info api-key-secret"
        tabIndex={-1}
        aria-labelledby={`${id}-secret-title`}
      >
        <p id={`${id}-secret-title`} className="notice-title">
          The secret of {secret.name}: copy it now, it is shown only this once
        </p>
        <p>
          <code className="api-key-secret-value" data-secret>
            {secret.value}
          </code>{' '}
          <CopyButton value={secret.value} label={`Copy the secret of ${secret.name}`} />
        </p>
        <p className="hint">
          Augur keeps only a digest of it. If it is lost, revoke the key and create another.
        </p>
        <button type="button" className="button button-secondary" onClick={() => setSecret(undefined)}>
          I have stored the secret
        </button>
      </section>
    );
  }

  return (
    <form className="api-key-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>New key</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>Key name</label>
        <input
          id={`${id}-name`}
          autoComplete="off"
          maxLength={NAME_MAX}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={problem && !name.trim() ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
      </div>
      <fieldset className="api-key-scopes">
        <legend>Scopes</legend>
        {(Object.keys(SCOPE_LABELS) as ApiKeyScope[]).map((scope) => (
          <div key={scope} className="form-check">
            <div className="form-check-row">
              <input
                id={`${id}-${scope}`}
                type="checkbox"
                checked={scopes.has(scope)}
                onChange={(e) => toggle(scope, e.target.checked)}
                aria-describedby={`${id}-${scope}-hint`}
              />
              <label htmlFor={`${id}-${scope}`}>{SCOPE_LABELS[scope]}</label>
            </div>
            <p id={`${id}-${scope}-hint`} className="hint">
              {SCOPE_HINTS[scope]}
            </p>
          </div>
        ))}
      </fieldset>
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      {result.error && <ErrorNotice title="The key was not created" error={result.error} />}
      <div>
        <button type="submit" className="button button-primary">
          {result.fetching ? 'Creating…' : 'Create key'}
        </button>
      </div>
    </form>
  );
}
