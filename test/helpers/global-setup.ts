// Once per test run: migrate a database template (PGlite dump, or the PostgreSQL in TEST_DATABASE_URL).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { TestProject } from 'vitest/node';
import { openDatabase, openPGlite } from '../../server/platform/db.js';
import { migrateToLatest } from '../../server/platform/migrations.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (databaseUrl) {
    const handle = await openDatabase({ databaseUrl });
    await migrateToLatest(handle.db);
    await handle.close();
    project.provide('pgliteTemplate', '');
    return async () => undefined;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'augur-template-'));
  const pglite = await openPGlite({});
  const db = new Kysely({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db);
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await db.destroy();
  project.provide('pgliteTemplate', file);
  return () => rm(dir, { recursive: true, force: true });
}
