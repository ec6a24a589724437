// A tenant admin's console home: its tenant's entitlements and settings, read-only, and where its keys and audit are.
import './tenants.css';
import { useId } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { STATE_HINTS, STATE_LABELS } from './entitlement-words';
import { SETTINGS } from './settings-form';

export const OwnTenantSettingsQuery = graphql(`
  query OwnTenantSettings($tenantId: ID!) {
    tenantSettings(tenantId: $tenantId) {
      tenantId
      version
      settings
      entitlements {
        flagKey
        state
      }
    }
  }
`);

export function TenantAdminHome({ tenant }: { tenant: { id: string; name: string } }) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: OwnTenantSettingsQuery,
    variables: { tenantId: tenant.id },
    requestPolicy: 'cache-and-network',
  });
  const ids = { entitlements: useId(), settings: useId() };
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const own = data?.tenantSettings;
  const settings = (own?.settings ?? {}) as Record<string, unknown>;
  return (
    <>
      <h1>{tenant.name}</h1>
      <p className="lead">
        The administration of your tenant: its <Link href="/console/api-keys">API keys</Link> and its{' '}
        <Link href="/console/audit">audit log</Link>. As one of its users,{' '}
        <Link href="/app">open the app</Link>.
      </p>
      {fetching && !own && <StatusMessage>Loading your tenant's entitlements…</StatusMessage>}
      {error && (
        <ErrorNotice title="Could not load your tenant's entitlements" error={error} onRetry={reload} />
      )}
      {own && (
        <>
          <section className="card" aria-labelledby={ids.entitlements}>
            <div className="section-head">
              <h2 id={ids.entitlements}>Entitlements</h2>
              <p className="hint">Settings version {own.version}</p>
            </div>
            <p className="hint">
              Set by the platform operator; read-only here. A feature is on for your users only when it is on
              globally and your tenant is not set to Off.
            </p>
            {own.entitlements.length === 0 ? (
              <p className="muted">No features to entitle yet.</p>
            ) : (
              <ul className="entitlement-items" aria-label="Entitlements of your tenant">
                {own.entitlements.map((e) => (
                  <li key={e.flagKey} className="entitlement-item" data-flag={e.flagKey} data-state={e.state}>
                    <code>{e.flagKey}</code>{' '}
                    <span className={e.state === 'OFF' ? 'badge badge-off' : 'badge'}>
                      {STATE_LABELS[e.state]}
                    </span>
                    <span className="matrix-effect">{STATE_HINTS[e.state]}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby={ids.settings}>
            <h2 id={ids.settings}>Settings</h2>
            <dl className="summary">
              {SETTINGS.map((spec) => (
                <div key={spec.key}>
                  <dt>{spec.label}</dt>
                  <dd>
                    {settings[spec.key] === undefined ? (
                      <span className="muted">The server's default</span>
                    ) : (
                      String(settings[spec.key])
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </>
      )}
    </>
  );
}
