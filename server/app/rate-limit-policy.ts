// Which rate-limit buckets an operation counts against, from its caller and its root fields. Pure: no I/O.
import { createHash } from 'node:crypto';
import type { Viewer } from '../auth/viewer.js';
import { addressGroup } from '../platform/client-address.js';
import type { RateLimitConfig } from '../platform/config.js';

export type RateLevel = 'global' | 'role' | 'tenant' | 'user' | 'apiKey' | 'address' | 'monitoring';

export interface Bucket {
  level: RateLevel;
  /** The counter's key in the store (ids and digests only: no addresses or emails). */
  key: string;
  /** Requests per window. */
  limit: number;
}

export interface RateCaller {
  viewer: Viewer | undefined;
  clientAddress: string;
}

/** The role a caller counts under: an account's role, `apiKey`, or `anonymous`. */
export function rateRole(viewer: Viewer | undefined): string {
  if (!viewer) return 'anonymous';
  return viewer.kind === 'apiKey' ? 'apiKey' : viewer.role;
}

// Addresses are personal data: the store only ever sees a digest.
const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

/**
 * The buckets an operation consumes from, each with its limit; levels with a limit of 0 are left out.
 * `tenantKeyLimit` is the key's tenant's `rateLimit.requestsPerMinute`, which overrides the API-key default.
 */
export function bucketsFor(
  caller: RateCaller,
  monitoring: boolean,
  config: RateLimitConfig,
  tenantKeyLimit: number | undefined,
): Bucket[] {
  const { viewer } = caller;
  const role = rateRole(viewer);
  const principal =
    viewer === undefined
      ? { level: 'address' as const, key: `a:${digest(addressGroup(caller.clientAddress))}` }
      : viewer.kind === 'apiKey'
        ? { level: 'apiKey' as const, key: `k:${viewer.apiKeyId}` }
        : { level: 'user' as const, key: `u:${viewer.userId}` };
  const principalLimit =
    viewer === undefined
      ? config.anonymous
      : viewer.kind === 'apiKey'
        ? (tenantKeyLimit ?? config.apiKey)
        : config.user;
  const candidates: Bucket[] = [
    { level: 'global', key: 'g', limit: config.global },
    { level: 'role', key: `r:${role}`, limit: config.roles[role] ?? 0 },
    { level: 'tenant', key: `t:${viewer?.tenantId ?? ''}`, limit: viewer ? config.tenant : 0 },
    { ...principal, limit: principalLimit },
    { level: 'monitoring', key: `m:${principal.key}`, limit: monitoring ? config.monitoring : 0 },
  ];
  return candidates.filter((b) => b.limit > 0);
}

/** Whether any of the operation's root fields is one of the monitoring fields. */
export function selectsMonitoring(
  rootFields: readonly string[],
  monitoringFields: ReadonlySet<string>,
): boolean {
  return rootFields.some((f) => monitoringFields.has(f));
}
