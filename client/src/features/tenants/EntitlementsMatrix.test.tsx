// The entitlements matrix against a fake API: cells and effects, a reason first, the version sent, a conflict.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { EntitlementsMatrix } from './EntitlementsMatrix';

const entitlement = (flagKey: string, state: string, open: boolean, step: string | null = null) => ({
  flagKey,
  state,
  gate: { open, step, detail: `${flagKey} detail` },
});

const tenants = (acmeTarot = 'INHERIT') => ({
  data: {
    tenants: [
      {
        id: 'cu-1',
        slug: 'acme',
        name: 'Acme',
        kind: 'CUSTOMER',
        settings: {
          tenantId: 'cu-1',
          version: 7,
          entitlements: [
            entitlement('runes_enabled', 'ON', false, 'KILL_SWITCH'),
            entitlement(
              'tarot_enabled',
              acmeTarot,
              acmeTarot !== 'OFF',
              acmeTarot === 'OFF' ? 'ENTITLEMENT' : null,
            ),
          ],
        },
      },
      {
        id: 'op-1',
        slug: 'demo',
        name: 'Demo',
        kind: 'OPERATOR',
        settings: {
          tenantId: 'op-1',
          version: 1,
          entitlements: [
            entitlement('runes_enabled', 'INHERIT', true),
            entitlement('tarot_enabled', 'INHERIT', true),
          ],
        },
      },
    ],
  },
});

const cell = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('EntitlementsMatrix', () => {
  it('shows flags by tenants with each state and the effective result and why', async () => {
    renderWithApi(<EntitlementsMatrix />, { EntitlementMatrix: tenants() });
    await screen.findByRole('table');
    const heads = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(heads).toEqual(['Flag', 'Demo', 'Acme']);
    expect(cell('runes_enabled for Acme').value).toBe('ON');
    const runes = screen.getByRole('row', { name: /runes_enabled/ });
    expect(within(runes).getByText('Off: the flag is switched off for everyone')).toBeTruthy();
    expect(cell('tarot_enabled for Demo').value).toBe('INHERIT');
  });

  it('says it is loading, that there are no flags, and what failed', async () => {
    renderWithApi(<EntitlementsMatrix />, { EntitlementMatrix: 'pending' });
    expect(screen.getByText('Loading the entitlements…')).toBeTruthy();
    renderWithApi(<EntitlementsMatrix />, {
      EntitlementMatrix: { error: { message: 'down', code: 'UNAVAILABLE' } },
    });
    expect(await screen.findByText('Could not load the entitlements')).toBeTruthy();
  });

  it('asks for a reason before sending anything', async () => {
    const { api } = renderWithApi(<EntitlementsMatrix />, { EntitlementMatrix: tenants() });
    await screen.findByRole('table');
    fireEvent.change(cell('tarot_enabled for Acme'), { target: { value: 'OFF' } });
    expect(screen.getByText('Say why before changing an entitlement.')).toBeTruthy();
    expect(screen.getByLabelText('Reason for changes').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((c) => c.name === 'SetTenantEntitlement')).toBe(false);
    expect(cell('tarot_enabled for Acme').value).toBe('INHERIT');
  });

  it("sends the change at the tenant's version with the reason, and shows the new state", async () => {
    let state = 'INHERIT';
    const current = () => tenants(state);
    const setOff = () => {
      state = 'OFF';
      return { data: { setTenantEntitlement: tenants('OFF').data.tenants[0]?.settings } };
    };
    const { api } = renderWithApi(<EntitlementsMatrix />, {
      EntitlementMatrix: current,
      SetTenantEntitlement: setOff,
    });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Reason for changes'), { target: { value: 'contract ended' } });
    fireEvent.change(cell('tarot_enabled for Acme'), { target: { value: 'OFF' } });
    expect(await screen.findByText('tarot_enabled for Acme: Off (settings version 7).')).toBeTruthy();
    expect(api.calls.find((c) => c.name === 'SetTenantEntitlement')?.variables).toEqual({
      tenantId: 'cu-1',
      flagKey: 'tarot_enabled',
      state: 'OFF',
      expectedVersion: 7,
      reason: 'contract ended',
    });
    await waitFor(() => expect(cell('tarot_enabled for Acme').value).toBe('OFF'));
  });

  it('says when someone changed the settings first, and reloads', async () => {
    const { api } = renderWithApi(<EntitlementsMatrix />, {
      EntitlementMatrix: tenants(),
      SetTenantEntitlement: {
        error: { message: 'The tenant settings are at version 8, not 7', code: 'CONFLICT' },
        http: { status: 409 },
      },
    });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Reason for changes'), { target: { value: 'x' } });
    fireEvent.change(cell('tarot_enabled for Acme'), { target: { value: 'ON' } });
    expect(
      await screen.findByText(/Someone changed these settings first: tarot_enabled was not changed/),
    ).toBeTruthy();
    expect(api.calls.filter((c) => c.name === 'EntitlementMatrix').length).toBeGreaterThan(1);
  });
});
