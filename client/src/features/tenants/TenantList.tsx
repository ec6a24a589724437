// Platform's list of tenants: the operator and every customer, each linking to its settings, history and keys.
import './tenants.css';
import { useId } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { NewTenantForm } from './NewTenantForm';
import { sortTenants, TenantsQuery } from './tenants-query';

export function TenantList() {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: TenantsQuery,
    requestPolicy: 'cache-and-network',
  });
  const titleId = useId();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const tenants = data ? sortTenants(data.tenants) : undefined;
  const customers = tenants?.filter((t) => t.kind === 'CUSTOMER').length ?? 0;
  return (
    <>
      <NewTenantForm onCreated={reload} />
      <section className="card" aria-labelledby={titleId}>
        <div className="section-head">
          <h2 id={titleId}>Tenants</h2>
          <button type="button" className="button button-secondary" onClick={reload}>
            Refresh
          </button>
        </div>
        {fetching && !tenants && <StatusMessage>Loading the tenants…</StatusMessage>}
        {error && (
          <ErrorNotice
            title={tenants ? 'Could not refresh the tenants' : 'Could not load the tenants'}
            error={error}
            onRetry={reload}
          />
        )}
        {tenants && customers === 0 && (
          <p className="muted">No customer tenants yet: create one with New tenant.</p>
        )}
        {tenants && tenants.length > 0 && (
          <ul className="tenant-items" aria-label="Tenants">
            {tenants.map((t) => (
              <li key={t.id} className="tenant-item" data-tenant={t.slug}>
                <Link href={`/console/tenants/${t.id}`}>{t.name}</Link> <code>{t.slug}</code>{' '}
                <span className={t.kind === 'OPERATOR' ? 'badge' : 'badge badge-muted'}>
                  {t.kind === 'OPERATOR' ? 'Operator' : 'Customer'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
