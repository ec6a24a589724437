// The account menu in the header: who is signed in (email and role at a glance), the account's details
// and Sign out behind it, instead of an account card on every page.
import { useEffect, useRef } from 'react';
import { AccountSummary, type AccountSummaryUser } from './AccountSummary';

export function AccountMenu({ user, onSignOut }: { user: AccountSummaryUser; onSignOut(): void }) {
  const menu = useRef<HTMLDetailsElement>(null);
  // Escape or a click elsewhere closes it, as a menu would.
  useEffect(() => {
    const close = (event: Event) => {
      const node = menu.current;
      if (!node?.open) return;
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && node.contains(event.target as Node)) return;
      node.open = false;
      if (event instanceof KeyboardEvent) node.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('click', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('click', close);
    };
  }, []);
  return (
    <details className="account-menu" ref={menu}>
      <summary className="account-menu-button" aria-label={`Account: ${user.email}, ${user.role}`}>
        <span className="shell-email">{user.email}</span>{' '}
        <span className="badge" aria-hidden="true">
          {user.role}
        </span>
      </summary>
      <div className="account-menu-panel">
        <AccountSummary user={user} />
        <button type="button" className="button button-secondary" onClick={onSignOut}>
          Sign out
        </button>
      </div>
    </details>
  );
}
