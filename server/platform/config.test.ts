// Configuration parsing: defaults, each variable's validation, and the production rules.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      redisUrl: undefined,
      forceOff: [],
      demo: true,
      logLevel: 'info',
      nodeEnv: 'development',
      production: false,
    });
    expect(config.dataDir).toMatch(/\.augur$/);
  });

  it('turns demo off by default on PostgreSQL, and on with AUGUR_DEMO=1', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', AUGUR_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ AUGUR_DEMO: 'false' }).demo).toBe(false);
  });

  it('reads AUGUR_OFREP_RATE_LIMIT as requests per seconds, 6000/60 by default', () => {
    expect(loadConfig({}).ofrepRateLimit).toEqual({ points: 6000, seconds: 60 });
    expect(loadConfig({ AUGUR_OFREP_RATE_LIMIT: '5/1' }).ofrepRateLimit).toEqual({ points: 5, seconds: 1 });
    for (const bad of ['0/60', '60', '1/0', 'x/y']) {
      expect(() => loadConfig({ AUGUR_OFREP_RATE_LIMIT: bad })).toThrow(ConfigError);
    }
  });

  it('parses AUGUR_FORCE_OFF as a list of flag keys', () => {
    expect(loadConfig({ AUGUR_FORCE_OFF: 'tarot_enabled, runes_enabled,' }).forceOff).toEqual([
      'tarot_enabled',
      'runes_enabled',
    ]);
  });

  it('reads the database deadlines, 1.5/1.5/5/30 s by default, 0 turning one off', () => {
    expect(loadConfig({}).dbTimeouts).toEqual({
      connectMs: 1500,
      queryMs: 1500,
      statementMs: 5000,
      idleMs: 30_000,
    });
    const set = loadConfig({ AUGUR_DB_QUERY_TIMEOUT_MS: '0', AUGUR_DB_STATEMENT_TIMEOUT_MS: '9000' });
    expect(set.dbTimeouts).toMatchObject({ queryMs: 0, statementMs: 9000 });
    expect(() => loadConfig({ AUGUR_DB_CONNECT_TIMEOUT_MS: '-1' })).toThrow(/AUGUR_DB_CONNECT_TIMEOUT_MS/);
  });

  it('has the socket limits README documents, each settable, and refuses zero', () => {
    expect(loadConfig({}).sockets).toEqual({
      initTimeoutMs: 10_000,
      maxSubscriptionsPerSocket: 100,
      maxSocketsPerPrincipal: 50,
      maxAnonymousSocketsPerAddress: 20,
      maxBufferedBytes: 1024 * 1024,
      receiptShare: 1,
    });
    expect(loadConfig({ AUGUR_PROPAGATION_RECEIPT_SHARE: '0.1' }).sockets.receiptShare).toBe(0.1);
    expect(() => loadConfig({ AUGUR_PROPAGATION_RECEIPT_SHARE: '2' })).toThrow(
      /AUGUR_PROPAGATION_RECEIPT_SHARE/,
    );
    expect(
      loadConfig({ AUGUR_WS_INIT_TIMEOUT_MS: '300', AUGUR_WS_MAX_BUFFERED_BYTES: '65536' }).sockets,
    ).toMatchObject({ initTimeoutMs: 300, maxBufferedBytes: 65536 });
    expect(() => loadConfig({ AUGUR_MAX_SOCKETS_PER_PRINCIPAL: '0' })).toThrow(
      /AUGUR_MAX_SOCKETS_PER_PRINCIPAL/,
    );
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, databaseUrl: undefined });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['REDIS_URL', { REDIS_URL: 'localhost:6379' }],
    ['AUGUR_JWT_SECRET', { AUGUR_JWT_SECRET: 'short' }],
    ['AUGUR_FORCE_OFF', { AUGUR_FORCE_OFF: 'Tarot Enabled' }],
    ['AUGUR_DEMO', { AUGUR_DEMO: 'yes' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
  ])('names %s when its value is bad', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message.startsWith(`${variable}: `)).toBe(true);
    }
  });

  it('never repeats the value of a secret variable', () => {
    for (const [variable, value] of [
      ['AUGUR_JWT_SECRET', 'short-secret'],
      ['DATABASE_URL', 'mysql://admin:hunter2@db/x'],
      ['REDIS_URL', 'admin:hunter2@cache'],
    ] as const) {
      expect(() => loadConfig({ [variable]: value })).toThrow(new RegExp(`^${variable}: `));
      try {
        loadConfig({ [variable]: value });
      } catch (error) {
        expect((error as Error).message).not.toContain(value);
      }
    }
  });

  it('refuses production without AUGUR_JWT_SECRET, and demo accounts in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUGUR_JWT_SECRET: must be set/);
    const secret = 's'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', AUGUR_JWT_SECRET: secret }).demo).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', AUGUR_JWT_SECRET: secret, AUGUR_DEMO: '1' })).toThrow(
      /AUGUR_DEMO/,
    );
  });
});
