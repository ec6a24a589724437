// The server under bench:soak: Augur from the environment, printing its URL and then its memory after a
// full GC every SOAK_SAMPLE_MS, as JSON lines on stdout (run with --expose-gc).
import { createApp } from '../server/app/app.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';

const config = loadConfig();
const app = await createApp({ config, logger: createLogger(config.logLevel) });
const url = await app.listen();
const out = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
out({ url });

const gc = (globalThis as { gc?: () => void }).gc;
const sample = () => {
  gc?.();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  out({ memory: { at: Date.now(), rss, heapUsed, external, arrayBuffers } });
};
sample();
setInterval(sample, Number(process.env.SOAK_SAMPLE_MS ?? 5000)).unref();

process.once('SIGTERM', () => {
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
