// The account menu: email and role at a glance, the account's details and Sign out behind it, Escape closes it.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AccountMenu } from './AccountMenu';

const user = {
  id: 'u1',
  email: 'ana@example.test',
  role: 'OPS' as const,
  plan: 'FREE' as const,
  tenant: { id: 't1', name: 'Demo', slug: 'demo' },
};

describe('AccountMenu', () => {
  it('shows who is signed in, opens on the summary, signs out, and closes on Escape', () => {
    const onSignOut = vi.fn();
    const { container } = render(<AccountMenu user={user} onSignOut={onSignOut} />);
    const menu = container.querySelector('details') as HTMLDetailsElement;
    const summary = container.querySelector('summary') as HTMLElement;
    expect(summary.getAttribute('aria-label')).toBe('Account: ana@example.test, OPS');
    expect(menu.open).toBe(false);

    menu.open = true;
    const account = screen.getByRole('region', { name: 'Your account' });
    expect(account.textContent).toContain('FREE');
    expect(account.textContent).toContain('Demo (demo)');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledOnce();

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(menu.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });

  it('closes on a click outside it, not on one inside', () => {
    const { container } = render(<AccountMenu user={user} onSignOut={() => {}} />);
    const menu = container.querySelector('details') as HTMLDetailsElement;
    menu.open = true;
    fireEvent.click(screen.getByRole('region', { name: 'Your account' }));
    expect(menu.open).toBe(true);
    fireEvent.click(document.body);
    expect(menu.open).toBe(false);
  });
});
