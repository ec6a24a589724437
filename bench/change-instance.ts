// bench:change's second instance: a server process on the same PostgreSQL and Redis that reports, for every
// swap of its compiled set, when it happened and what the refresh cost it (over IPC to bench/change.ts).
import { randomBytes } from 'node:crypto';
import { createApp } from '../server/app/app.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';

const config = loadConfig({
  PORT: '0',
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  REDIS_URL: process.env.BENCH_REDIS_URL,
  AUGUR_DEMO: '0',
  AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
  // Changes reach this instance through Redis only, so the figures are the event path's.
  AUGUR_CONFIG_POLL_MS: '0',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'test',
});
const app = await createApp({ config, logger: createLogger(config.logLevel) });
const snapshot = app.services.snapshot;
snapshot.onSwap((_previous, next) => {
  const at = performance.timeOrigin + performance.now();
  // The refresh's own figures are set once its promise settles: read them on the next turn.
  setImmediate(() => process.send?.({ revision: next.revision, at, refresh: snapshot.lastRefresh }));
});
process.send?.({ ready: true, coldLoad: snapshot.lastRefresh });
process.on('message', async (message: { cold?: boolean; stop?: boolean }) => {
  if (message.cold) {
    await snapshot.refresh(true);
    process.send?.({ coldLoad: snapshot.lastRefresh });
  }
  if (message.stop) {
    await app.close();
    process.exit(0);
  }
});
