// The flag page: header and tabs by role, a live change to the flag offered (not forced) to the editor.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { ConsoleSection } from './ConsoleSection';
import { FlagPage, flagPageTitle } from './FlagPage';

const header = (revision: number, over: Record<string, unknown> = {}) => ({
  data: {
    flag: {
      key: 'checkout',
      type: 'BOOLEAN',
      enabled: true,
      archived: false,
      revision,
      description: 'New checkout',
      updatedAt: '2026-11-24T12:00:00.000Z',
      ...over,
    },
  },
});

const tabNames = () =>
  [...screen.getByRole('navigation', { name: 'Flag checkout' }).querySelectorAll('a')].map(
    (a) => a.textContent,
  );

describe('FlagPage', () => {
  it('gives ops the kill switch and every tab, with focus on the flag name', async () => {
    renderWithApi(<FlagPage flagKey="checkout" tab={undefined} viewerRole="OPS" />, {
      FlagHeader: header(3),
      ConsoleFlagChanges: 'pending',
    });
    const title = await screen.findByRole('heading', { name: 'checkout', level: 1 });
    expect(document.activeElement).toBe(title);
    expect(screen.getByRole('button', { name: 'Turn off checkout' })).toBeTruthy();
    expect(tabNames()).toEqual(['Definition', 'History', 'Explain', 'Audit trail', 'Metrics']);
    expect(screen.getByText(/revision 3/)).toBeTruthy();
  });

  it('gives support a refresh instead of the kill switch and no explain tab', async () => {
    const { api } = renderWithApi(<FlagPage flagKey="checkout" tab="explain" viewerRole="SUPPORT" />, {
      FlagHeader: header(3),
    });
    await screen.findByRole('heading', { name: 'checkout', level: 1 });
    expect(screen.queryByRole('button', { name: /Turn off/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeTruthy();
    expect(tabNames()).toEqual(['Definition', 'History', 'Audit trail', 'Metrics']);
    // An explain address falls back to the definition for support; no live stream is opened.
    expect(screen.getByRole('link', { name: 'Definition' }).getAttribute('aria-current')).toBe('page');
    expect(api.calls.map((c) => c.name)).not.toContain('ConsoleFlagChanges');
  });

  it('offers a newer revision to the open editor instead of reloading it', async () => {
    let served = 0;
    const answerHeader = () => header(++served === 1 ? 3 : 4);
    renderWithApi(<FlagPage flagKey="checkout" tab={undefined} viewerRole="OPS" />, {
      FlagHeader: answerHeader,
      ConsoleFlagChanges: {
        data: {
          flagChanges: { key: 'checkout', action: 'flag.update', actor: 'x', revision: 4, configRevision: 9 },
        },
      },
      FlagEditor: 'pending',
    });
    await screen.findByRole('button', { name: 'Load revision 4' });
    expect(screen.getByText(/revision 4 is now in force/)).toBeTruthy();
  });

  it('says when there is no such flag', async () => {
    renderWithApi(<FlagPage flagKey="checkout" tab={undefined} viewerRole="OPS" />, {
      FlagHeader: { data: { flag: null } },
      ConsoleFlagChanges: 'pending',
    });
    await screen.findByRole('heading', { name: 'Flag not found' });
  });
});

describe('ConsoleSection', () => {
  it('refuses a role the section is not for, in words', () => {
    renderWithApi(
      <ConsoleSection title="Explain" viewerRole="SUPPORT" allowed={['OPS']}>
        <p>secret</p>
      </ConsoleSection>,
    );
    expect(screen.getByText('This part of the console is not available for your role.')).toBeTruthy();
    expect(screen.queryByText('secret')).toBeNull();
  });
  it('titles the page by flag and sub-page', () => {
    expect(flagPageTitle('tarot_enabled', undefined)).toBe('tarot_enabled · Flags');
    expect(flagPageTitle('tarot_enabled', 'edit')).toBe('tarot_enabled · Flags');
    expect(flagPageTitle('tarot_enabled', 'history')).toBe('History · tarot_enabled · Flags');
    expect(flagPageTitle('tarot_enabled', 'audit')).toBe('Audit trail · tarot_enabled · Flags');
  });
});
