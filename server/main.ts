// Starts Augur: read the configuration, build the app, listen, and stop cleanly on SIGTERM/SIGINT.
import { createApp } from './app/app.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { createLogger } from './platform/logger.js';
import { safeError, urlPassword } from './platform/scrub.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`augur: invalid configuration: ${error.message}\n`);
  process.exit(78);
}

const logger = createLogger(config.logLevel);
const secrets = [...urlPassword(config.databaseUrl), ...urlPassword(config.redisUrl)];
// Node's own crash dump prints an error's every field (pg's include the connection parameters):
// a crash is one scrubbed log line and exit code 1 instead.
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  process.exit(1);
});
let app: Awaited<ReturnType<typeof createApp>>;
let url: string;
try {
  app = await createApp({ config, logger });
  url = await app.listen();
} catch (error) {
  process.stderr.write(`augur: cannot start: ${startFailure(error, config.port)}\n`);
  process.exit(1);
}
logger.info({ url, database: app.database.kind, demo: config.demo }, `Augur is serving ${url}`);
const metricsUrl = app.metricsUrl();
if (metricsUrl) logger.info({ metricsUrl }, `Prometheus metrics at ${metricsUrl}/metrics`);

function startFailure(error: unknown, port: number): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use (set PORT to another one)`;
  if (code === 'EADDRNOTAVAIL') return 'HOST is not an address of this machine';
  // Connection strings may carry passwords: never print one back.
  return safeError(error, secrets).message;
}

// A stray rejection (a dependency dropping a promise while Redis or the database is away) is logged;
// it must not take every open connection down with the process.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

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
