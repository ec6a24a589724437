// The web client's reconnect policy: jittered exponential waits, which closes retry, sinceRevision kept current.
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  CLOSE_FORBIDDEN,
  CLOSE_SLOW_CONSUMER,
  rememberRevision,
  retryOptions,
  shouldRetry,
} from './socket-retry';

describe('backoffDelay', () => {
  const backoff = { baseMs: 500, maxMs: 30_000 };

  it('grows exponentially up to the cap, drawn uniformly below it', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, backoff, () => 0.999))).toEqual([499, 999, 1998, 3996]);
    expect(backoffDelay(20, backoff, () => 0.999)).toBe(29_970);
    expect(backoffDelay(3, backoff, () => 0)).toBe(0);
    expect(backoffDelay(1000, backoff, () => 0.5)).toBe(15_000);
  });

  it('spreads a thousand clients over the whole window instead of one instant', () => {
    const delays = Array.from({ length: 1000 }, () => backoffDelay(2, backoff));
    const buckets = new Set(delays.map((d) => Math.floor(d / 200)));
    expect(Math.max(...delays)).toBeLessThan(2000);
    expect(buckets.size).toBe(10);
  });
});

describe('shouldRetry', () => {
  it('retries a slow-consumer close, an abnormal close and a connection error, not a refused credential', () => {
    expect(shouldRetry({ code: CLOSE_SLOW_CONSUMER, reason: 'Slow consumer' })).toBe(true);
    expect(shouldRetry({ code: 1006, reason: '' })).toBe(true);
    expect(shouldRetry(new Event('error'))).toBe(true);
    expect(shouldRetry({ code: CLOSE_FORBIDDEN, reason: 'Forbidden' })).toBe(false);
    expect(retryOptions().retryAttempts).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('rememberRevision', () => {
  it('keeps sinceRevision at the last configRevision seen, for documents that declare it', () => {
    const payload = {
      query:
        'subscription ($sinceRevision: Int) { myFlagUpdates(sinceRevision: $sinceRevision) { configRevision } }',
      variables: {} as Record<string, unknown>,
    };
    rememberRevision(payload, { myFlagUpdates: { configRevision: 7 } });
    rememberRevision(payload, null);
    expect(payload.variables.sinceRevision).toBe(7);
    const other = { query: 'subscription { myFlagUpdates { configRevision } }', variables: {} };
    rememberRevision(other, { myFlagUpdates: { configRevision: 7 } });
    expect(other.variables).toEqual({});
  });
});
