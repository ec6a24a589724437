// Starts a real Augur server on an ephemeral port for one test file, on PGlite (from the template) or PostgreSQL.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type App, createApp } from '../../server/app/app.js';
import type { Limits } from '../../server/app/graphql-plugins.js';
import type { ServiceOverrides } from '../../server/app/services.js';
import { CSRF_HEADER } from '../../server/app/yoga.js';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../../server/auth/login-limiter.js';
import { hashPassword } from '../../server/auth/password.js';
import type { Plan, Role } from '../../server/auth/viewer.js';
import { loadConfig } from '../../server/platform/config.js';
import { openDatabase } from '../../server/platform/db.js';
import { createLogger, type Logger } from '../../server/platform/logger.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestServer {
  app: App;
  /** The signing secret, so a second instance accepts this one's tokens. */
  jwtSecret: string;
  url: string;
  wsUrl: string;
  /** POSTs a GraphQL operation; returns the parsed body, status and headers. */
  gql<T = Record<string, unknown>>(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  extensions: { code: string; requestId: string } & Record<string, unknown>;
}

export interface GqlResponse<T> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
}

export interface ServerOverrides {
  env?: Record<string, string>;
  /** Sign-in limits over the defaults; counters get a key prefix of this server's own unless one is given. */
  loginLimits?: Partial<LoginLimits>;
  limits?: Partial<Limits>;
  /** Components replacing the built-in ones (a fake overlay source, a scripted chat responder). */
  services?: ServiceOverrides;
  /** A second instance: the same database and signing secret as this server, its own bus and memory. */
  instanceOf?: TestServer;
  /** Where log lines go (tests that read them); by default nowhere. */
  logger?: Logger;
}

export const RATE_LIMITS_OFF: Record<string, string> = {
  AUGUR_RATE_LIMIT_ROLES: 'anonymous=0',
  AUGUR_RATE_LIMIT_USER: '0',
  AUGUR_RATE_LIMIT_ANONYMOUS: '0',
  AUGUR_RATE_LIMIT_MONITORING: '0',
};

export async function startTestServer(overrides: ServerOverrides = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-test-'));
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const jwtSecret = overrides.instanceOf?.jwtSecret ?? randomBytes(32).toString('hex');
  const config = loadConfig({
    PORT: '0',
    NODE_ENV: 'test',
    AUGUR_DEMO: '0',
    AUGUR_DATA_DIR: dataDir,
    AUGUR_JWT_SECRET: jwtSecret,
    LOG_LEVEL: 'silent',
    ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}),
    // API rate limits are the subject of test/rate-limit*.test.ts; elsewhere only tenant settings limit.
    ...RATE_LIMITS_OFF,
    ...overrides.env,
  });
  const shared = overrides.instanceOf?.app.database;
  const database = shared
    ? // The first instance closes the shared database.
      { ...shared, close: async () => undefined }
    : databaseUrl
      ? await openDatabase({ databaseUrl })
      : await openDatabase({ template: new Blob([await readFile(inject('pgliteTemplate'))]) });
  const app = await createApp({
    config,
    logger: overrides.logger ?? createLogger(config.logLevel),
    database,
    // A prefix of its own keeps this server's counters apart from other runs' in a shared Redis or database,
    // and short windows let them expire within the hour.
    loginLimits: {
      ...DEFAULT_LOGIN_LIMITS,
      keyPrefix: `test_${randomUUID().slice(0, 8)}`,
      accountWindowSeconds: 600,
      knownAddressSeconds: 600,
      ...overrides.loginLimits,
    },
    ...(overrides.limits ? { limits: overrides.limits } : {}),
    ...(overrides.services ? { overrides: overrides.services } : {}),
  });
  const url = await app.listen();
  return {
    app,
    jwtSecret,
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    gql: async (query, options = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: GqlError[] };
      return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
    },
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const csrfHeaders = { [CSRF_HEADER]: '1' };

export interface TestAccount {
  id: string;
  /** The tenant holding the account: the test tenant, or the operator tenant for staff. */
  tenantId: string;
  email: string;
  role: Role;
  plan: Plan;
  token: string;
}

export type AccountName = 'user' | 'premium' | 'tenantAdmin' | 'support' | 'ops' | 'platform';

export interface TestTenant {
  /** A fresh customer tenant: its users and its tenant admin live here. */
  id: string;
  slug: string;
  /** The operator tenant, shared by every test of a database: staff accounts live there. */
  operatorId: string;
  accounts: Record<AccountName, TestAccount>;
}

const SPECS: Record<AccountName, { role: Role; plan: Plan; staff: boolean }> = {
  user: { role: 'user', plan: 'free', staff: false },
  premium: { role: 'user', plan: 'premium', staff: false },
  tenantAdmin: { role: 'tenant_admin', plan: 'free', staff: false },
  support: { role: 'support', plan: 'free', staff: true },
  ops: { role: 'ops', plan: 'free', staff: true },
  platform: { role: 'platform', plan: 'free', staff: true },
};

/**
 * A fresh customer tenant with a user, a premium user and a tenant admin, plus fresh staff accounts
 * (support, ops, platform) in the operator tenant, each signed in: tests never share accounts or rows.
 */
export async function createTestTenant(server: TestServer): Promise<TestTenant> {
  const slug = `t-${randomUUID().slice(0, 12)}`;
  const { tenants, users, auth, operator } = server.app.services;
  const tenant = await tenants.ensure(slug, `Test ${slug}`);
  const operatorId = operator.id ?? (await tenants.findOperator())?.id;
  if (!operatorId) throw new Error('the test server has no operator tenant');
  const passwordHash = await hashPassword(TEST_PASSWORD);
  // One after another: sign-in limits count attempts before they succeed, and tests set them tight.
  const entries: (readonly [AccountName, TestAccount])[] = [];
  for (const [name, spec] of Object.entries(SPECS) as [AccountName, (typeof SPECS)[AccountName]][]) {
    const email = `${name.toLowerCase()}@${slug}.test`;
    const tenantId = spec.staff ? operatorId : tenant.id;
    const user = await users.ensure({ tenantId, email, passwordHash, role: spec.role, plan: spec.plan });
    const { token } = await auth.login({ email, password: TEST_PASSWORD, address: 'seed' });
    entries.push([name, { id: user.id, tenantId, email, role: spec.role, plan: spec.plan, token }]);
  }
  return { id: tenant.id, slug, operatorId, accounts: Object.fromEntries(entries) as TestTenant['accounts'] };
}
