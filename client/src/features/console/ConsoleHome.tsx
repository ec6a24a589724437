// The console's start page (support, operations, platform): a new-flag form for ops, the flags, then who is signed in.
import { usePageTitle } from '../../app/use-page-title';
import { AccountSummary, type AccountSummaryUser } from '../account/AccountSummary';
import { ConsoleNav } from './ConsoleNav';
import { FlagList } from './FlagList';
import { NewFlagForm } from './NewFlagForm';

export function ConsoleHome({ user }: { user: AccountSummaryUser }) {
  usePageTitle('Console');
  const canSeeFlags = user.role === 'OPS' || user.role === 'SUPPORT';
  return (
    <>
      <ConsoleNav role={user.role} />
      <h1>Console</h1>
      <p className="lead">The support, operations and platform area of Augur for {user.tenant.name}.</p>
      {user.role === 'SUPPORT' && (
        <p className="notice notice-info">Support accounts can look but not change.</p>
      )}
      {user.role === 'OPS' && <NewFlagForm />}
      {canSeeFlags && <FlagList canEdit={user.role === 'OPS'} />}
      <AccountSummary user={user} />
    </>
  );
}
