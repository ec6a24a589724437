// Webhook secrets: HMAC needs the secret itself, so it is stored encrypted (AES-256-GCM under a key derived
// from the JWT secret with HKDF) and never returned; rules name it by a keyed fingerprint. Signatures too.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/** The header a delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-augur-signature';

export class WebhookSecrets {
  private readonly key: Buffer;
  private readonly fingerprintKey: Buffer;

  constructor(serverSecret: string) {
    const ikm = Buffer.from(serverSecret, 'utf8');
    this.key = Buffer.from(hkdfSync('sha256', ikm, 'augur', 'alert webhook secret', 32));
    this.fingerprintKey = Buffer.from(hkdfSync('sha256', ikm, 'augur', 'alert webhook fingerprint', 32));
  }

  /** Stable for one secret on one server, useless without the server's key. */
  fingerprint(secret: string): string {
    return createHmac('sha256', this.fingerprintKey).update(secret).digest('base64url').slice(0, 16);
  }

  encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [
      'v1',
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  /** Undefined when the ciphertext was made under another server secret (rotated: re-enter the secret). */
  decrypt(ciphertext: string): string | undefined {
    const [version, iv, tag, body] = ciphertext.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      return undefined;
    }
  }
}

export function signature(secret: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

/** What a receiver does (docs/alerts.md): recompute over the raw body and compare in constant time. */
export function verifySignature(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || typeof parts.v1 !== 'string') return false;
  const expected = Buffer.from(signature(secret, t, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
