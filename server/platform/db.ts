// Opens Augur's database: embedded PGlite (persisted in the data dir) by default, PostgreSQL when configured.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { DB_TIMEOUT_DEFAULTS, type DbTimeouts, poolTimeouts } from './db-timeouts.js';
import type { Database } from './db-types.js';
import { deadlinePool } from './deadline-pool.js';
import type { Logger } from './logger.js';
import { readTemplate } from './pglite-template.js';
import { watchPool } from './pool-watch.js';
import { urlPassword } from './scrub.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The pg pool when on PostgreSQL (shared stores such as the rate limiter use it). */
  pool: pg.Pool | undefined;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder for the embedded database; omitted means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data-dir dump to start from (tests start from a migrated template). */
  template?: Blob | undefined;
  /** Deadlines on PostgreSQL calls; the defaults when omitted (PGlite runs in-process and has none). */
  timeouts?: DbTimeouts | undefined;
  /** Where connection losses are reported (once per outage); silent when omitted. */
  logger?: Pick<Logger, 'warn' | 'info'> | undefined;
}

// Counts and ids fit in a double; strings for int8 would leak into every caller.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      // Names Augur's sessions in pg_stat_activity unless the URL or PGAPPNAME names them.
      fallback_application_name: 'augur',
      ...poolTimeouts(options.timeouts ?? DB_TIMEOUT_DEFAULTS),
    });
    watchPool(pool, options.logger, urlPassword(options.databaseUrl));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: deadlinePool(pool) }) });
    return { db, kind: 'postgres', pool, close: () => db.destroy() };
  }
  const pglite = await openPGlite(options);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', pool: undefined, close: () => db.destroy() };
}

export async function openPGlite(options: Pick<DatabaseOptions, 'dataDir' | 'template'>): Promise<PGlite> {
  let dataDir: string | undefined;
  let template = options.template;
  if (options.dataDir) {
    dataDir = path.join(options.dataDir, 'pgdata');
    await mkdir(options.dataDir, { recursive: true });
    // A new data dir starts from the prepared initdb template when there is one.
    if (!template && !existsSync(path.join(dataDir, 'PG_VERSION'))) template = await readTemplate();
  }
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(template ? { loadDataDir: template } : {}),
    parsers: { [pgliteTypes.INT8]: (v: string) => Number(v) },
  });
  await pglite.waitReady;
  return pglite;
}
