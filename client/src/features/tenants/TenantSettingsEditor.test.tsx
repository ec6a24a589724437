// The tenant settings editor against a fake API: the save on the version loaded, the browser's own checks,
// the server's messages under their fields, and a lost version race shown with "Reload latest".
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeAnswer, renderWithApi } from '../../testing/render-with-api';
import { TenantSettingsEditor } from './TenantSettingsEditor';

const settings = (version: number, values: Record<string, unknown> = { 'moduleQuota.free': 5 }) => ({
  tenantId: 't1',
  version,
  settings: values,
});
const loaded = (version = 3, values?: Record<string, unknown>): FakeAnswer => ({
  data: { tenantSettings: settings(version, values) },
});

async function edit(answers: Record<string, FakeAnswer | ((v: Record<string, unknown>) => FakeAnswer)>) {
  const rendered = renderWithApi(<TenantSettingsEditor tenantId="t1" />, {
    TenantSettings: loaded(),
    ...answers,
  });
  const free = await screen.findByLabelText('Module runs per day, free plan');
  expect((free as HTMLInputElement).value).toBe('5');
  fireEvent.change(free, { target: { value: '8' } });
  fireEvent.change(screen.getByLabelText('Reason for this change'), { target: { value: 'bigger plan' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  return rendered;
}

describe('TenantSettingsEditor', () => {
  it('says it is loading, and what failed with a retry', async () => {
    renderWithApi(<TenantSettingsEditor tenantId="t1" />, { TenantSettings: 'pending' });
    expect(screen.getByText('Loading the tenant settings…')).toBeTruthy();
    renderWithApi(<TenantSettingsEditor tenantId="t2" />, {
      TenantSettings: { error: { message: 'Tenant not found', code: 'NOT_FOUND' } },
    });
    expect(await screen.findByText('Could not load the tenant settings')).toBeTruthy();
  });

  it('sends the patch with the version loaded and says the version saved', async () => {
    const { api } = await edit({
      UpdateTenantSettings: { data: { updateTenantSettings: settings(4, { 'moduleQuota.free': 8 }) } },
    });
    expect(await screen.findByText('Saved as version 4')).toBeTruthy();
    expect(api.calls.find((c) => c.name === 'UpdateTenantSettings')?.variables).toEqual({
      tenantId: 't1',
      expectedVersion: 3,
      reason: 'bigger plan',
      patch: { 'moduleQuota.free': 8, 'moduleQuota.premium': null, 'rateLimit.requestsPerMinute': null },
    });
  });

  it('refuses a value that is not a whole number without sending', async () => {
    const { api } = renderWithApi(<TenantSettingsEditor tenantId="t1" />, { TenantSettings: loaded() });
    const premium = await screen.findByLabelText('Module runs per day, premium plan');
    fireEvent.change(premium, { target: { value: 'lots' } });
    fireEvent.change(screen.getByLabelText('Reason for this change'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(premium.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Fix the marked fields: nothing was sent.')).toBeTruthy();
    expect(api.calls.some((c) => c.name === 'UpdateTenantSettings')).toBe(false);
  });

  it("puts the server's message under its field", async () => {
    await edit({
      UpdateTenantSettings: {
        error: {
          message: 'patch.moduleQuota.free: must be a whole number from 0 to 1000000, or null',
          code: 'VALIDATION_FAILED',
          fields: [{ path: 'patch.moduleQuota.free', message: 'too big for this server' }],
        },
      },
    });
    expect(await screen.findByText('too big for this server', { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByLabelText('Module runs per day, free plan').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a lost version race, keeps the edits, and reloads the latest version on request', async () => {
    let version = 3;
    const latest = () => loaded(version, { 'moduleQuota.free': version === 3 ? 5 : 9 });
    const { api } = await edit({
      TenantSettings: latest,
      UpdateTenantSettings: {
        error: {
          message: 'The tenant settings are at version 4, not 3',
          code: 'CONFLICT',
          currentVersion: 4,
        } as never,
        http: { status: 409 },
      },
    });
    expect(
      await screen.findByText('Someone saved this configuration first: nothing was changed'),
    ).toBeTruthy();
    expect((screen.getByLabelText('Module runs per day, free plan') as HTMLInputElement).value).toBe('8');
    version = 4;
    fireEvent.click(screen.getByRole('button', { name: 'Reload latest' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Module runs per day, free plan') as HTMLInputElement).value).toBe('9'),
    );
    expect(screen.getByText('Version 4')).toBeTruthy();
    expect(api.calls.filter((c) => c.name === 'TenantSettings').length).toBeGreaterThan(1);
  });
});
