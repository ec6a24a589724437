// Deadlines on every PostgreSQL call (AUGUR_DB_*_TIMEOUT_MS): a database that is down or hung gives an error, not a wait.
import type pg from 'pg';

export interface DbTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /** Client-side deadline on each query, however the server behaves (a hung server never answers). */
  queryMs: number;
  /** Server-side statement_timeout: a statement its client gave up on stops by itself. */
  statementMs: number;
  /** An unused pooled connection is closed after this long. */
  idleMs: number;
}

// 1.5 s, so a call that meets a down or hung database answers UNAVAILABLE within 2 s.
export const DB_TIMEOUT_DEFAULTS: DbTimeouts = {
  connectMs: 1500,
  queryMs: 1500,
  statementMs: 5000,
  idleMs: 30_000,
};

/** pg.Pool options for `timeouts`; 0 turns a deadline off. */
export function poolTimeouts(timeouts: DbTimeouts): pg.PoolConfig {
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    idleTimeoutMillis: timeouts.idleMs,
    ...(timeouts.queryMs > 0 ? { query_timeout: timeouts.queryMs } : {}),
    ...(timeouts.statementMs > 0 ? { statement_timeout: timeouts.statementMs } : {}),
    // A peer that vanished without closing (a failover, a dropped route) is noticed by the kernel.
    keepAlive: true,
  };
}
