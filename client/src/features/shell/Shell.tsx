// The frame of every signed-in page: a header naming the account (email, role, plan, tenant) and sign-out.

import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { homeAreaOf } from '../../app/areas';
import { graphql, type ResultOf } from '../../app/graphql';
import { useSession } from '../../app/session';

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

export function Shell({ user, children }: { user: ShellUser; children: ReactNode }) {
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
        <section className="shell-account" aria-label="Signed-in account">
          <span className="shell-email" title={user.email}>
            {user.email}
          </span>
          <span className="badge">
            <span className="visually-hidden">Role </span>
            {user.role}
          </span>
          <span className="badge badge-muted">
            <span className="visually-hidden">Plan </span>
            {user.plan}
          </span>
          <span className="shell-tenant">
            <span className="visually-hidden">Tenant </span>
            {user.tenant.name}
          </span>
        </section>
        <button type="button" className="button button-secondary shell-signout" onClick={leave}>
          Sign out
        </button>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
