// A tenant's API keys: create one (its secret shown once), scopes, creator, last use, and revoke with a confirmation.
import './api-keys.css';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../app/format';
import { graphql, type ResultOf } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { NewApiKeyForm } from './NewApiKeyForm';
import { SCOPE_LABELS } from './scopes';

export const ApiKeyRowFragment = graphql(`
  fragment ApiKeyRow_key on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    createdBy
    createdByLabel
    lastUsedAt
    revokedAt
  }
`);

export const ApiKeysQuery = graphql(
  `
  query ApiKeys($tenantId: ID!) {
    apiKeys(tenantId: $tenantId) {
      id
      ...ApiKeyRow_key
    }
  }
`,
  [ApiKeyRowFragment],
);

export const RevokeApiKeyMutation = graphql(
  `
  mutation RevokeApiKey($tenantId: ID!, $id: ID!) {
    revokeApiKey(tenantId: $tenantId, id: $id) {
      id
      ...ApiKeyRow_key
    }
  }
`,
  [ApiKeyRowFragment],
);

type ApiKey = ResultOf<typeof ApiKeyRowFragment>;

export function ApiKeysPanel(props: { tenantId: string; tenantName: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ApiKeysQuery,
    variables: { tenantId: props.tenantId },
    requestPolicy: 'cache-and-network',
  });
  const titleId = useId();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const keys = data?.apiKeys;
  return (
    <section className="card api-keys" aria-labelledby={titleId}>
      <div className="section-head">
        <h2 id={titleId}>API keys of {props.tenantName}</h2>
        <button type="button" className="button button-secondary" onClick={reload}>
          Refresh
        </button>
      </div>
      <p className="hint">
        A key lets a third party's backend call Augur for this tenant: <strong>Evaluate</strong> reads its
        flags, <strong>Modules</strong> runs tarot and runes for one of its users.
      </p>
      <NewApiKeyForm tenantId={props.tenantId} onCreated={reload} />
      {fetching && !keys && <StatusMessage>Loading the keys…</StatusMessage>}
      {error && <ErrorNotice title="Could not load the keys" error={error} onRetry={reload} />}
      {keys && keys.length === 0 && <p className="muted">No keys yet.</p>}
      {keys && keys.length > 0 && (
        <ul className="api-key-list" aria-label={`API keys of ${props.tenantName}`}>
          {keys.map((key) => (
            <ApiKeyItem key={key.id} apiKey={key} tenantId={props.tenantId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ApiKeyItem({ apiKey, tenantId }: { apiKey: ApiKey; tenantId: string }) {
  const [result, revoke] = useMutation(RevokeApiKeyMutation);
  const [confirming, setConfirming] = useState(false);
  const revoked = apiKey.revokedAt !== null;
  const confirm = async () => {
    const outcome = await revoke({ tenantId, id: apiKey.id });
    if (outcome.data) setConfirming(false);
  };
  return (
    <li className="api-key" data-key-prefix={apiKey.prefix} data-revoked={revoked || undefined}>
      <div className="api-key-head">
        <h3>{apiKey.name}</h3>
        <code className="api-key-prefix">ak_{apiKey.prefix}_…</code>
        {revoked ? <span className="badge badge-off">Revoked</span> : <span className="badge">Active</span>}
      </div>
      <dl className="api-key-facts">
        <div>
          <dt>Scopes</dt>
          <dd>{apiKey.scopes.map((s) => SCOPE_LABELS[s]).join(', ')}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <time dateTime={apiKey.createdAt}>{formatDateTime(apiKey.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>By</dt>
          <dd>
            {apiKey.createdByLabel ? (
              <code title={apiKey.createdBy ?? undefined}>{apiKey.createdByLabel}</code>
            ) : (
              <span className="muted">Outside the console</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Last used</dt>
          <dd>
            {apiKey.lastUsedAt ? (
              <time dateTime={apiKey.lastUsedAt}>{formatDateTime(apiKey.lastUsedAt)}</time>
            ) : (
              <span className="muted">Never</span>
            )}
          </dd>
        </div>
        {apiKey.revokedAt && (
          <div>
            <dt>Revoked</dt>
            <dd>
              <time dateTime={apiKey.revokedAt}>{formatDateTime(apiKey.revokedAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      {!revoked && !confirming && (
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          Revoke {apiKey.name}
        </button>
      )}
      {!revoked && confirming && (
        <div className="confirm">
          <p className="confirm-title">
            Revoke {apiKey.name}? Calls with it fail from now on; this cannot be undone.
          </p>
          {result.error && <ErrorNotice title="The key was not revoked" error={result.error} />}
          <div className="confirm-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={confirm}
              disabled={result.fetching}
            >
              {result.fetching ? 'Revoking…' : 'Confirm: revoke'}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
