// Builds Augur: database, services, GraphQL over HTTP and WebSocket, OFREP, health routes and the web app on one server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { resolveJwtSecret } from '../auth/jwt-secret.js';
import type { LoginLimits } from '../auth/login-limiter.js';
import { seedDemo } from '../demo/demo-seed.js';
import { MODULE_GATES } from '../modules/module-catalog.js';
import { OfrepLimiter } from '../ofrep/ofrep-limiter.js';
import { createOfrepHandler, isOfrepPath } from '../ofrep/ofrep-routes.js';
import { StreamTickets } from '../ofrep/stream-token.js';
import { createBus } from '../platform/bus.js';
import { clientAddressResolver } from '../platform/client-address.js';
import type { Config } from '../platform/config.js';
import { type DatabaseHandle, openDatabase } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { migrateToLatest } from '../platform/migrations.js';
import type { AugurTopics } from './bus-topics.js';
import { contextPerRequest, createContextFactory } from './context.js';
import { LIMITS, type Limits } from './graphql-plugins.js';
import {
  answerClientError,
  assignRequestId,
  checkBodySize,
  isUnderGraphql,
  sendGraphqlError,
  sendJson,
  webAppHandler,
} from './http-routes.js';
import { AugurMetrics, type MetricPipelineStats } from './prometheus.js';
import { createMetricsRoute, METRICS_PATH } from './prometheus-route.js';
import { createRateGate } from './rate-limit-plugin.js';
import { createReadinessCheck } from './readiness.js';
import { createRequestLog } from './request-log.js';
import { useRequestLog } from './request-log-plugin.js';
import { buildSchema } from './schema.js';
import { createServices, type ServiceOverrides, type Services } from './services.js';
import { createConditionalGet } from './snapshot-conditional.js';
import { SnapshotTags } from './snapshot-etag.js';
import { createSnapshotPost } from './snapshot-post.js';
import { createConnectionLimits, type SocketStats } from './socket-limits.js';
import { attachGraphqlWebSocket } from './websocket.js';
import { CSRF_HEADER, createAugurYoga, GRAPHQL_PATH } from './yoga.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** An already open database (tests pass one); otherwise opened from the configuration. */
  database?: DatabaseHandle;
  loginLimits?: LoginLimits;
  /** GraphQL and body limits; the defaults suit production. */
  limits?: Partial<Limits>;
  /** Components that replace the built-in ones (tests: a fake overlay source, a scripted responder). */
  overrides?: ServiceOverrides;
  /** The metric pipeline's rollup lag and dropped events for /metrics (also settable later on `metrics`). */
  metricPipeline?: MetricPipelineStats;
}

export interface App {
  server: Server;
  services: Services;
  database: DatabaseHandle;
  /** The Prometheus registry and the figures it serves at /metrics (docs/prometheus.md). */
  metrics: AugurMetrics;
  /** The separate /metrics listener's base URL once listening (AUGUR_METRICS_LISTEN), else undefined. */
  metricsUrl(): string | undefined;
  /** What the socket limits refused or dropped, and how many sockets are open. */
  socketStats(): SocketStats & { open: number };
  /** Closes this instance's sockets of one principal (`principalKey(viewer)`); returns how many. */
  closeSocketsOf(principal: string, code: number, reason: string): number;
  /** Starts listening; resolves to the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: sockets told to reconnect elsewhere, in-flight requests finished, database closed. */
  close(): Promise<void>;
}

const REDIS_CONNECT_WAIT_MS = 3000;
const LISTEN_BACKLOG = 4096;

/** Resolves true once the client is ready, false when `ms` pass first. */
function readyWithin(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      resolve(false);
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    redis.once('ready', onReady);
  });
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, logger } = options;
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      timeouts: config.dbTimeouts,
      logger,
    }));
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');

  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  let redisDown = false;
  redis?.on('error', (err: Error) => {
    // ioredis retries by itself; one line per outage instead of one per retry.
    if (!redisDown) logger.error({ err: { message: err.message } }, 'redis unavailable');
    redisDown = true;
  });
  redis?.on('ready', () => {
    if (redisDown) logger.info('redis available again');
    redisDown = false;
  });
  // Counters (sign-in limits, quotas) kept in memory while Redis connects would split from the shared ones.
  if (redis && !(await readyWithin(redis, REDIS_CONNECT_WAIT_MS))) {
    logger.warn(
      { waitedMs: REDIS_CONNECT_WAIT_MS },
      'redis not ready at start-up; serving without it until it is',
    );
  }
  const jwtSecret = await resolveJwtSecret(config.jwtSecret, config.dataDir);
  // Read at scrape time: the services and sockets they name are built below.
  let scraped: { services: Services; socket: { wss: { clients: Set<unknown> } } } | undefined;
  const metrics = new AugurMetrics(
    {
      openSockets: () => scraped?.socket.wss.clients.size ?? 0,
      subscriptions: () => scraped?.services.fanOut.size ?? 0,
      propagation: () => scraped?.services.propagation.tracker.gauge(),
      socketStats: () => connections.stats,
      rateLimited: () => scraped?.services.rateLimits.refused ?? new Map(),
      ready: async () => (await readiness()).ready,
    },
    MODULE_GATES,
  );
  metrics.pipeline = options.metricPipeline;
  const chatOverrides = options.overrides?.chat;
  const services = createServices({
    database,
    jwtSecret,
    redis,
    loginLimits: options.loginLimits,
    logger,
    forceOff: config.forceOff,
    bus: createBus<AugurTopics>({ redisUrl: config.redisUrl, logger }),
    moduleQuota: config.moduleQuota,
    accountView: { pollMs: config.accountPollMs, maxEntries: config.accountCacheSize },
    testFaults: config.testFaults,
    rollout: { checkMs: config.rolloutCheckMs },
    ...options.overrides,
    metrics: { ...config.metrics, ...options.overrides?.metrics },
    chat: {
      ...chatOverrides,
      onReply: (event) => {
        metrics.chatReplied(event.status, event.latencyMs);
        chatOverrides?.onReply?.(event);
      },
    },
  });
  if (config.demo) await seedDemo(services);
  await services.operator.resolve(services.tenants, config.operatorTenant);
  await services.snapshot.refresh(true);
  await services.tenantOverlays.load();
  await services.guardOverlay.reload();
  services.guards.start();
  await services.rollouts.reload();
  services.rollouts.start();
  // Picks up changes committed by other instances even when no bus message reaches this one (no Redis, or
  // a message lost while Redis was away); with Redis, changes usually arrive sooner by the bus.
  if (config.configPollMs > 0) services.snapshot.startPolling(config.configPollMs);
  await services.accounts.start();
  services.metrics.start();
  services.propagation.tracker.onReached = (seconds) => metrics.propagationReached(seconds);
  services.propagation.start();
  services.rollups.start();
  services.alerts.start();
  metrics.pipeline ??= {
    rollupLagSeconds: () => services.rollups.stats().lagSeconds ?? undefined,
    eventsDropped: () => services.metrics.stats().dropped,
  };

  services.evaluator.onChange(() => {
    // FanOut queued this change first (it registered earlier): idle() settles once it is sent.
    if (services.fanOut.size === 0) return;
    const started = performance.now();
    void services.fanOut.idle().then(() => metrics.fanOutDone((performance.now() - started) / 1000));
  });
  const requestLog = createRequestLog(logger, metrics, GRAPHQL_PATH);
  const createContext = createContextFactory({ auth: services.auth, services, logger });
  const limits: Limits = { ...LIMITS, ...options.limits };
  const clientAddressOf = clientAddressResolver(config.trustedProxies);
  const connections = createConnectionLimits(config.sockets);
  const contextOf = contextPerRequest(createContext, clientAddressOf);
  const tags = new SnapshotTags(services.evaluator, services.overlays, jwtSecret, buildSchema());
  const rateGate = createRateGate({
    limits: services.rateLimits,
    config: config.rateLimits,
    tenantKeyLimit: (tenantId) => services.tenantOverlays.rateLimitFor(tenantId),
    callerOf: (req) =>
      contextOf(req).then(
        (c) => ({ viewer: c.viewer, clientAddress: c.clientAddress }),
        () => ({ viewer: undefined, clientAddress: clientAddressOf(req) }),
      ),
  });
  const conditionalGet = createConditionalGet({ tags, contextOf, csrfHeader: CSRF_HEADER, rateGate });
  const yoga = createAugurYoga({
    createContext,
    contextOf,
    tags,
    production: config.production,
    logger,
    limits,
    clientAddressOf,
    connections,
    monitoringPlugins: [useRequestLog(requestLog), rateGate.plugin],
  });
  const metricsRoute = createMetricsRoute(metrics, config.metricsEndpoint, logger);
  let metricsUrl: string | undefined;
  const snapshotPost = createSnapshotPost(yoga);
  const readiness = createReadinessCheck(database.db, redis);
  // OFREP's budgets are shared like sign-in limits: Redis when set, else PostgreSQL, else this process.
  const ofrep = createOfrepHandler({
    auth: services.auth,
    evaluator: services.evaluator,
    realtime: services.realtime,
    limiter: new OfrepLimiter(
      redis
        ? { kind: 'redis', client: redis }
        : database.pool
          ? { kind: 'postgres', pool: database.pool }
          : { kind: 'memory' },
      config.ofrepRateLimit,
    ),
    tickets: new StreamTickets(jwtSecret),
    logger,
    served: (tenantId, results) => services.exposures.count(tenantId, results),
  });
  const webApp = webAppHandler();

  const server = createServer((req, res) => {
    const requestId = assignRequestId(req, res);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requestLog.track(req, res, requestId, path);
    if (path === METRICS_PATH) return metricsRoute.handle(req, res, requestId);
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      void readiness().then((r) => {
        services.recordReadiness(r.ready, r.ready ? undefined : r.reason);
        sendJson(
          res,
          r.ready ? 200 : 503,
          r.ready ? { status: 'ready' } : { status: 'unavailable', reason: r.reason },
        );
      });
      return;
    }
    if (path === GRAPHQL_PATH) {
      if (!checkBodySize(req, res, limits.maxBodyBytes, requestId)) return rateGate.countRefused(req);
      if (req.method === 'GET' && req.headers['if-none-match']) {
        const toYoga = () => void yoga(req, res, { req, res });
        void conditionalGet(req, res).then((answered) => answered || toYoga(), toYoga);
        return;
      }
      if (req.method === 'POST') {
        void snapshotPost(req, res);
        return;
      }
      void yoga(req, res, { req, res });
      return;
    }
    if (isOfrepPath(path)) {
      void ofrep(req, res, requestId);
      return;
    }
    if (isUnderGraphql(path, GRAPHQL_PATH)) return sendGraphqlError(res, 404, 'Not found', requestId);
    webApp(req, res);
  });
  server.on('clientError', answerClientError);
  const socket = attachGraphqlWebSocket({
    server,
    yoga,
    auth: services.auth,
    accounts: services.accounts,
    logger,
    clientAddressOf,
    connections,
  });
  scraped = { services, socket };

  let closing: Promise<void> | undefined;
  return {
    server,
    services,
    database,
    metrics,
    metricsUrl: () => metricsUrl,
    socketStats: () => ({ ...connections.stats, open: socket.wss.clients.size }),
    closeSocketsOf: (principal, code, reason) => socket.closePrincipal(principal, code, reason),
    listen: async () => {
      metricsUrl = await metricsRoute.listen();
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        // A reconnect storm (an instance lost, a deploy) opens thousands of sockets at once: a deep accept
        // queue holds them instead of refusing them (the kernel caps it at net.core.somaxconn).
        server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, () => {
          const { port } = server.address() as AddressInfo;
          const host = config.host.includes(':') ? `[${config.host}]` : config.host;
          resolve(`http://${host}:${port}`);
        });
      });
    },
    close: () => {
      closing ??= (async () => {
        services.snapshot.stop();
        services.accounts.stop();
        await services.guards.stop();
        await services.rollouts.stop();
        services.realtime.closeAll();
        await socket.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Requests still running after the grace period are cut; clients retry elsewhere.
          setTimeout(() => server.closeAllConnections(), 5000).unref();
        });
        await metricsRoute.close();
        await yoga.dispose();
        await services.alerts.stop();
        await services.propagation.stop();
        await services.rollups.stop();
        await services.metrics.stop();
        await services.bus.close();
        await redis?.quit().catch(() => undefined);
        await database.close();
      })();
      return closing;
    },
  };
}
