// A third party's credential for one tenant: shown once, stored as a digest, identified by a visible prefix.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a key may do: evaluate flags, and/or run modules for one of its tenant's users. */
export type ApiKeyScope = 'evaluate' | 'modules';
export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['evaluate', 'modules'];

export interface ApiKey {
  id: string;
  tenantId: string;
  name: string;
  scopes: ApiKeyScope[];
  /** The account that created it; null for keys made outside the API (or whose creator was deleted). */
  createdBy: string | null;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const SECRET_FORMAT = /^ak_([a-f0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** A new secret `ak_<prefix>_<random>`; 32 random bytes, so a fast digest is enough to store it. */
export function generateApiKeySecret(): { secret: string; prefix: string; digest: string } {
  const prefix = randomBytes(6).toString('hex');
  const secret = `ak_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix, digest: digestSecret(secret) };
}

export function parseApiKeySecret(secret: string): { prefix: string } | undefined {
  const match = SECRET_FORMAT.exec(secret);
  return match?.[1] ? { prefix: match[1] } : undefined;
}

export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function secretMatches(secret: string, storedDigest: string): boolean {
  const a = Buffer.from(digestSecret(secret));
  const b = Buffer.from(storedDigest);
  return a.length === b.length && timingSafeEqual(a, b);
}
