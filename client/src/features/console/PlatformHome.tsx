// The console's home for platform staff, who manage tenants and accounts but hold no flag or audit scope.
import { useId } from 'react';

export function PlatformHome({ tenantName }: { tenantName: string }) {
  const titleId = useId();
  return (
    <>
      <h1>Console</h1>
      <p className="lead">The platform area of Augur for {tenantName}.</p>
      <section className="card" aria-labelledby={titleId}>
        <h2 id={titleId}>What platform accounts do here</h2>
        <p>
          Platform accounts manage tenants, accounts (disable, enable, role and plan) and API keys. Flags,
          segments, the audit log and the persona belong to ops and support, so they are not listed for your
          role.
        </p>
        <p className="hint">
          The tenant, account and API key pages will be linked here once they are in the console.
        </p>
      </section>
    </>
  );
}
