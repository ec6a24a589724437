// The end-user area's start page: for now, who is signed in and where.
import { usePageTitle } from '../../app/use-page-title';
import { AccountSummary, type AccountSummaryUser } from '../account/AccountSummary';

export function AppHome({ user }: { user: AccountSummaryUser }) {
  usePageTitle('App');
  return (
    <>
      <h1>App</h1>
      <p className="lead">The end-user area of Augur for {user.tenant.name}.</p>
      <AccountSummary user={user} />
    </>
  );
}
