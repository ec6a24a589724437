// The chart's fallback: without a canvas (happy-dom) the figure keeps its title and description and shows its
// numbers in a table, one row per point, "no data" where a point has none; an empty window says so.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { formatCount, formatMs, formatRate } from './kpi-format';
import { TimeSeriesChart } from './TimeSeriesChart';

const times = ['2026-12-07T09:00:00.000Z', '2026-12-07T09:01:00.000Z', '2026-12-07T09:02:00.000Z'];

describe('TimeSeriesChart', () => {
  it('shows the data in a table with a column per series when there is no canvas', () => {
    const { container } = renderWithApi(
      <TimeSeriesChart
        name="latency"
        title="Request latency"
        description="p50 and p95 per minute."
        times={times}
        series={[
          { label: 'p50', values: [12, null, 3.5] },
          { label: 'p95', values: [40, null, 1500] },
        ]}
        format={formatMs}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Request latency' });
    expect(figure.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(figure.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'p50 and p95 per minute.',
    );
    // No canvas where none can be drawn; the table is open instead.
    expect(container.querySelector('canvas')).toBeNull();
    expect(container.querySelector('[role="img"]')).toBeNull();
    expect(container.querySelector('details')?.open).toBe(true);
    const table = within(figure).getByRole('table', { name: 'Request latency' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Time', 'p50', 'p95']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['12 ms', '40 ms'],
      ['no data', 'no data'],
      ['3.5 ms', '1.50 s'],
    ]);
    expect(table.querySelectorAll('time')[1]?.getAttribute('dateTime')).toBe(times[1]);
    // Each line's style is named, so the legend does not rest on colour.
    expect(within(figure).getByRole('list').textContent).toBe('p50 (solid line)p95 (dashed line)');
  });

  it('says "No data yet" instead of an empty chart or table', () => {
    const { container } = renderWithApi(
      <TimeSeriesChart
        name="errors"
        title="Error rates"
        description="Per minute."
        times={times}
        series={[{ label: '5xx', values: [null, null, null] }]}
        format={formatMs}
      />,
    );
    expect(screen.getByText('No data yet in this window.')).toBeTruthy();
    expect(container.querySelector('table')).toBeNull();
  });

  it('counts a 0 % rate as data, and a window of zero counts as none', () => {
    const rate = renderWithApi(
      <TimeSeriesChart
        name="errors"
        title="Error rates"
        description="Per minute."
        times={times}
        series={[{ label: '5xx', values: [null, 0, null] }]}
        format={formatRate}
      />,
    );
    expect(within(rate.container).getAllByRole('row')[2]?.textContent).toContain('0.0%');
    rate.unmount();
    renderWithApi(
      <TimeSeriesChart
        name="volume"
        title="Volume"
        description="Per minute."
        times={times}
        series={[{ label: 'Requests', values: [0, 0, 0] }]}
        format={formatCount}
        counts
      />,
    );
    expect(screen.getByText('No data yet in this window.')).toBeTruthy();
  });
});
