// Which buckets an operation counts against, and how AUGUR_RATE_LIMIT_* is read.
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { bucketsFor, selectsMonitoring } from './rate-limit-policy.js';

const config = loadConfig({}).rateLimits;
const user: Viewer = {
  kind: 'account',
  userId: 'u1',
  tenantId: 't1',
  role: 'user',
  plan: 'free',
  expiresAt: 0,
};
const key: Viewer = { kind: 'apiKey', apiKeyId: 'k1', tenantId: 't1', scopes: ['evaluate'] };

describe('rate-limit configuration', () => {
  it('has defaults: per account and per address on, the monitoring fields listed, global and tenant off', () => {
    expect(config).toEqual({
      global: 0,
      roles: { anonymous: 6000 },
      tenant: 0,
      user: 600,
      apiKey: 0,
      anonymous: 600,
      monitoring: 60,
      monitoringFields: ['kpis', 'kpiSeries', 'flagMetrics', 'alerts'],
    });
  });

  it('reads role lists and refuses unknown roles and bad numbers with the variable named', () => {
    expect(loadConfig({ AUGUR_RATE_LIMIT_ROLES: 'user=10,ops=0' }).rateLimits.roles).toEqual({
      user: 10,
      ops: 0,
    });
    expect(() => loadConfig({ AUGUR_RATE_LIMIT_ROLES: 'admin=5' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUGUR_RATE_LIMIT_USER: '-1' })).toThrow(/AUGUR_RATE_LIMIT_USER/);
    expect(() => loadConfig({ AUGUR_RATE_LIMIT_MONITORING_FIELDS: 'kpis,not a field' })).toThrow(
      /AUGUR_RATE_LIMIT_MONITORING_FIELDS/,
    );
  });

  it('reads the metrics listener and keeps the metrics token out of error messages', () => {
    expect(loadConfig({ AUGUR_METRICS_LISTEN: ':9464' }).metricsEndpoint.listen).toEqual({
      host: '0.0.0.0',
      port: 9464,
    });
    expect(loadConfig({ AUGUR_METRICS_LISTEN: '[::1]:0' }).metricsEndpoint.listen).toEqual({
      host: '::1',
      port: 0,
    });
    expect(() => loadConfig({ AUGUR_METRICS_TOKEN: 'short-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('short-secret') }),
    );
  });
});

describe('bucketsFor', () => {
  const all = { ...config, global: 100, roles: { user: 50 }, tenant: 40, apiKey: 30 };

  it('counts an account globally, in its role, its tenant and its own bucket', () => {
    expect(bucketsFor({ viewer: user, clientAddress: '10.0.0.1' }, false, all, undefined)).toEqual([
      { level: 'global', key: 'g', limit: 100 },
      { level: 'role', key: 'r:user', limit: 50 },
      { level: 'tenant', key: 't:t1', limit: 40 },
      { level: 'user', key: 'u:u1', limit: 600 },
    ]);
  });

  it("lets the key's tenant setting replace the API-key default, and adds the monitoring bucket", () => {
    const buckets = bucketsFor({ viewer: key, clientAddress: '10.0.0.1' }, true, all, 7);
    expect(buckets).toContainEqual({ level: 'apiKey', key: 'k:k1', limit: 7 });
    expect(buckets).toContainEqual({ level: 'monitoring', key: 'm:k:k1', limit: 60 });
  });

  it('keys anonymous callers by a digest of their address group, never the address itself', () => {
    const a = bucketsFor({ viewer: undefined, clientAddress: '2001:db8::1' }, false, all, undefined);
    const b = bucketsFor({ viewer: undefined, clientAddress: '2001:db8::2' }, false, all, undefined);
    const address = a.find((x) => x.level === 'address');
    expect(address?.key).toBe(b.find((x) => x.level === 'address')?.key);
    expect(address?.key).not.toContain('2001');
    expect(a.some((x) => x.level === 'tenant')).toBe(false);
  });

  it('leaves out levels set to 0', () => {
    const off = { ...config, user: 0, roles: {} };
    expect(bucketsFor({ viewer: user, clientAddress: 'x' }, false, off, undefined)).toEqual([]);
  });

  it('recognises operations that select a monitoring field', () => {
    const fields = new Set(config.monitoringFields);
    expect(selectsMonitoring(['me', 'kpis'], fields)).toBe(true);
    expect(selectsMonitoring(['me'], fields)).toBe(false);
  });
});
