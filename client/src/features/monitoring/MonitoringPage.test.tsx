// The Monitoring page against a fake API: cards with their deltas against the previous window the server's
// window implies, the empty window, a failed load, charts and breakdowns, the live area, and the URL's window.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { sectionsFor } from '../console/ConsoleNav';
import { ConsoleSection } from '../console/ConsoleSection';
import { busyHour, H1_FROM, kpiFigures, series, windowKpis } from './kpi-fixtures';
import { MonitoringPage } from './MonitoringPage';

const allSeries = () => ({
  data: {
    requestP50: series('REQUEST_P50_LATENCY_MS', [10, 12]),
    requestP95: series('REQUEST_P95_LATENCY_MS', [30, 48]),
    replyP50: series('P50_LATENCY_MS', [null, 3]),
    replyP95: series('P95_LATENCY_MS', [null, 9]),
    errorRate4xx: series('ERROR_RATE_4XX', [0, 0.05]),
    errorRate5xx: series('ERROR_RATE_5XX', [0, 0.02]),
    requests: series('REQUESTS', [80, 120]),
    messages: series('MESSAGES', [0, 4]),
    outOfScopeRate: series('OUT_OF_SCOPE_RATE', [null, 0.25]),
    llmErrorRate: series('LLM_ERROR_RATE', [null, 0]),
  },
});

const card = (id: string) => {
  const element = document.querySelector(`[data-kpi="${id}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no card ${id}`);
  return within(element);
};

describe('MonitoringPage', () => {
  it('shows each KPI with its change against the previous hour, asked for by the server window', async () => {
    const { api } = renderWithApi(<MonitoringPage />, {
      MonitoringKpis: { data: { kpis: busyHour() } },
      MonitoringPreviousKpis: {
        data: {
          kpis: kpiFigures({ requests: 100, messagesTotal: 2, outOfScopeRate: 0, errorRate5xx: 0.03 }),
        },
      },
      MonitoringSeries: allSeries(),
      MonitoringLive: { data: { kpiUpdates: kpiFigures({ requests: 201, messagesTotal: 5 }) } },
      Tenants: { data: { tenants: [] } },
    });
    await screen.findByText('+100 (+100%) vs the previous hour');
    expect(card('requests').getByText('200')).toBeTruthy();
    expect(card('messages').getByText('+2 (+100%) vs the previous hour')).toBeTruthy();
    expect(card('outOfScope').getByText('25.0%')).toBeTruthy();
    expect(card('outOfScope').getByText('+25.0 pp vs the previous hour, worse')).toBeTruthy();
    expect(card('errorRate5xx').getByText('\u22121.0 pp vs the previous hour, better')).toBeTruthy();
    // The previous window had no latency samples: nothing to compare, not a made-up change.
    expect(card('requestP95').getByText('No data in the previous hour to compare')).toBeTruthy();
    expect(api.calls.find((c) => c.name === 'MonitoringPreviousKpis')?.variables).toEqual({
      from: '2026-12-07T08:00:00.000Z',
      to: H1_FROM,
      tenantId: null,
    });
    expect(api.calls.find((c) => c.name === 'MonitoringKpis')?.variables).toEqual({
      window: 'H1',
      tenantId: null,
    });

    // Charts (as tables here), breakdowns and the live area.
    const volume = screen.getByRole('figure', { name: 'Volume' });
    expect(within(volume).getAllByRole('row')[2]?.textContent).toContain('1204');
    const operations = document.querySelector('[data-table="operations"]') as HTMLElement;
    expect([...operations.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-operation'))).toEqual(
      ['sendMessage', 'myFlags'],
    );
    expect(document.querySelector('[data-module="tarot"]')?.textContent).toBe('TarotFree3125.0%');
    const live = screen.getByRole('region', { name: 'Live' });
    expect(within(live).getByText('201')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Firing now' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('says "No data yet" for an empty window, never NaN', async () => {
    renderWithApi(<MonitoringPage />, {
      MonitoringKpis: { data: { kpis: windowKpis() } },
      MonitoringPreviousKpis: { data: { kpis: kpiFigures() } },
      MonitoringSeries: {
        data: Object.fromEntries(
          Object.keys(allSeries().data).map((alias) => [alias, series('REQUESTS', [null, null])]),
        ),
      },
      MonitoringLive: 'pending',
      Tenants: { data: { tenants: [] } },
    });
    await screen.findByText(/No data yet: nothing was recorded in this window/);
    expect(card('availability').getByText('No data yet')).toBeTruthy();
    expect(card('replyP95').getByText('No data yet')).toBeTruthy();
    expect(card('messages').getByText('0')).toBeTruthy();
    expect(screen.getAllByText('No data yet in this window.')).toHaveLength(5);
    expect(screen.getByText('No requests in this window.')).toBeTruthy();
    expect(screen.getByText('No module runs in this window.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Live' })).getByText('Connecting…')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('shows a failed load with its code and a retry, and a failed comparison on the cards', async () => {
    renderWithApi(<MonitoringPage />, {
      MonitoringKpis: {
        error: { message: 'Too many monitoring requests', code: 'RATE_LIMITED', retryAfterSeconds: 5 },
      },
      Tenants: { data: { tenants: [] } },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the figures');
    expect(alert.textContent).toContain('RATE_LIMITED');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('says when the previous window could not be loaded, and keeps the current figures', async () => {
    renderWithApi(<MonitoringPage />, {
      MonitoringKpis: { data: { kpis: busyHour() } },
      MonitoringPreviousKpis: { error: { message: 'Internal error', code: 'INTERNAL', requestId: 'req-1' } },
      MonitoringSeries: 'pending',
      MonitoringLive: 'pending',
      Tenants: { data: { tenants: [] } },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Could not load the previous hour');
    expect(card('requests').getByText('200')).toBeTruthy();
    expect(card('requests').getByText('Could not load the previous hour to compare')).toBeTruthy();
    expect(screen.getByText('Loading the charts…')).toBeTruthy();
  });

  it('asks for the window chosen and keeps it in the URL', async () => {
    const { api } = renderWithApi(<MonitoringPage />, {
      MonitoringKpis: { data: { kpis: busyHour() } },
      MonitoringPreviousKpis: 'pending',
      MonitoringSeries: 'pending',
      MonitoringLive: 'pending',
      Tenants: { data: { tenants: [] } },
    });
    await screen.findAllByText('Comparing with the previous hour…');
    fireEvent.change(screen.getByLabelText('Window'), { target: { value: 'D7' } });
    await waitFor(() =>
      expect(api.calls.filter((c) => c.name === 'MonitoringKpis').map((c) => c.variables.window)).toContain(
        'D7',
      ),
    );
    expect(window.location.search).toBe('?window=D7');
    expect(api.calls.filter((c) => c.name === 'MonitoringSeries').map((c) => c.variables.window)).toContain(
      'D7',
    );
  });

  it('is an ops page: the nav offers it to ops alone, and other roles get the refusal without a request', () => {
    expect(sectionsFor('OPS').map((s) => s.href)).toContain('/console/monitoring');
    for (const role of ['SUPPORT', 'PLATFORM', 'TENANT_ADMIN'] as const) {
      expect(sectionsFor(role).map((s) => s.href)).not.toContain('/console/monitoring');
    }
    const { api } = renderWithApi(
      <ConsoleSection title="Monitoring" viewerRole="SUPPORT" allowed={['OPS']}>
        <MonitoringPage />
      </ConsoleSection>,
    );
    expect(screen.getByText('This part of the console is not available for your role.')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
