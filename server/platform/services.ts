// The composition root: builds every service of Augur from a database handle and the configuration.
import type { Redis } from 'ioredis';
import { ApiKeyService } from '../api-keys/api-key-service.js';
import { ApiKeyStore } from '../api-keys/api-key-store.js';
import { AuthService } from '../auth/auth-service.js';
import { type LimiterStore, LoginLimiter, type LoginLimits } from '../auth/login-limiter.js';
import { TokenSigner } from '../auth/token.js';
import { UserStore } from '../auth/user-store.js';
import { TenantStore } from '../tenants/tenant-store.js';
import type { DatabaseHandle } from './db.js';

export interface Services {
  auth: AuthService;
  apiKeys: ApiKeyService;
  tenants: TenantStore;
  users: UserStore;
}

export interface ServiceOptions {
  database: DatabaseHandle;
  jwtSecret: string;
  redis?: Redis | undefined;
  loginLimits?: LoginLimits | undefined;
}

export function createServices(options: ServiceOptions): Services {
  const { db } = options.database;
  const tenants = new TenantStore(db);
  const users = new UserStore(db);
  const apiKeys = new ApiKeyService(new ApiKeyStore(db), tenants);
  const limiterStore: LimiterStore = options.redis
    ? { kind: 'redis', client: options.redis }
    : options.database.pool
      ? { kind: 'postgres', pool: options.database.pool }
      : { kind: 'memory' };
  const auth = new AuthService(
    users,
    apiKeys,
    new TokenSigner(options.jwtSecret),
    new LoginLimiter(limiterStore, options.loginLimits),
  );
  return { auth, apiKeys, tenants, users };
}
