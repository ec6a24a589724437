// Each kind of failure has its own message: network, server error, forbidden, rate-limited and unavailable.
import { fireEvent, render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { ErrorNotice } from './ErrorNotice';

const coded = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code, requestId: 'req-7', ...extra } }] });

const http = (status: number, headers: Record<string, string> = {}) =>
  new CombinedError({
    networkError: new Error(`HTTP ${status}`),
    response: new Response(null, { status, headers }),
  });

function show(error: CombinedError, onRetry?: () => void) {
  render(<ErrorNotice title="Could not load the flags" error={error} onRetry={onRetry} />);
  const alert = screen.getByRole('alert');
  return { alert, kind: alert.getAttribute('data-error-kind'), text: alert.textContent ?? '' };
}

describe('ErrorNotice', () => {
  it('says the server could not be reached when there was no answer', () => {
    const { kind, text } = show(new CombinedError({ networkError: new TypeError('Failed to fetch') }));
    expect(kind).toBe('network');
    expect(text).toContain('Could not reach the Augur server');
    expect(text).not.toContain('Request ID');
  });

  it('calls an HTTP 502 a server error, not a connection problem, with the request id and a retry', () => {
    const onRetry = vi.fn();
    const { kind, text } = show(http(502, { 'x-request-id': 'req-502' }), onRetry);
    expect(kind).toBe('server');
    expect(text).toContain('The Augur server ran into a problem');
    expect(text).not.toContain('Could not reach');
    expect(text).toMatch(/HTTP status\s*502/);
    expect(text).toContain('req-502');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('calls a masked INTERNAL error a server error and hides the bare "Internal error"', () => {
    const { kind, text } = show(coded('INTERNAL', 'Internal error'));
    expect(kind).toBe('server');
    expect(text).toContain('give support the request id');
    expect(text).not.toContain('Internal error');
    expect(text).toContain('req-7');
    expect(screen.getByRole('button', { name: 'Copy the request ID' })).toBeTruthy();
  });

  it('says the account may not do this when FORBIDDEN', () => {
    const { kind, text } = show(coded('FORBIDDEN', 'Requires the ops role'));
    expect(kind).toBe('forbidden');
    expect(text).toContain('Your account is not allowed to do this.');
    expect(text).toContain('Requires the ops role');
  });

  it('gives the wait when RATE_LIMITED, from the extension or the Retry-After header', () => {
    const { kind, text } = show(
      coded('RATE_LIMITED', 'Too many sign-in attempts', { retryAfterSeconds: 90 }),
    );
    expect(kind).toBe('rate-limited');
    expect(text).toContain('Too many requests');
    expect(text).toContain('You can try again in 2 minutes.');
  });

  it('reads the wait of a bare HTTP 429 from Retry-After', () => {
    const { kind, text } = show(http(429, { 'retry-after': '45' }));
    expect(kind).toBe('rate-limited');
    expect(text).toContain('You can try again in 45 seconds.');
  });

  it('says a dependency is down when UNAVAILABLE, that nothing changed, and when to try again', () => {
    const { kind, text } = show(
      coded('UNAVAILABLE', 'The database is unavailable', { retryAfterSeconds: 5 }),
    );
    expect(kind).toBe('unavailable');
    expect(text).toContain('a service it depends on is down');
    expect(text).toContain('Nothing was changed.');
    expect(text).toContain('You can try again in 5 seconds.');
  });

  it('treats a bare HTTP 503 as unavailable, not as a server fault', () => {
    const { kind, text } = show(http(503, { 'retry-after': '3' }));
    expect(kind).toBe('unavailable');
    expect(text).toContain('You can try again in 3 seconds.');
  });

  it('shows the server message as it is for any other refusal', () => {
    const { kind, text } = show(coded('CONFLICT', 'Flag tarot_enabled changed since revision 3'));
    expect(kind).toBe('refused');
    expect(text).toContain('Flag tarot_enabled changed since revision 3');
    expect(text).toContain('CONFLICT');
  });
});
