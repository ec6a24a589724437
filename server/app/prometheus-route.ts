// GET /metrics: on the main server with AUGUR_METRICS_TOKEN (bearer, else 401), and/or alone on its own
// address (AUGUR_METRICS_LISTEN); with neither, /metrics is a coded 404 so nothing leaks by default.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MetricsEndpointConfig } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { assignRequestId, sendGraphqlError } from './http-routes.js';
import type { AugurMetrics } from './prometheus.js';

export const METRICS_PATH = '/metrics';

const digest = (text: string) => createHash('sha256').update(text).digest();

export interface MetricsRoute {
  /** The main server's /metrics. */
  handle(req: IncomingMessage, res: ServerResponse, requestId: string): void;
  /** Starts the separate listener when configured; resolves to its base URL. */
  listen(): Promise<string | undefined>;
  close(): Promise<void>;
}

export function createMetricsRoute(
  metrics: AugurMetrics,
  config: MetricsEndpointConfig,
  logger: Logger,
): MetricsRoute {
  const expected = config.token === undefined ? undefined : digest(`Bearer ${config.token}`);
  // Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first wrong byte.
  const authorized = (req: IncomingMessage) =>
    expected === undefined || timingSafeEqual(digest(req.headers.authorization ?? ''), expected);
  const serve = (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendGraphqlError(res, 405, 'Use GET for /metrics', requestId);
    }
    if (!authorized(req)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendGraphqlError(res, 401, 'A valid metrics token is required', requestId);
    }
    metrics.scrape().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (err: unknown) => {
        logger.error({ err, requestId }, 'metrics scrape failed');
        sendGraphqlError(res, 500, 'Internal error', requestId);
      },
    );
  };
  let separate: Server | undefined;
  return {
    handle(req, res, requestId) {
      if (config.token === undefined) {
        return sendGraphqlError(res, 404, 'Not found: /metrics needs AUGUR_METRICS_TOKEN here', requestId);
      }
      serve(req, res, requestId);
    },
    listen() {
      const at = config.listen;
      if (!at) return Promise.resolve(undefined);
      separate = createServer((req, res) => {
        const requestId = assignRequestId(req, res);
        if ((req.url ?? '/').split('?')[0] !== METRICS_PATH) {
          return sendGraphqlError(res, 404, 'Not found', requestId);
        }
        serve(req, res, requestId);
      });
      const server = separate;
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: at.port, host: at.host }, () => {
          const { port } = server.address() as AddressInfo;
          const host = at.host.includes(':') ? `[${at.host}]` : at.host;
          resolve(`http://${host}:${port}`);
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!separate) return resolve();
        separate.close(() => resolve());
        separate.closeAllConnections();
      }),
  };
}
