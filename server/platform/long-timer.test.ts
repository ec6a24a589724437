// setLongTimeout: delays past setTimeout's range fire on time, not at once; clear stops them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS, setLongTimeout } from './long-timer.js';

const DAY = 24 * 3600 * 1000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('setLongTimeout', () => {
  it('fires a 30-day delay after 30 days, not after 1 ms', () => {
    const fn = vi.fn();
    setLongTimeout(fn, 30 * DAY);
    vi.advanceTimersByTime(1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MAX_TIMER_MS);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * DAY - MAX_TIMER_MS - 2);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('fires a short or past delay as setTimeout would', () => {
    const fn = vi.fn();
    setLongTimeout(fn, -5);
    setLongTimeout(fn, 10);
    vi.advanceTimersByTime(10);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('clear stops it, before and after a re-arm', () => {
    const fn = vi.fn();
    const early = setLongTimeout(fn, 60 * DAY);
    const late = setLongTimeout(fn, 60 * DAY);
    early.clear();
    vi.advanceTimersByTime(MAX_TIMER_MS + 1);
    late.clear();
    vi.advanceTimersByTime(60 * DAY);
    expect(fn).not.toHaveBeenCalled();
  });

  it('counts from the clock it is given', () => {
    let now = 0;
    const fn = vi.fn();
    setLongTimeout(fn, 40 * DAY, () => now);
    now = 39 * DAY;
    vi.advanceTimersByTime(MAX_TIMER_MS);
    // The clock says 39 days have passed: one more day to go.
    vi.advanceTimersByTime(DAY - 1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
