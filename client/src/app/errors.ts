// The one place that reads Augur's error contract out of urql errors and says what went wrong, kind by kind.
import type { CombinedError } from 'urql';

/**
 * What kind of failure this is, as the person in front of the page needs to know it:
 * - `network`: no answer at all (offline, server down, connection cut);
 * - `server`: the server answered but failed (`INTERNAL`, or an HTTP 5xx without Augur's body);
 * - `forbidden`: the account may not do this;
 * - `rate-limited`: too many requests, with how long to wait;
 * - `unavailable`: a dependency of the server is down (`UNAVAILABLE` or HTTP 503), with how long to wait;
 * - `refused`: any other coded answer (invalid input, conflict, not found…): the server's own message says it.
 */
export type ErrorKind = 'network' | 'server' | 'forbidden' | 'rate-limited' | 'unavailable' | 'refused';

export interface ErrorDetails {
  kind: ErrorKind;
  /** The server's message, or a plain sentence when the server gave none. */
  message: string;
  /** Augur's error code, or undefined when the server gave none. */
  code: string | undefined;
  /** The HTTP status, when an answer came back with a failing one. */
  status: number | undefined;
  requestId: string | undefined;
  retryAfterSeconds: number | undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

const NETWORK_MESSAGE = 'Could not reach the Augur server. Check your connection and try again.';
const FORBIDDEN_CODES = new Set(['FORBIDDEN', 'CONVERSATION_FORBIDDEN']);

export function describeError(error: CombinedError): ErrorDetails {
  const first = error.graphQLErrors[0];
  const response = error.response as Response | undefined;
  const status = typeof response?.status === 'number' && response.status >= 400 ? response.status : undefined;
  const headerId = text(response?.headers?.get?.('x-request-id'));
  const headerWait = seconds(response?.headers?.get?.('retry-after'));
  if (first) {
    const { code, requestId, retryAfterSeconds } = first.extensions;
    const codeText = text(code);
    return {
      kind: kindOf(codeText, status),
      message: first.message,
      code: codeText,
      status,
      requestId: text(requestId) ?? headerId,
      retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : headerWait,
    };
  }
  const answered = response !== undefined && status !== undefined;
  return {
    kind: answered ? kindOf(undefined, status) : 'network',
    message: answered ? `The server answered HTTP ${status}.` : NETWORK_MESSAGE,
    code: undefined,
    status,
    requestId: headerId,
    retryAfterSeconds: headerWait,
  };
}

function kindOf(code: string | undefined, status: number | undefined): ErrorKind {
  if (code === 'UNAVAILABLE' || (!code && status === 503)) return 'unavailable';
  if (code === 'RATE_LIMITED' || (!code && status === 429)) return 'rate-limited';
  if (code && FORBIDDEN_CODES.has(code)) return 'forbidden';
  if (code === 'INTERNAL' || (!code && status !== undefined && status >= 500)) return 'server';
  if (!code && status === 403) return 'forbidden';
  return 'refused';
}

/** A Retry-After header in seconds (the server sends seconds, never a date). */
function seconds(value: string | null | undefined): number | undefined {
  const n = value ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? Math.ceil(n) : undefined;
}

/** The headline for each kind: what happened and what to do, in the words shown above the details. */
export function errorHeadline(details: ErrorDetails): string {
  switch (details.kind) {
    case 'network':
      return NETWORK_MESSAGE;
    case 'server':
      return 'The Augur server ran into a problem and could not finish this. Try again; if it keeps failing, give support the request id.';
    case 'forbidden':
      return 'Your account is not allowed to do this.';
    case 'rate-limited':
      return 'Too many requests in a short time.';
    case 'unavailable':
      return 'Augur is partly unavailable: a service it depends on is down, so this could not be done. Nothing was changed.';
    case 'refused':
      return details.message;
  }
}

/** The server's own words, when they add something to the headline (never for a masked internal error). */
export function errorDetailMessage(details: ErrorDetails): string | undefined {
  if (details.kind === 'refused' || details.kind === 'network' || details.kind === 'server') return undefined;
  return details.code ? details.message : undefined;
}

export function hasErrorCode(error: CombinedError, code: string): boolean {
  return error.graphQLErrors.some((e) => e.extensions.code === code);
}

/** "45 seconds", "3 minutes": how long to wait, rounded up. */
export function formatDelay(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export interface FieldIssue {
  /** Dotted path of the offending input, as the server names it: `fallthrough.rollout.weights.0.weight`. */
  path: string;
  message: string;
}

/** The field-level issues of a VALIDATION_FAILED answer (`extensions.fields`); empty for anything else. */
export function fieldIssues(error: CombinedError | null | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions.code !== 'VALIDATION_FAILED' || !Array.isArray(e.extensions.fields)) continue;
    for (const field of e.extensions.fields as unknown[]) {
      const { path, message } = (field ?? {}) as { path?: unknown; message?: unknown };
      if (typeof path === 'string' && typeof message === 'string') issues.push({ path, message });
    }
  }
  return issues;
}
