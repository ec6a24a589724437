// A flag's Metrics tab against a fake API: the stale marker and its evidence, the window's figures and
// breakdowns in words, exposures per variant over twelve slices, support's view, and a flag never exposed.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { FlagMetricsPanel } from './FlagMetricsPanel';
import { sliceVariables } from './flag-metrics-series';

const FROM = '2026-12-06T10:00:00.000Z';
const TO = '2026-12-07T10:00:00.000Z';

const staleness = (possiblyStale: boolean) => ({
  data: {
    flag: {
      key: 'tarot_enabled',
      rules: [{ id: 'r-premium', description: 'Premium users' }],
      staleness: {
        possiblyStale,
        reason: possiblyStale ? 'SINGLE_VARIANT' : null,
        evidence: possiblyStale
          ? 'Served "on" to 100% of 420 exposures in the last 14 days.'
          : 'Exposed 12 times in the last 14 days.',
        lastExposureAt: '2026-12-07T09:00:00.000Z',
        monitoredSince: '2026-11-01T00:00:00.000Z',
        servedValue: possiblyStale ? 'on' : null,
        exposuresLast14Days: possiblyStale ? 420 : 12,
      },
    },
  },
});

const metrics = (over: Record<string, unknown> = {}) => ({
  data: {
    flagMetrics: {
      key: 'tarot_enabled',
      from: FROM,
      to: TO,
      exposures: 10,
      byVariant: [
        { value: 'on', count: 7 },
        { value: 'off', count: 3 },
      ],
      byReason: [
        { value: 'TARGETING_MATCH', count: 7 },
        { value: 'DEFAULT', count: 3 },
      ],
      byRule: [
        { value: 'r-premium', count: 7 },
        { value: '', count: 3 },
      ],
      gatedRuns: 7,
      gatedErrors: 1,
      gatedErrorRate: 1 / 7,
      uniqueUsers: 4,
      ...over,
    },
  },
});

const slices = (variables: Record<string, unknown>) => ({
  data: Object.fromEntries(
    Array.from({ length: 12 }, (_, i) => [
      `s${i}`,
      {
        key: 'tarot_enabled',
        from: variables[`f${i}`],
        exposures: i === 11 ? 10 : 0,
        gatedRuns: i === 11 ? 7 : 0,
        gatedErrorRate: i === 11 ? 1 / 7 : null,
        byVariant:
          i === 11
            ? [
                { value: 'on', count: 7 },
                { value: 'off', count: 3 },
              ]
            : [],
      },
    ]),
  ),
});

function emptySlices(variables: Record<string, unknown>) {
  const answer = slices(variables);
  for (const slice of Object.values(answer.data))
    Object.assign(slice, { exposures: 0, byVariant: [], gatedRuns: 0, gatedErrorRate: null });
  return answer;
}

describe('FlagMetricsPanel', () => {
  it('shows ops the stale marker with its evidence, the figures, the breakdowns and exposures over time', async () => {
    const { api } = renderWithApi(<FlagMetricsPanel flagKey="tarot_enabled" canReadMetrics />, {
      FlagStaleness: staleness(true),
      FlagMetrics: metrics(),
      FlagExposureSlices: slices,
    });
    const stale = await screen.findByRole('region', { name: 'Staleness' });
    expect(within(stale).getByText('Possibly stale')).toBeTruthy();
    expect(within(stale).getByText('One value served to every exposure for 14 days.')).toBeTruthy();
    expect(within(stale).getByText('Served "on" to 100% of 420 exposures in the last 14 days.')).toBeTruthy();
    expect(within(stale).getByText('on')).toBeTruthy();

    await screen.findByRole('list', { name: 'Flag figures' });
    const figure = (label: string) =>
      document.querySelector(`[data-figure="${label}"] .kpi-value`)?.textContent;
    expect(figure('Exposures')).toBe('10');
    expect(figure('Unique users')).toBe('4');
    expect(figure('Gated error rate')).toBe('14.3%');
    const rows = (name: string) =>
      [...(document.querySelector(`[data-table="${name}"]`)?.querySelectorAll('tbody tr') ?? [])].map((r) =>
        [...r.children].map((c) => c.textContent),
      );
    expect(rows('variants')).toEqual([
      ['on', '7', '70.0%'],
      ['off', '3', '30.0%'],
    ]);
    expect(rows('reasons')[0]).toEqual(['Targeting match', '7', '70.0%']);
    expect(rows('rules')).toEqual([
      ['Rule 1: Premium users', '7', '70.0%'],
      ['No rule (targets, fallthrough or an earlier step)', '3', '30.0%'],
    ]);

    // Exposures per variant: twelve two-hour slices of the server's window, in one operation.
    const chart = await screen.findByRole('figure', { name: 'Exposures per variant' });
    const sliceCall = api.calls.find((c) => c.name === 'FlagExposureSlices');
    expect(sliceCall?.variables).toEqual(sliceVariables('tarot_enabled', FROM, TO));
    expect(sliceCall?.variables.f1).toBe('2026-12-06T12:00:00.000Z');
    expect(sliceCall?.variables.t11).toBe(TO);
    const last = within(chart).getAllByRole('row').at(-1);
    expect([...(last?.querySelectorAll('td') ?? [])].map((c) => c.textContent)).toEqual(['7', '3']);
    expect(screen.getByRole('figure', { name: 'Error rate of gated work' })).toBeTruthy();
  });

  it('gives support the stale marker without asking for the metrics', async () => {
    const { api } = renderWithApi(<FlagMetricsPanel flagKey="tarot_enabled" canReadMetrics={false} />, {
      FlagStaleness: staleness(false),
    });
    const stale = await screen.findByRole('region', { name: 'Staleness' });
    expect(within(stale).getByText('In use')).toBeTruthy();
    expect(within(stale).getByText('Exposed 12 times in the last 14 days.')).toBeTruthy();
    expect(screen.getByText('Exposure figures are shown to ops.')).toBeTruthy();
    expect(api.calls.map((c) => c.name)).toEqual(['FlagStaleness']);
  });

  it('says "No data yet" for a flag not exposed in the window, never NaN', async () => {
    renderWithApi(<FlagMetricsPanel flagKey="tarot_enabled" canReadMetrics />, {
      FlagStaleness: staleness(false),
      FlagMetrics: metrics({
        exposures: 0,
        byVariant: [],
        byReason: [],
        byRule: [],
        gatedRuns: 0,
        gatedErrors: 0,
        gatedErrorRate: null,
        uniqueUsers: 0,
      }),
      FlagExposureSlices: emptySlices,
    });
    await screen.findByText('No data yet: the flag was not exposed in this window.');
    await waitFor(() => expect(screen.getByText('No data yet in this window.')).toBeTruthy());
    expect(screen.getAllByText('No exposures in this window.')).toHaveLength(3);
    expect(document.querySelector('[data-figure="Gated error rate"] .kpi-value')?.textContent).toBe(
      'No data yet',
    );
    expect(screen.queryByRole('figure', { name: 'Error rate of gated work' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
