// How the web client's graphql-ws socket comes back: which closes to retry and a jittered exponential wait.

/** The server refused or ended the credential: the session signs out instead of retrying. */
export const CLOSE_FORBIDDEN = 4403;
/** Too many sockets for this account; graphql-ws gives up on it, so the subscription retries by itself. */
export const CLOSE_TOO_MANY_SOCKETS = 4429;
/** The server dropped a socket that fell behind; reconnecting with sinceRevision recovers what it missed. */
export const CLOSE_SLOW_CONSUMER = 4413;

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 500, maxMs: 30_000 };

/**
 * "Full jitter": uniform in [0, min(max, base * 2^retries)], so thousands of clients dropped at once (a deploy,
 * a lost instance) come back spread out instead of in one wave.
 */
export function backoffDelay(
  retries: number,
  backoff: Backoff = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(retries, 30));
  return Math.floor(random() * ceiling);
}

export function closeCode(event: unknown): number | undefined {
  const code = (event as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/**
 * Retry every close and every connection error (a browser reports a refused connection as an error event
 * before the close) except a refused credential.
 */
export function shouldRetry(errorOrClose: unknown): boolean {
  return closeCode(errorOrClose) !== CLOSE_FORBIDDEN;
}

/** graphql-ws client options for reconnecting without end. */
export function retryOptions(backoff: Backoff = DEFAULT_BACKOFF) {
  return {
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry,
    retryWait: (retries: number) =>
      new Promise<void>((resolve) => setTimeout(resolve, backoffDelay(retries, backoff))),
  };
}

/** Copies `configRevision` from a subscription result into its `sinceRevision` variable, when it declares one. */
export function rememberRevision(
  payload: { query: string; variables: Record<string, unknown> },
  data: unknown,
): void {
  if (!/\$sinceRevision\b/.test(payload.query) || !data || typeof data !== 'object') return;
  for (const field of Object.values(data)) {
    const revision = (field as { configRevision?: unknown } | null)?.configRevision;
    if (typeof revision === 'number') payload.variables.sinceRevision = revision;
  }
}
