// The console's start page (support, operations, platform): the flags, then who is signed in.
import { usePageTitle } from '../../app/use-page-title';
import { AccountSummary, type AccountSummaryUser } from '../account/AccountSummary';
import { FlagList } from './FlagList';

export function ConsoleHome({ user }: { user: AccountSummaryUser }) {
  usePageTitle('Console');
  const canSeeFlags = user.role === 'OPS' || user.role === 'SUPPORT';
  return (
    <>
      <h1>Console</h1>
      <p className="lead">The support, operations and platform area of Augur for {user.tenant.name}.</p>
      {user.role === 'SUPPORT' && (
        <p className="notice notice-info">Support accounts can look but not change.</p>
      )}
      {canSeeFlags && <FlagList canEdit={user.role === 'OPS'} />}
      <AccountSummary user={user} />
    </>
  );
}
