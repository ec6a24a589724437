// Session tokens: HS256 JWTs signed with jose, carrying only ids and the expiry.
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { isUuid } from '../platform/text.js';

export const TOKEN_TTL_SECONDS = 12 * 60 * 60;
const ISSUER = 'augur';

export interface TokenClaims {
  userId: string;
  tenantId: string;
  expiresAt: number;
}

export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(userId: string, tenantId: string, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
    return new SignJWT({ tid: tenantId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + TOKEN_TTL_SECONDS)
      .sign(this.key);
  }

  /**
   * The claims of a valid token, or undefined for a malformed, forged or expired one. Ids that are not
   * uuids are malformed too: no account could have them, and the database would refuse the lookup.
   */
  async verify(token: string): Promise<TokenClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.tid !== 'string' ||
        !isUuid(payload.sub) ||
        !isUuid(payload.tid) ||
        typeof payload.exp !== 'number'
      ) {
        return undefined;
      }
      return { userId: payload.sub, tenantId: payload.tid, expiresAt: payload.exp };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return undefined;
      throw error;
    }
  }
}
