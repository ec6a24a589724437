// The console's start page (support, operations, platform): the flags, with a new-flag form for ops.
import { usePageTitle } from '../../app/use-page-title';
import type { AccountSummaryUser } from '../account/AccountSummary';
import { ConsoleNav } from './ConsoleNav';
import { FlagList } from './FlagList';
import { NewFlagForm } from './NewFlagForm';

export function ConsoleHome({ user }: { user: AccountSummaryUser }) {
  usePageTitle('Flags');
  const canSeeFlags = user.role === 'OPS' || user.role === 'SUPPORT';
  return (
    <>
      <ConsoleNav role={user.role} />
      <h1>Flags</h1>
      <p className="lead">The support, operations and platform area of Augur for {user.tenant.name}.</p>
      {user.role === 'SUPPORT' && (
        <p className="notice notice-info">Support accounts can look but not change.</p>
      )}
      {user.role === 'OPS' && <NewFlagForm />}
      {canSeeFlags && <FlagList canEdit={user.role === 'OPS'} />}
    </>
  );
}
