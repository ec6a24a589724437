// The one reader of process.env: parses and validates Augur's configuration at start.
import path from 'node:path';
import { z } from 'zod';
import { isTrustedProxyEntry } from './client-address.js';
import { DB_TIMEOUT_DEFAULTS, type DbTimeouts } from './db-timeouts.js';
import { KEY_PATTERN } from './key-pattern.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  dataDir: string;
  jwtSecret: string | undefined;
  forceOff: string[];
  demo: boolean;
  /** The operator tenant's slug when none exists yet (`demo` in demo mode); the existing one wins. */
  operatorTenant: string;
  /** Module runs per plan per UTC day. */
  moduleQuota: { free: number; premium: number };
  /** How often each instance checks the configuration revision in the database; 0 turns it off. */
  configPollMs: number;
  /** How often each instance tries to check the release plans (one instance at a time does). */
  rolloutCheckMs: number;
  /** How often each instance reads the account change log (revocations made elsewhere reach it by then). */
  accountPollMs: number;
  /** Accounts and API keys held in memory for authorisation (least recently used go first). */
  accountCacheSize: number;
  /** AUGUR_TRUSTED_PROXIES: CIDRs whose X-Forwarded-For names the client; empty ignores the header. */
  trustedProxies: string[];
  /** Deadlines on PostgreSQL calls (AUGUR_DB_*_TIMEOUT_MS). */
  dbTimeouts: DbTimeouts;
  /** WebSocket and SSE limits (docs/realtime.md, "Limits"). */
  sockets: SocketLimits;
  /** AUGUR_OFREP_RATE_LIMIT: OFREP requests allowed per credential (API key or account) per window. */
  ofrepRateLimit: { points: number; seconds: number };
  /** The metric pipeline (docs/monitoring.md, "Configuration"). */
  metrics: MetricsConfig;
  /** AUGUR_RATE_LIMIT_*: requests per minute on every GraphQL operation (docs/rate-limits.md). */
  rateLimits: RateLimitConfig;
  /** AUGUR_METRICS_TOKEN / AUGUR_METRICS_LISTEN: who may read /metrics, and where (docs/prometheus.md). */
  metricsEndpoint: MetricsEndpointConfig;
  logLevel: (typeof LOG_LEVELS)[number];
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  /** AUGUR_TEST_FAULTS: the chaos tests' module fault switch; refused unless NODE_ENV=test. */
  testFaults: boolean;
}

export interface MetricsConfig {
  /** AUGUR_METRICS_FLUSH_MS: how often each instance writes its buffered events. */
  flushMs: number;
  /** AUGUR_METRICS_ROLLUP_TICK_MS: how often each instance offers to run the rollup job. */
  rollupTickMs: number;
  /** AUGUR_METRICS_RAW_RETENTION_HOURS: raw events are deleted after this. */
  rawRetentionHours: number;
  /** AUGUR_METRICS_ROLLUP_RETENTION_DAYS: rollup rows are deleted after this. */
  rollupRetentionDays: number;
  /** AUGUR_KPI_UPDATES_MS: the kpiUpdates subscription's period. */
  kpiUpdatesMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

// Their values may hold passwords: an error names the variable but never repeats the value.
const SECRET_VARIABLES = new Set(['AUGUR_JWT_SECRET', 'DATABASE_URL', 'REDIS_URL', 'AUGUR_METRICS_TOKEN']);

/** Requests per minute allowed at each level; 0 turns a level off. */
export interface RateLimitConfig {
  /** All callers together, on every instance. */
  global: number;
  /** All callers of one role together (`anonymous`, `apiKey`, `user`, `tenant_admin`, `support`, `ops`, `platform`). */
  roles: Readonly<Record<string, number>>;
  /** All callers of one tenant together. */
  tenant: number;
  /** One account. */
  user: number;
  /** One API key, unless its tenant's `rateLimit.requestsPerMinute` says otherwise. */
  apiKey: number;
  /** Anonymous callers from one client address (an IPv6 /64). */
  anonymous: number;
  /** One caller, on operations that select one of `monitoringFields` (on top of the levels above). */
  monitoring: number;
  monitoringFields: readonly string[];
}

export interface MetricsEndpointConfig {
  /** A bearer token /metrics requires; unset, /metrics is served only on `listen` (or not at all). */
  token: string | undefined;
  /** A separate address serving /metrics alone. */
  listen: { host: string; port: number } | undefined;
}

/** Limits on long-lived connections; per instance (each instance counts its own sockets). */
export interface SocketLimits {
  /** A socket that has not authenticated (connection_init with a credential) by then closes with 4408. */
  initTimeoutMs: number;
  /** Operations one socket may run at once; the next is refused with RATE_LIMITED. */
  maxSubscriptionsPerSocket: number;
  /** WebSocket sockets plus SSE streams one user or API key may hold; the next socket closes with 4429. */
  maxSocketsPerPrincipal: number;
  /** Anonymous sockets (connection_init without a credential) from one client address. */
  maxAnonymousSocketsPerAddress: number;
  /** Unsent bytes a socket may queue before it is closed as a slow consumer (4413). */
  maxBufferedBytes: number;
  /**
   * The share of WebSocket sockets whose flag updates carry read receipts (propagation figures,
   * docs/propagation.md): 1 all of them, 0 none; in between a random sample, chosen per socket.
   */
  receiptShare: number;
}

const positiveInt = (what: string, fallback: number) =>
  z.coerce
    .number({ message: `must be a whole number of ${what}` })
    .int(`must be a whole number of ${what}`)
    .min(1, 'must be 1 or more')
    .default(fallback);

const boolText = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** A duration in milliseconds; 0 turns the deadline off. */
const millis = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number of milliseconds (0 turns it off)' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must be 0 or more')
    .default(fallback);

/** Requests per minute; 0 turns the level off. */
const perMinute = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number of requests per minute (0 turns it off)' })
    .int('must be a whole number of requests per minute')
    .min(0, 'must be 0 or more')
    .max(1_000_000_000, 'must be at most 1000000000')
    .default(fallback);

const RATE_ROLES = ['anonymous', 'apiKey', 'user', 'tenant_admin', 'support', 'ops', 'platform'];

const schema = z.object({
  PORT: z.coerce
    .number({ message: 'must be an integer from 0 to 65535' })
    .int('must be an integer from 0 to 65535')
    .min(0, 'must be an integer from 0 to 65535')
    .max(65535, 'must be an integer from 0 to 65535')
    .default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  AUGUR_DATA_DIR: z.string().min(1).default('./.augur'),
  AUGUR_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUGUR_FORCE_OFF: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .refine((keys) => keys.every((k) => KEY_PATTERN.test(k)), 'must be a comma-separated list of flag keys'),
  AUGUR_DEMO: boolText.optional(),
  AUGUR_OPERATOR_TENANT: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a tenant slug: 2-63 lower-case letters, digits or dashes')
    .optional(),
  AUGUR_MODULE_QUOTA: z
    .string()
    .regex(/^free=\d{1,6},premium=\d{1,6}$/, 'must look like free=3,premium=30 (runs per module per UTC day)')
    .default('free=3,premium=30')
    .transform((v) => {
      const [free, premium] = v.split(',').map((part) => Number(part.split('=')[1]));
      return { free: free ?? 0, premium: premium ?? 0 };
    }),
  AUGUR_CONFIG_POLL_MS: z.coerce
    .number({ message: 'must be a number of milliseconds (0 turns polling off)' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must be 0 or more')
    .default(1000),
  AUGUR_ROLLOUT_CHECK_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(100, 'must be 100 or more')
    .default(5000),
  AUGUR_ACCOUNT_POLL_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(50, 'must be 50 or more')
    .default(500),
  AUGUR_ACCOUNT_CACHE_SIZE: z.coerce
    .number({ message: 'must be a number of entries' })
    .int('must be a whole number of entries')
    .min(100, 'must be 100 or more')
    .default(100_000),
  AUGUR_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine(
      (entries) => entries.every(isTrustedProxyEntry),
      'must be a comma-separated list of CIDRs or addresses, like 10.0.0.0/8,127.0.0.1/32',
    ),
  AUGUR_DB_CONNECT_TIMEOUT_MS: millis(DB_TIMEOUT_DEFAULTS.connectMs),
  AUGUR_DB_QUERY_TIMEOUT_MS: millis(DB_TIMEOUT_DEFAULTS.queryMs),
  AUGUR_DB_STATEMENT_TIMEOUT_MS: millis(DB_TIMEOUT_DEFAULTS.statementMs),
  AUGUR_DB_IDLE_TIMEOUT_MS: millis(DB_TIMEOUT_DEFAULTS.idleMs),
  AUGUR_WS_INIT_TIMEOUT_MS: positiveInt('milliseconds', 10_000),
  AUGUR_WS_MAX_SUBSCRIPTIONS: positiveInt('operations per socket', 100),
  AUGUR_MAX_SOCKETS_PER_PRINCIPAL: positiveInt('sockets', 50),
  AUGUR_MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: positiveInt('sockets', 20),
  AUGUR_WS_MAX_BUFFERED_BYTES: positiveInt('bytes', 1024 * 1024),
  AUGUR_PROPAGATION_RECEIPT_SHARE: z.coerce
    .number({ message: 'must be a share from 0 to 1' })
    .min(0, 'must be a share from 0 to 1')
    .max(1, 'must be a share from 0 to 1')
    .default(1),
  AUGUR_OFREP_RATE_LIMIT: z
    .string()
    .regex(/^\d{1,7}\/\d{1,5}$/, 'must look like 6000/60 (requests per credential per that many seconds)')
    .default('6000/60')
    .transform((v) => {
      const [points, seconds] = v.split('/').map(Number);
      return { points: points ?? 0, seconds: seconds ?? 1 };
    })
    .refine((r) => r.points > 0 && r.seconds > 0, 'both numbers must be positive'),
  AUGUR_METRICS_FLUSH_MS: positiveInt('milliseconds', 1000),
  AUGUR_METRICS_ROLLUP_TICK_MS: positiveInt('milliseconds', 5000),
  AUGUR_METRICS_RAW_RETENTION_HOURS: positiveInt('hours', 48),
  AUGUR_METRICS_ROLLUP_RETENTION_DAYS: positiveInt('days', 90),
  AUGUR_KPI_UPDATES_MS: positiveInt('milliseconds', 10_000),
  AUGUR_RATE_LIMIT_GLOBAL: perMinute(0),
  AUGUR_RATE_LIMIT_ROLES: z
    .string()
    .default('anonymous=6000')
    .transform((v) => v.split(',').map((part) => part.trim().split('=')))
    .refine(
      (pairs) => pairs.every(([role, n]) => RATE_ROLES.includes(role ?? '') && /^\d{1,9}$/.test(n ?? '')),
      `must look like anonymous=6000,user=60000 (roles: ${RATE_ROLES.join(', ')})`,
    )
    .transform((pairs) => Object.fromEntries(pairs.map(([role, n]) => [role, Number(n)]))),
  AUGUR_RATE_LIMIT_TENANT: perMinute(0),
  AUGUR_RATE_LIMIT_USER: perMinute(600),
  AUGUR_RATE_LIMIT_API_KEY: perMinute(0),
  AUGUR_RATE_LIMIT_ANONYMOUS: perMinute(600),
  AUGUR_RATE_LIMIT_MONITORING: perMinute(60),
  AUGUR_RATE_LIMIT_MONITORING_FIELDS: z
    .string()
    .default('kpis,kpiSeries,flagMetrics,alerts')
    .transform((v) =>
      v
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
    )
    .refine(
      (fields) => fields.every((f) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(f)),
      'must be a comma-separated list of GraphQL field names',
    ),
  AUGUR_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  AUGUR_METRICS_LISTEN: z
    .string()
    .regex(/^(\[[0-9a-fA-F:]+\]|[^:\s]*):\d{1,5}$/, 'must look like 127.0.0.1:9464 or :9464')
    .transform((v) => {
      const at = v.lastIndexOf(':');
      const host = v.slice(0, at).replace(/^\[|\]$/g, '');
      return { host: host || '0.0.0.0', port: Number(v.slice(at + 1)) };
    })
    .refine((l) => l.port <= 65535, 'the port must be from 0 to 65535')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  AUGUR_TEST_FAULTS: boolText.default(false),
});

/** Parses an environment (process.env by default); throws ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const shown = SECRET_VARIABLES.has(variable) ? '' : ` (got ${JSON.stringify(env[variable])})`;
    throw new ConfigError(variable, `${issue?.message ?? 'invalid'}${shown}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.AUGUR_JWT_SECRET) {
    throw new ConfigError('AUGUR_JWT_SECRET', 'must be set when NODE_ENV=production');
  }
  const demo = e.AUGUR_DEMO ?? (!e.DATABASE_URL && !production);
  if (production && demo) {
    throw new ConfigError(
      'AUGUR_DEMO',
      'demo accounts have a public password and cannot run with NODE_ENV=production',
    );
  }
  if (e.AUGUR_TEST_FAULTS && e.NODE_ENV !== 'test') {
    throw new ConfigError('AUGUR_TEST_FAULTS', 'the fault switch is for tests only: it needs NODE_ENV=test');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir: path.resolve(e.AUGUR_DATA_DIR),
    jwtSecret: e.AUGUR_JWT_SECRET,
    forceOff: e.AUGUR_FORCE_OFF,
    demo,
    operatorTenant: e.AUGUR_OPERATOR_TENANT ?? (demo ? 'demo' : 'operator'),
    moduleQuota: e.AUGUR_MODULE_QUOTA,
    configPollMs: e.AUGUR_CONFIG_POLL_MS,
    rolloutCheckMs: e.AUGUR_ROLLOUT_CHECK_MS,
    accountPollMs: e.AUGUR_ACCOUNT_POLL_MS,
    accountCacheSize: e.AUGUR_ACCOUNT_CACHE_SIZE,
    trustedProxies: e.AUGUR_TRUSTED_PROXIES,
    dbTimeouts: {
      connectMs: e.AUGUR_DB_CONNECT_TIMEOUT_MS,
      queryMs: e.AUGUR_DB_QUERY_TIMEOUT_MS,
      statementMs: e.AUGUR_DB_STATEMENT_TIMEOUT_MS,
      idleMs: e.AUGUR_DB_IDLE_TIMEOUT_MS,
    },
    sockets: {
      initTimeoutMs: e.AUGUR_WS_INIT_TIMEOUT_MS,
      maxSubscriptionsPerSocket: e.AUGUR_WS_MAX_SUBSCRIPTIONS,
      maxSocketsPerPrincipal: e.AUGUR_MAX_SOCKETS_PER_PRINCIPAL,
      maxAnonymousSocketsPerAddress: e.AUGUR_MAX_ANONYMOUS_SOCKETS_PER_ADDRESS,
      maxBufferedBytes: e.AUGUR_WS_MAX_BUFFERED_BYTES,
      receiptShare: e.AUGUR_PROPAGATION_RECEIPT_SHARE,
    },
    ofrepRateLimit: e.AUGUR_OFREP_RATE_LIMIT,
    metrics: {
      flushMs: e.AUGUR_METRICS_FLUSH_MS,
      rollupTickMs: e.AUGUR_METRICS_ROLLUP_TICK_MS,
      rawRetentionHours: e.AUGUR_METRICS_RAW_RETENTION_HOURS,
      rollupRetentionDays: e.AUGUR_METRICS_ROLLUP_RETENTION_DAYS,
      kpiUpdatesMs: e.AUGUR_KPI_UPDATES_MS,
    },
    rateLimits: {
      global: e.AUGUR_RATE_LIMIT_GLOBAL,
      roles: e.AUGUR_RATE_LIMIT_ROLES,
      tenant: e.AUGUR_RATE_LIMIT_TENANT,
      user: e.AUGUR_RATE_LIMIT_USER,
      apiKey: e.AUGUR_RATE_LIMIT_API_KEY,
      anonymous: e.AUGUR_RATE_LIMIT_ANONYMOUS,
      monitoring: e.AUGUR_RATE_LIMIT_MONITORING,
      monitoringFields: e.AUGUR_RATE_LIMIT_MONITORING_FIELDS,
    },
    metricsEndpoint: { token: e.AUGUR_METRICS_TOKEN, listen: e.AUGUR_METRICS_LISTEN },
    logLevel: e.LOG_LEVEL,
    nodeEnv: e.NODE_ENV,
    production,
    testFaults: e.AUGUR_TEST_FAULTS,
  };
}
