// The pool Kysely draws from: a connection whose query hit its deadline is discarded, never handed out again.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** pg's message when query_timeout fires; the statement may still be running on the server. */
const TIMED_OUT = 'Query read timeout';

/**
 * After a client-side timeout the server may still run (or, when resumed, start) what was sent: a BEGIN
 * that timed out would leave the pooled session inside a transaction nobody commits, and later queries
 * would queue behind the hung one. Destroying the connection ends that session on the server instead.
 */
export function deadlinePool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      let timedOut = false;
      const send = client.query.bind(client) as (text: unknown, values?: unknown[]) => unknown;
      const query = ((text: unknown, values?: unknown[]) => {
        const result = send(text, values);
        if (result instanceof Promise) {
          return result.catch((err: unknown) => {
            if (err instanceof Error && err.message === TIMED_OUT) timedOut = true;
            throw err;
          });
        }
        return result;
      }) as PostgresPoolClient['query'];
      return { query, release: () => client.release(timedOut) };
    },
    end: () => pool.end(),
  };
}
