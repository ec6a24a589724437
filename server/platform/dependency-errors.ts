// Whether an error means a dependency (PostgreSQL, Redis) is down, hung or refusing work: such failures
// become UNAVAILABLE (503, Retry-After) instead of INTERNAL.

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);

// SQLSTATE: connection exceptions (08…), shutdown/cannot connect (57P01-57P03), a statement cancelled by its
// timeout (57014), too many connections (53300).
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '53300']);

// node-postgres and ioredis say so only in their messages.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /not queryable/,
  /^Client was closed and is not queryable/,
  /Cannot use a pool after calling end/,
  /Connection is closed\.?$/,
  /Stream isn't writeable/,
  /Reached the max retries per request limit/,
];

export function isDependencyDown(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) return true;
    }
    if (e.name === 'MaxRetriesPerRequestError') return true;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message))) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying when a dependency is down. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
