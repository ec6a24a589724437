// The flag page's propagation note: "reached N of M" once complete, polling while not, and the per-instance table.
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { FIRST_WAIT_MS, MAX_POLLS, PropagationNote, pollDelay } from './PropagationNote';

const instance = (name: string, self: boolean, reached: number, open: number) => ({
  instance: name,
  self,
  clients: open,
  onLatest: reached,
  shareOnLatest: open ? reached / open : null,
  open,
  reached,
  slowestMs: 12.4,
});

const answer = (reached: number, open: number, instances = [instance('a', true, reached, open)]) => ({
  data: {
    flagPropagation: {
      revision: 41,
      committedAt: '2026-12-07T01:00:00.000Z',
      open,
      reached,
      applied: 0,
      lost: 0,
      p50Ms: 3.25,
      p99Ms: 12.4,
      slowestMs: 12.4,
      complete: reached >= open,
      instances,
    },
  },
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PropagationNote', () => {
  it('says how many open clients the change reached and how fast', async () => {
    renderWithApi(<PropagationNote flagKey="tarot_enabled" revision={3} />, {
      FlagPropagation: answer(5, 5),
    });
    await act(async () => undefined);
    expect(screen.getByRole('status').textContent).toMatch(
      /Reached 5 of 5 open clients in 12 ms · p50 3\.3 ms/,
    );
  });

  it('re-reads with a growing wait while some client has not read the change, and stops once all have', async () => {
    let reads = 0;
    const reading = () => (++reads < 3 ? answer(reads, 3) : answer(3, 3));
    const { api } = renderWithApi(<PropagationNote flagKey="tarot_enabled" revision={3} />, {
      FlagPropagation: reading,
    });
    await act(async () => undefined);
    expect(screen.getByRole('status').textContent).toMatch(/Reached 1 of 3 open clients so far/);
    await act(async () => vi.advanceTimersByTime(FIRST_WAIT_MS));
    expect(screen.getByRole('status').textContent).toMatch(/Reached 2 of 3/);
    await act(async () => vi.advanceTimersByTime(pollDelay(1)));
    expect(screen.getByRole('status').textContent).toMatch(/Reached 3 of 3 open clients in 12 ms/);
    const calls = api.calls.filter((c) => c.name === 'FlagPropagation').length;
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(api.calls.filter((c) => c.name === 'FlagPropagation').length).toBe(calls);
  });

  it('gives up refreshing after its last poll, and lists instances when there are several', async () => {
    const { api } = renderWithApi(<PropagationNote flagKey="tarot_enabled" revision={3} />, {
      FlagPropagation: answer(1, 3, [instance('a', true, 1, 1), instance('b', false, 0, 2)]),
    });
    await act(async () => undefined);
    for (let i = 0; i <= MAX_POLLS; i++) await act(async () => vi.advanceTimersByTime(pollDelay(i)));
    expect(api.calls.filter((c) => c.name === 'FlagPropagation').length).toBe(MAX_POLLS + 1);
    expect(screen.getByRole('status').textContent).toMatch(/no longer refreshing/);
    expect(screen.getByRole('table', { name: /per instance/ })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'a (this one)' })).toBeTruthy();
  });

  it('says so when the change reached no open client, and shows nothing for an unknown flag', async () => {
    const { unmount } = renderWithApi(<PropagationNote flagKey="x" revision={1} />, {
      FlagPropagation: answer(0, 0),
    });
    await act(async () => undefined);
    expect(screen.getByRole('status').textContent).toMatch(/no open client's flags changed/);
    unmount();
    renderWithApi(<PropagationNote flagKey="x" revision={1} />, {
      FlagPropagation: { data: { flagPropagation: null } },
    });
    await act(async () => undefined);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
