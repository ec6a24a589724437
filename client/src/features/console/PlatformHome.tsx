// The console's home for platform staff: the tenants (list, create, each one's settings and keys).
import type { Role } from '../../app/areas';
import { TenantList } from '../tenants/TenantList';
import { ConsoleNav } from './ConsoleNav';

export function PlatformHome({ tenantName, role }: { tenantName: string; role: Role }) {
  return (
    <>
      <ConsoleNav role={role} />
      <h1>Tenants</h1>
      <p className="lead">
        The platform area of Augur for {tenantName}: tenants, their settings and entitlements, and API keys.
        Flags, segments and the persona belong to ops and support.
      </p>
      <TenantList />
    </>
  );
}
