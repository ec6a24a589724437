// The console's start page (support, operations, platform): for now, who is signed in and where.
import { usePageTitle } from '../../app/use-page-title';
import { AccountSummary, type AccountSummaryUser } from '../account/AccountSummary';

export function ConsoleHome({ user }: { user: AccountSummaryUser }) {
  usePageTitle('Console');
  return (
    <>
      <h1>Console</h1>
      <p className="lead">The support, operations and platform area of Augur for {user.tenant.name}.</p>
      <AccountSummary user={user} />
    </>
  );
}
