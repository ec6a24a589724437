// Starts Augur: read the configuration, build the app, listen, and stop cleanly on SIGTERM/SIGINT.
import { createApp } from './platform/app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`augur: invalid configuration: ${error.message}\n`);
  process.exit(78);
}

const logger = createLogger(config.logLevel);
const app = await createApp({ config, logger });
const url = await app.listen();
logger.info({ url, database: app.database.kind, demo: config.demo }, `Augur is serving ${url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
