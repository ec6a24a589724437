// `npm run import:unleash -- FILE [--dry-run] [--key-prefix p_]`: imports an Unleash client state into the database.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { PgConfigTransactions } from '../app/config-transactions.js';
import { PgFlagStore } from '../flags/flag-store.js';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db.js';
import { createLogger } from '../platform/logger.js';
import { migrateToLatest } from '../platform/migrations.js';
import { EntityWriter } from '../revisions/entity-writer.js';
import { PgSegmentStore } from '../segments/segment-store.js';
import { UnleashImportService } from './unleash-import-service.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, 'key-prefix': { type: 'string' } },
});

function fail(message: string): never {
  console.error(`augur: ${message}`);
  process.exit(2);
}

const file = positionals[0] ?? fail('usage: npm run import:unleash -- FILE [--dry-run] [--key-prefix p_]');
let state: unknown;
try {
  state = JSON.parse(await readFile(file, 'utf8'));
} catch (error) {
  fail(`cannot read ${file} as JSON: ${(error as Error).message}`);
}

const config = loadConfig();
const logger = createLogger(config.logLevel);
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(handle.db);
  // Running servers learn of the change at their next refresh (a restart, or any later change they hear of).
  const writer = new EntityWriter({
    transactions: new PgConfigTransactions(handle.db),
    events: { publish: () => {} },
    afterCommit: async () => {},
    logger,
  });
  const service = new UnleashImportService(writer, new PgFlagStore(handle.db), new PgSegmentStore(handle.db));
  const report = await service.import(
    state,
    { dryRun: values['dry-run'] ?? false, keyPrefix: values['key-prefix'] },
    { actor: 'cli:import-unleash', reason: `Unleash import of ${file}`, requestId: `cli-${process.pid}` },
  );
  console.log(JSON.stringify(report, null, 2));
} catch (error) {
  fail((error as Error).message);
} finally {
  await handle.close();
}
