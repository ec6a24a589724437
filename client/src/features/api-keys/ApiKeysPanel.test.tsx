// API keys against a fake API: empty and error states, a key's facts, the secret shown once, revoke confirmed.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { ApiKeysPanel } from './ApiKeysPanel';

const key = (over: Record<string, unknown> = {}) => ({
  id: 'k1',
  name: 'billing backend',
  prefix: 'abcdef123456',
  scopes: ['EVALUATE', 'MODULES'],
  createdAt: '2026-12-01T10:00:00.000Z',
  createdBy: 'u1',
  createdByLabel: 'admin@acme.test',
  lastUsedAt: null,
  revokedAt: null,
  ...over,
});

const SECRET = 'ak_abcdef123456_0123456789012345678901234567890123456789abc';

describe('ApiKeysPanel', () => {
  it('says when there are no keys, and when they could not be loaded', async () => {
    renderWithApi(<ApiKeysPanel tenantId="t1" tenantName="Acme" />, { ApiKeys: { data: { apiKeys: [] } } });
    expect(await screen.findByText('No keys yet.')).toBeTruthy();
    renderWithApi(<ApiKeysPanel tenantId="t2" tenantName="Beta" />, {
      ApiKeys: { error: { message: 'Tenant not found', code: 'NOT_FOUND' } },
    });
    expect(await screen.findByText('Could not load the keys')).toBeTruthy();
  });

  it("shows each key's scopes, creator, last use and state", async () => {
    renderWithApi(<ApiKeysPanel tenantId="t1" tenantName="Acme" />, {
      ApiKeys: {
        data: { apiKeys: [key(), key({ id: 'k2', name: 'old', revokedAt: '2026-12-02T10:00:00.000Z' })] },
      },
    });
    const list = await screen.findByRole('list', { name: 'API keys of Acme' });
    const first = within(list).getAllByRole('listitem')[0] as HTMLElement;
    expect(first.textContent).toContain('Evaluate, Modules');
    expect(first.textContent).toContain('admin@acme.test');
    expect(first.textContent).toContain('Never');
    expect(first.textContent).toContain('ak_abcdef123456_…');
    expect(within(list).getAllByRole('listitem')[1]?.textContent).toContain('Revoked');
    expect(within(list).queryByRole('button', { name: 'Revoke old' })).toBeNull();
  });

  it('creates a key with the scopes chosen and shows its secret once, until dismissed', async () => {
    const { api } = renderWithApi(<ApiKeysPanel tenantId="t1" tenantName="Acme" />, {
      ApiKeys: { data: { apiKeys: [] } },
      CreateApiKey: {
        data: { createApiKey: { secret: SECRET, apiKey: { id: 'k9', name: 'ci', prefix: 'abcdef123456' } } },
      },
    });
    await screen.findByText('No keys yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.getByText(/Name the key/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Key name'), { target: { value: ' ci ' } });
    fireEvent.click(screen.getByLabelText('Modules'));
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    const secret = await screen.findByText(SECRET);
    expect(secret.closest('section')?.textContent).toContain('shown only this once');
    expect(api.calls.find((c) => c.name === 'CreateApiKey')?.variables).toEqual({
      tenantId: 't1',
      name: 'ci',
      scopes: ['EVALUATE', 'MODULES'],
    });
    fireEvent.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(screen.queryByText(SECRET)).toBeNull();
    expect(screen.getByLabelText('Key name')).toBeTruthy();
  });

  it('revokes a key only after confirming', async () => {
    const { api } = renderWithApi(<ApiKeysPanel tenantId="t1" tenantName="Acme" />, {
      ApiKeys: { data: { apiKeys: [key()] } },
      RevokeApiKey: { data: { revokeApiKey: key({ revokedAt: '2026-12-03T10:00:00.000Z' }) } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke billing backend' }));
    expect(api.calls.some((c) => c.name === 'RevokeApiKey')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm: revoke' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.name === 'RevokeApiKey')?.variables).toEqual({
        tenantId: 't1',
        id: 'k1',
      }),
    );
  });
});
