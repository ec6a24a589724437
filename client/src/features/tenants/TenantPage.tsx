// One tenant for platform: its settings editor, the settings history with rollback, and its API keys.
import './tenants.css';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../app/graphql';
import { usePageTitle } from '../../app/use-page-title';
import { ApiKeysPanel } from '../api-keys/ApiKeysPanel';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { TenantSettingsEditor } from './TenantSettingsEditor';
import { TenantSettingsHistory } from './TenantSettingsHistory';

export const TenantPageQuery = graphql(`
  query TenantPage($id: ID!) {
    tenant(id: $id) {
      id
      slug
      name
      kind
    }
  }
`);

export function TenantPage({ tenantId }: { tenantId: string }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: TenantPageQuery,
    variables: { id: tenantId },
  });
  // The editor's version in force: the history refetches when it moves; a rollback remounts the editor.
  const [version, setVersion] = useState<number>();
  const [editorKey, setEditorKey] = useState(0);
  const tenant = data?.tenant;
  usePageTitle(tenant ? `Tenant ${tenant.name}` : 'Tenant');

  if (!tenant) {
    return (
      <>
        <h1>Tenant</h1>
        {fetching && <StatusMessage>Loading the tenant…</StatusMessage>}
        {error && (
          <ErrorNotice
            title="Could not load the tenant"
            error={error}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
          />
        )}
      </>
    );
  }
  return (
    <>
      <p className="breadcrumb">
        <Link href="/console">Tenants</Link> › {tenant.name}
      </p>
      <h1>{tenant.name}</h1>
      <p className="lead">
        <code>{tenant.slug}</code>, {tenant.kind === 'OPERATOR' ? 'the operator tenant' : 'a customer tenant'}
        . Its entitlements are in the <Link href="/console/entitlements">entitlements matrix</Link>.
      </p>
      <TenantSettingsEditor key={editorKey} tenantId={tenant.id} onSaved={setVersion} />
      <TenantSettingsHistory
        tenantId={tenant.id}
        refreshKey={version}
        onRolledBack={() => setEditorKey((k) => k + 1)}
      />
      <ApiKeysPanel tenantId={tenant.id} tenantName={tenant.name} />
    </>
  );
}
