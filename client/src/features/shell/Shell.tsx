// The frame of every signed-in page: the brand, and the account menu (email, role, plan, tenant, sign-out).

import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { homeAreaOf } from '../../app/areas';
import { graphql, type ResultOf } from '../../app/graphql';
import { useSession } from '../../app/session';
import { AccountMenu } from '../account/AccountMenu';
import type { AccountSummaryUser } from '../account/AccountSummary';

export const ShellUserFragment = graphql(`
  fragment Shell_user on User {
    id
    email
    role
    plan
    tenant {
      id
      name
    }
  }
`);

export type ShellUser = ResultOf<typeof ShellUserFragment>;

export function Shell({ user, children }: { user: ShellUser & AccountSummaryUser; children: ReactNode }) {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const leave = () => {
    signOut();
    navigate('/login', { replace: true });
  };
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <Link href={homeAreaOf(user.role).path} className="brand">
          Augur
        </Link>
        <AccountMenu user={user} onSignOut={leave} />
      </header>
      <main className="page" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
