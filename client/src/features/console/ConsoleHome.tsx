// The console's start page: for ops and support what changed lately, quick links and the flags; for platform
// the tenants; for a tenant admin its own tenant.
import { usePageTitle } from '../../app/use-page-title';
import type { AccountSummaryUser } from '../account/AccountSummary';
import { TenantAdminHome } from '../tenants/TenantAdminHome';
import { ConsoleNav } from './ConsoleNav';
import { ConsoleOverview } from './ConsoleOverview';
import { FlagList } from './FlagList';
import { NewFlagForm } from './NewFlagForm';
import { PlatformHome } from './PlatformHome';
import { QuickLinks } from './QuickLinks';

export function ConsoleHome({ user }: { user: AccountSummaryUser }) {
  const canSeeFlags = user.role === 'OPS' || user.role === 'SUPPORT';
  usePageTitle(canSeeFlags ? 'Flags' : user.role === 'PLATFORM' ? 'Tenants' : user.tenant.name);
  if (user.role === 'TENANT_ADMIN') {
    return (
      <>
        <ConsoleNav role={user.role} />
        <TenantAdminHome tenant={user.tenant} />
      </>
    );
  }
  if (!canSeeFlags) return <PlatformHome tenantName={user.tenant.name} role={user.role} />;
  return (
    <>
      <ConsoleNav role={user.role} />
      <h1>Flags</h1>
      <p className="lead">The support, operations and platform area of Augur for {user.tenant.name}.</p>
      {user.role === 'SUPPORT' && (
        <p className="notice notice-info">Support accounts can look but not change.</p>
      )}
      <ConsoleOverview role={user.role} />
      <QuickLinks role={user.role} />
      {user.role === 'OPS' && <NewFlagForm />}
      <FlagList canEdit={user.role === 'OPS'} />
    </>
  );
}
