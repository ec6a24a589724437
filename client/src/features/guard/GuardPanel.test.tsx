// The flag page's guard section: state and figures, nothing without a guard, re-enable with a reason (ops only).
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { GuardPanel } from './GuardPanel';

const guard = (status: string) => ({
  data: {
    guard: {
      flagKey: 'tarot_enabled',
      status,
      since: '2026-12-05T00:00:00.000Z',
      metric: 'ERROR_RATE',
      threshold: 0.05,
      windowSeconds: 300,
      minSamples: 10,
      action: 'OFF',
      halfOpen: 'MANUAL',
      probeShare: 0.1,
      revision: 2,
      lastTrip:
        status === 'CLOSED'
          ? null
          : {
              at: '2026-12-05T00:00:00.000Z',
              rolledBackTo: null,
              figures: { samples: 10, errors: 8, errorRate: 0.8, p95LatencyMs: 40 },
            },
      window: { samples: 0, errors: 0, errorRate: 0, p95LatencyMs: null },
    },
  },
});

describe('GuardPanel', () => {
  it('shows a tripped guard with its figures and lets ops re-enable it with a reason', async () => {
    const { api } = renderWithApi(<GuardPanel flagKey="tarot_enabled" canEdit />, {
      FlagGuard: guard('OPEN'),
      ReenableGuard: {
        data: { reenableGuard: { flagKey: 'tarot_enabled', status: 'CLOSED', since: '', revision: 3 } },
      },
    });
    expect(await screen.findByText('Open (tripped)')).toBeTruthy();
    expect(screen.getByText(/error rate 80\.0% \(8 of\s+10\)/)).toBeTruthy();
    expect(screen.getByText(/Trips on error rate above 5\.0% over 300 s after 10 samples/)).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Re-enable' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Why is it safe again?'), { target: { value: 'fixed the deck' } });
    fireEvent.click(button);
    await waitFor(() => expect(api.calls.some((c) => c.name === 'ReenableGuard')).toBe(true));
    expect(api.calls.find((c) => c.name === 'ReenableGuard')?.variables).toEqual({
      key: 'tarot_enabled',
      reason: 'fixed the deck',
    });
  });

  it('offers no re-enable to support, nor on a closed guard', async () => {
    renderWithApi(<GuardPanel flagKey="tarot_enabled" canEdit={false} />, { FlagGuard: guard('OPEN') });
    await screen.findByText('Open (tripped)');
    expect(screen.queryByRole('button', { name: 'Re-enable' })).toBeNull();
  });

  it('renders nothing for a flag without a guard', async () => {
    const { api, container } = renderWithApi(<GuardPanel flagKey="plain" canEdit />, {
      FlagGuard: { data: { guard: null } },
    });
    await waitFor(() => expect(api.calls.map((c) => c.name)).toContain('FlagGuard'));
    expect(container.querySelector('.guard-panel')).toBeNull();
  });
});
