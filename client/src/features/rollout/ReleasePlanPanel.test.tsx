// The flag page's release-plan section: progress per arm, the test's statistic and verdict, the chart's table,
// pause with a reason (ops only), and the editor that starts a plan.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { ReleasePlanPanel } from './ReleasePlanPanel';

const arm = (samples: number, errors: number) => ({
  samples,
  errors,
  errorRate: samples === 0 ? 0 : errors / samples,
  p95LatencyMs: null,
});

const flag = { key: 'checkout_flow', variants: [{ key: 'old' }, { key: 'new' }] };

const planned = (status: string, verdict: string) => ({
  data: {
    flag,
    releasePlan: {
      flagKey: 'checkout_flow',
      treatment: 'new',
      control: 'old',
      steps: [5, 50, 100].map((percent) => ({ percent, minDurationSeconds: 600, minSamples: 100 })),
      alpha: 0.05,
      p95Tolerance: null,
      status,
      currentStep: 1,
      currentPercent: 50,
      stepSince: '2026-12-07T01:00:00.000Z',
      revision: 3,
      progress: {
        verdict,
        lambda: 31.4,
        boundary: 20,
        difference: 0.1,
        stepControlSamples: 40,
        stepTreatmentSamples: 38,
        control: arm(400, 20),
        treatment: arm(200, 30),
      },
    },
    releasePlanRevisions: [
      {
        revision: 2,
        action: 'releasePlan.advance',
        createdAt: '2026-12-07T01:00:00.000Z',
        content: { state: { last: { control: arm(300, 15), treatment: arm(20, 1) } } },
      },
      {
        revision: 1,
        action: 'releasePlan.create',
        createdAt: '2026-12-07T00:50:00.000Z',
        content: { state: {} },
      },
    ],
  },
});

describe('ReleasePlanPanel', () => {
  it('shows the arms, the statistic against its boundary and the verdict, and the chart as a table', async () => {
    renderWithApi(<ReleasePlanPanel flagKey="checkout_flow" canEdit={false} />, {
      FlagReleasePlan: planned('ROLLED_BACK', 'ERROR_REGRESSION'),
    });
    expect(await screen.findByText('Rolled back (regression)')).toBeTruthy();
    expect(
      screen.getByText(/Test statistic Λ 31\.4 against 20\.0: significant error-rate regression/),
    ).toBeTruthy();
    expect(screen.getByText('5.00%', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('15.00%', { selector: 'strong' })).toBeTruthy();
    const table = screen.getByRole('table');
    expect(table.textContent).toMatch(/advanced.*5\.00% of 300.*5\.00% of 20/);
    expect(table.textContent).toMatch(/now.*5\.00% of 400.*15\.00% of 200/);
    expect(screen.getByRole('figure', { name: 'Error rate, treatment against control' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });

  it('lets ops pause a running plan with a reason', async () => {
    const { api } = renderWithApi(<ReleasePlanPanel flagKey="checkout_flow" canEdit />, {
      FlagReleasePlan: planned('RUNNING', 'CONTINUE'),
      PauseReleasePlan: {
        data: { pauseReleasePlan: { flagKey: 'checkout_flow', status: 'PAUSED', revision: 4 } },
      },
    });
    const button = (await screen.findByRole('button', { name: 'Pause' })) as HTMLButtonElement;
    expect(screen.getByRole('listitem', { current: 'step' }).textContent).toMatch(/^50%/);
    expect(button.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Why?'), { target: { value: 'freeze' } });
    fireEvent.click(button);
    await waitFor(() => expect(api.calls.some((c) => c.name === 'PauseReleasePlan')).toBe(true));
    expect(api.calls.find((c) => c.name === 'PauseReleasePlan')?.variables).toEqual({
      key: 'checkout_flow',
      reason: 'freeze',
    });
  });

  it('starts a plan from the editor on a flag without one', async () => {
    const { api } = renderWithApi(<ReleasePlanPanel flagKey="checkout_flow" canEdit />, {
      FlagReleasePlan: { data: { flag, releasePlan: null, releasePlanRevisions: [] } },
      CreateReleasePlan: { data: { createReleasePlan: { flagKey: 'checkout_flow', revision: 1 } } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Plan a guarded rollout' }));
    fireEvent.change(screen.getByLabelText('Steps (treatment %, in order)'), {
      target: { value: '10, 50, 100' },
    });
    fireEvent.change(screen.getByLabelText('Minimum minutes per step'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Why?'), { target: { value: 'new checkout' } });
    const start = screen.getByRole('button', { name: 'Start rollout' }) as HTMLButtonElement;
    expect(start.disabled).toBe(false);
    fireEvent.submit(start.closest('form') as HTMLFormElement);
    await waitFor(() => expect(api.calls.some((c) => c.name === 'CreateReleasePlan')).toBe(true));
    expect(api.calls.find((c) => c.name === 'CreateReleasePlan')?.variables).toEqual({
      key: 'checkout_flow',
      reason: 'new checkout',
      input: {
        treatment: 'new',
        control: 'old',
        steps: [10, 50, 100].map((percent) => ({ percent, minDurationSeconds: 1800, minSamples: 200 })),
        alpha: 0.05,
        p95Tolerance: null,
      },
    });
  });

  it('renders nothing for support on a flag without a plan', async () => {
    const { api, container } = renderWithApi(<ReleasePlanPanel flagKey="plain" canEdit={false} />, {
      FlagReleasePlan: { data: { flag, releasePlan: null, releasePlanRevisions: [] } },
    });
    await waitFor(() => expect(api.calls.map((c) => c.name)).toContain('FlagReleasePlan'));
    expect(container.querySelector('.plan-panel')).toBeNull();
  });
});
