// Keeps pg's connection errors from ending the process: each pool and client error is handled, logged once per outage.
import type pg from 'pg';
import type { Logger } from './logger.js';
import { safeError } from './scrub.js';

/**
 * pg emits 'error' on an idle client (through the pool) and on a checked-out one (on the client) when the
 * server ends the connection: a terminated backend, a restart, idle_session_timeout. Without a listener
 * Node ends the process. The pool drops the broken client and opens a new one on the next query.
 */
export function watchPool(
  pool: pg.Pool,
  logger: Pick<Logger, 'warn' | 'info'> | undefined,
  secrets: string[],
) {
  let lost = false;
  const onError = (err: unknown) => {
    if (lost) return;
    lost = true;
    logger?.warn(
      { err: safeError(err, secrets) },
      'database connection lost; reconnecting on the next query',
    );
  };
  pool.on('error', onError);
  pool.on('connect', (client) => {
    client.on('error', onError);
    if (lost) logger?.info('database connection restored');
    lost = false;
  });
}
