// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { loadConfig } from './config.js';
import { openDatabase } from './db.js';
import { migrateToLatest } from './migrations.js';

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await migrateToLatest(handle.db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} finally {
  await handle.close();
}
