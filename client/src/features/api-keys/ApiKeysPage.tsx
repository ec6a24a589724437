// The API keys page: platform picks any tenant, a tenant admin manages its own tenant's keys.
import { useState } from 'react';
import type { Role } from '../../app/areas';
import { TenantPicker } from '../tenants/TenantPicker';
import { ApiKeysPanel } from './ApiKeysPanel';

export function ApiKeysPage(props: { role: Role; tenant: { id: string; name: string } }) {
  const [chosen, setChosen] = useState('');
  const [chosenName, setChosenName] = useState('');
  if (props.role !== 'PLATFORM')
    return <ApiKeysPanel tenantId={props.tenant.id} tenantName={props.tenant.name} />;
  return (
    <>
      <TenantPicker
        label="Tenant"
        hint="Whose keys to list, create or revoke."
        value={chosen}
        onChange={(id, name) => {
          setChosen(id);
          setChosenName(name ?? '');
        }}
      />
      {chosen ? (
        <ApiKeysPanel tenantId={chosen} tenantName={chosenName} />
      ) : (
        <p className="muted">Choose a tenant to see its keys.</p>
      )}
    </>
  );
}
