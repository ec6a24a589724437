// The console's start page: for ops and support what changed lately, quick links and the flags; for platform, its home.
import { usePageTitle } from '../../app/use-page-title';
import type { AccountSummaryUser } from '../account/AccountSummary';
import { ConsoleNav } from './ConsoleNav';
import { ConsoleOverview } from './ConsoleOverview';
import { FlagList } from './FlagList';
import { NewFlagForm } from './NewFlagForm';
import { PlatformHome } from './PlatformHome';
import { QuickLinks } from './QuickLinks';

export function ConsoleHome({ user }: { user: AccountSummaryUser }) {
  const canSeeFlags = user.role === 'OPS' || user.role === 'SUPPORT';
  usePageTitle(canSeeFlags ? 'Flags' : 'Console');
  if (!canSeeFlags) return <PlatformHome tenantName={user.tenant.name} />;
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
