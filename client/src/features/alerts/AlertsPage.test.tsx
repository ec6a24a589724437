// The Alerts page's parts: loading, error and empty states; firing alerts with their figures, merged with
// what the subscription says (a resolved one leaves the list); the rules table.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { ActiveAlerts } from './ActiveAlerts';
import { AlertHistory } from './AlertHistory';
import { AlertRuleList } from './AlertRuleList';
import type { AlertItem } from './alert-fields';

const alert = (extra: Partial<AlertItem> = {}): AlertItem => ({
  id: 'a1',
  rule: 'server_error_rate',
  state: 'FIRING',
  severity: 'CRITICAL',
  kind: 'ERROR_RATE_5XX',
  service: 'augur',
  operation: 'executeModule',
  tenantId: null,
  comparison: 'ABOVE',
  value: 0.125,
  threshold: 0.05,
  windowSeconds: 300,
  samples: 80,
  sampleRequestIds: ['req-1', 'req-2'],
  context: {},
  pendingSince: '2030-01-01T10:00:00.000Z',
  firedAt: '2030-01-01T10:05:00.000Z',
  resolvedAt: null,
  deliveries: [
    {
      id: 'd1',
      event: 'FIRING',
      url: 'https://hooks.example.test/augur',
      state: 'PENDING',
      nextAttemptAt: '2030-01-01T10:05:10.000Z',
      attempts: [
        { attempt: 1, ok: false, statusCode: 500, error: 'HTTP 500', at: '2030-01-01T10:05:00.000Z' },
      ],
    },
  ],
  ...extra,
});

describe('ActiveAlerts', () => {
  it('says it is loading, then that nothing fires', async () => {
    const { unmount } = renderWithApi(<ActiveAlerts />, { ActiveAlerts: 'pending' });
    expect(screen.getByText('Loading the active alerts…')).toBeTruthy();
    unmount();
    renderWithApi(<ActiveAlerts />, { ActiveAlerts: { data: { activeAlerts: [] } } });
    expect(await screen.findByText('No alert is firing.')).toBeTruthy();
  });

  it('shows a failure with a retry', async () => {
    renderWithApi(<ActiveAlerts />, { ActiveAlerts: { networkError: { status: 502 } } });
    const notice = await screen.findByRole('alert');
    expect(within(notice).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('shows a firing alert with its figures, sample requests and deliveries', async () => {
    renderWithApi(<ActiveAlerts />, { ActiveAlerts: { data: { activeAlerts: [alert()] } } });
    const list = await screen.findByRole('list', { name: 'Firing alerts' });
    const item = within(list).getByText('server_error_rate').closest('li') as HTMLElement;
    expect(item.textContent).toContain('12.5% above 5.0% on executeModule over 300 s (80 samples)');
    expect(item.textContent).toContain('req-1, req-2');
    expect(item.textContent).toContain('Webhook deliveries (1)');
    expect(item.textContent).toContain('(HTTP 500) HTTP 500');
  });

  it('drops an alert the subscription says resolved', async () => {
    renderWithApi(<ActiveAlerts />, {
      ActiveAlerts: { data: { activeAlerts: [alert()] } },
      AlertsLive: { data: { alerts: alert({ state: 'RESOLVED', resolvedAt: '2030-01-01T10:20:00.000Z' }) } },
    });
    expect(await screen.findByText('No alert is firing.')).toBeTruthy();
  });
});

describe('AlertHistory and AlertRuleList', () => {
  it('says when nothing has fired yet', async () => {
    renderWithApi(<AlertHistory refreshKey={0} />, {
      AlertHistory: { data: { alerts: { items: [], nextCursor: null } } },
    });
    expect(await screen.findByText('No alert has fired yet.')).toBeTruthy();
  });

  it('lists the rules with what they watch and when they fire', async () => {
    const rule = {
      key: 'p95_evaluate_flags',
      revision: 1,
      description: '',
      kpi: 'P95_LATENCY_MS',
      operation: 'evaluateFlags',
      tenantId: null,
      comparison: 'ABOVE',
      threshold: 500,
      windowSeconds: 300,
      minSamples: 50,
      forSeconds: 600,
      severity: 'WARNING',
      webhookUrl: null,
      hasWebhookSecret: false,
      enabled: true,
    };
    renderWithApi(<AlertRuleList selected={null} onSelect={() => undefined} refreshKey={0} />, {
      AlertRules: { data: { alertRules: [rule] } },
    });
    const row = (await screen.findByRole('button', { name: 'p95_evaluate_flags' })).closest(
      'tr',
    ) as HTMLElement;
    expect(row.textContent).toContain('p95 latency (ms) on evaluateFlags');
    expect(row.textContent).toContain('> 500 over 300 s for 600 s');
    expect(row.textContent).toContain('Warning');
  });
});
