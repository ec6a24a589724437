// The console home per role against a fake API: loading, empty, error, changes in sentences, live refresh, platform.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { ConsoleHome } from './ConsoleHome';

const viewer = (role: 'OPS' | 'SUPPORT' | 'PLATFORM') =>
  ({ id: 'u1', email: 'me@example.com', role, plan: 'FREE', tenant: { id: 't1', name: 'Acme' } }) as never;

const hourAgo = new Date(Date.now() - 60 * 60 * 1000).toISOString();
const twoDaysAgo = new Date(Date.now() - 48 * 60 * 60 * 1000).toISOString();

const activity = (flagKeys: string[]) => ({
  data: {
    recent: {
      items: flagKeys.map((key, i) => ({
        id: `a${i}`,
        action: 'FLAG_DISABLE',
        actorLabel: 'ops@example.com',
        status: 'success',
        targetType: 'FLAG',
        targetKey: key,
        createdAt: hourAgo,
      })),
    },
    flagEvents: { items: flagKeys.map((key, i) => ({ id: `a${i}`, targetKey: key, createdAt: hourAgo })) },
  },
});

const revision = (n: number, createdAt: string, enabled: boolean) => ({
  revision: n,
  action: 'flag.disable',
  actor: 'user:u2',
  actorLabel: 'ops@example.com',
  reason: 'incident 42',
  requestId: `r${n}`,
  createdAt,
  configRevision: n,
  content: { key: 'tarot_enabled', enabled },
  diff: [{ change: 'CHANGED', path: 'enabled', from: !enabled, to: enabled }],
});

const revisions = { data: { flagRevisions: [revision(3, hourAgo, false), revision(2, twoDaysAgo, true)] } };
const noFlags = { data: { flags: { items: [], nextCursor: null } } };

const section = (name: string) => screen.getByRole('region', { name });

describe('ConsoleHome', () => {
  it('says it is loading until the activity answers', () => {
    renderWithApi(<ConsoleHome user={viewer('OPS')} />, { ConsoleFlags: noFlags });
    expect(screen.getByText('Loading recent changes…')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Flags', level: 1 })).toBeTruthy();
  });

  it('tells ops which flags changed in the last 24 hours, in sentences with who and when', async () => {
    const { api } = renderWithApi(<ConsoleHome user={viewer('OPS')} />, {
      HomeActivity: activity(['tarot_enabled']),
      FlagRevisions: revisions,
      ConsoleFlags: noFlags,
    });
    const changes = await screen.findByRole('list', { name: 'Changes to tarot_enabled in revision 3' });
    expect(changes.textContent).toBe('Flag turned Off');
    const flags = section('Flags changed in the last 24 hours');
    expect(flags.textContent).toContain('Revision 3 by ops@example.com');
    expect(flags.textContent).toContain('incident 42');
    // Revision 2 is older than 24 hours.
    expect(within(flags).queryByText(/Revision 2/)).toBeNull();
    const recent = section('Recent changes');
    expect(within(recent).getByRole('link', { name: 'flag tarot_enabled' }).getAttribute('href')).toBe(
      '/console/flags/tarot_enabled/history',
    );
    expect(recent.textContent).toContain('ops@example.com: Turned off');
    const since = api.calls.find((c) => c.name === 'HomeActivity')?.variables.since as string;
    expect(Date.now() - Date.parse(since)).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000);
    expect(api.calls.some((c) => c.name === 'ConsoleFlagChanges')).toBe(true);
    const alerts = section('Alerts and tripped guards');
    expect(within(alerts).getByRole('link', { name: 'Alerts' }).getAttribute('href')).toBe('/console/alerts');
    expect(within(alerts).getByRole('link', { name: 'Monitoring' }).getAttribute('href')).toBe(
      '/console/monitoring',
    );
  });

  it('says so when nothing changed', async () => {
    renderWithApi(<ConsoleHome user={viewer('OPS')} />, {
      HomeActivity: activity([]),
      ConsoleFlags: noFlags,
    });
    await screen.findByText('No flag has changed in the last 24 hours.');
    expect(screen.getByText('Nothing has been changed yet.')).toBeTruthy();
  });

  it('shows a failure with the shared error notice and tries again', async () => {
    let fail = true;
    const failFirst = () =>
      fail ? { error: { message: 'boom', code: 'INTERNAL', requestId: 'req-1' } } : activity([]);
    const { api } = renderWithApi(<ConsoleHome user={viewer('OPS')} />, {
      HomeActivity: failFirst,
      ConsoleFlags: noFlags,
    });
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-error-kind')).toBe('server');
    expect(alert.textContent).toContain('Could not load recent changes');
    expect(alert.textContent).toContain('req-1');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('No flag has changed in the last 24 hours.');
    expect(api.calls.filter((c) => c.name === 'HomeActivity').length).toBeGreaterThan(1);
  });

  it('fetches the activity again when a live change arrives (ops)', async () => {
    const { api } = renderWithApi(<ConsoleHome user={viewer('OPS')} />, {
      HomeActivity: activity([]),
      ConsoleFlags: noFlags,
      ConsoleFlagChanges: {
        data: {
          flagChanges: { key: 'k', action: 'flag.disable', actor: 'x', revision: 2, configRevision: 9 },
        },
      },
    });
    await screen.findByText('No flag has changed in the last 24 hours.');
    expect(within(section('Since yesterday')).getByText('Live')).toBeTruthy();
    await waitFor(() => expect(api.calls.filter((c) => c.name === 'HomeActivity').length).toBeGreaterThan(1));
  });

  it('gives support the same overview without the live stream, with Refresh and no new-flag form', async () => {
    const { api } = renderWithApi(<ConsoleHome user={viewer('SUPPORT')} />, {
      HomeActivity: activity(['tarot_enabled']),
      FlagRevisions: revisions,
      ConsoleFlags: noFlags,
    });
    await screen.findByRole('list', { name: 'Changes to tarot_enabled in revision 3' });
    expect(api.calls.some((c) => c.name === 'ConsoleFlagChanges')).toBe(false);
    expect(screen.queryByRole('button', { name: 'New flag' })).toBeNull();
    const links = screen.getByRole('navigation', { name: 'Quick links' });
    expect(within(links).queryByRole('link', { name: 'Explain' })).toBeNull();
    expect(within(links).getByRole('link', { name: 'Audit log' })).toBeTruthy();
    fireEvent.click(within(section('Since yesterday')).getByRole('button', { name: 'Refresh' }));
    await screen.findByRole('list', { name: 'Changes to tarot_enabled in revision 3' });
    expect(api.calls.filter((c) => c.name === 'HomeActivity').length).toBeGreaterThan(1);
  });

  it('gives platform the tenants as its home and asks nothing it may not read', async () => {
    const { api } = renderWithApi(<ConsoleHome user={viewer('PLATFORM')} />, {
      Tenants: {
        data: {
          tenants: [
            { id: 't1', slug: 'acme', name: 'Acme', kind: 'OPERATOR' },
            { id: 't2', slug: 'globex', name: 'Globex', kind: 'CUSTOMER' },
          ],
        },
      },
    });
    expect(screen.getByRole('heading', { name: 'Tenants', level: 1 })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Console sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Tenants', 'Entitlements', 'API keys']);
    const list = await screen.findByRole('list', { name: 'Tenants' });
    expect(within(list).getByRole('link', { name: 'Globex' }).getAttribute('href')).toBe(
      '/console/tenants/t2',
    );
    expect(api.calls.map((c) => c.name)).toEqual(['Tenants']);
  });

  it('gives a tenant admin its own tenant, read-only entitlements and links to its keys and audit', async () => {
    const admin = { ...(viewer('PLATFORM') as object), role: 'TENANT_ADMIN' } as never;
    const { api } = renderWithApi(<ConsoleHome user={admin} />, {
      OwnTenantSettings: {
        data: {
          tenantSettings: {
            tenantId: 't1',
            version: 3,
            settings: { 'moduleQuota.free': 5 },
            entitlements: [
              { flagKey: 'runes_enabled', state: 'INHERIT' },
              { flagKey: 'tarot_enabled', state: 'OFF' },
            ],
          },
        },
      },
    });
    const list = await screen.findByRole('list', { name: 'Entitlements of your tenant' });
    expect(list.querySelector('[data-flag="tarot_enabled"]')?.textContent).toContain('Off');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByText('5')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Console sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Your tenant', 'API keys', 'Audit log']);
    expect(api.calls.map((c) => [c.name, c.variables])).toEqual([['OwnTenantSettings', { tenantId: 't1' }]]);
  });
});
