// Sealed tickets for the OFREP event stream: EventSource sends no headers, so the URL carries who and what,
// encrypted (A256GCM) so that proxies and browser history see neither ids nor context.
import { createHash } from 'node:crypto';
import { EncryptJWT, errors as joseErrors, jwtDecrypt } from 'jose';
import type { Role, Viewer } from '../auth/viewer.js';
import type { ClientParts } from './ofrep-context.js';

const ISSUER = 'augur-ofrep-stream';
/** A ticket outlives no session; an expired one makes the provider fetch again and get a fresh one. */
export const STREAM_TICKET_SECONDS = 60 * 60;

/** Who holds the stream, for what context, from which configuration revision on. */
export interface StreamTicket {
  principal: { kind: 'apiKey'; apiKeyId: string } | { kind: 'account'; userId: string; role: Role };
  tenantId: string;
  parts: ClientParts;
  /** The configuration revision of the bulk response that issued the ticket. */
  revision: number;
  expiresAt: number;
}

export class StreamTickets {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    // A key of its own, derived from the session secret: a ticket is no session token, nor the reverse.
    this.key = createHash('sha256').update(`ofrep-stream-ticket\n${secret}`).digest();
  }

  issue(viewer: Viewer, parts: ClientParts, revision: number): Promise<string> {
    const now = this.nowSeconds();
    const sessionEnd = viewer.kind === 'account' ? viewer.expiresAt : Number.POSITIVE_INFINITY;
    const principal = viewer.kind === 'apiKey' ? { k: 'apiKey' } : { k: 'account', role: viewer.role };
    return new EncryptJWT({ ...principal, tid: viewer.tenantId, ctx: parts, rev: revision })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setSubject(viewer.kind === 'apiKey' ? viewer.apiKeyId : viewer.userId)
      .setIssuer(ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(Math.min(now + STREAM_TICKET_SECONDS, sessionEnd))
      .encrypt(this.key);
  }

  /** The ticket's content, or undefined when it is malformed, forged (it fails to decrypt) or expired. */
  async read(token: string): Promise<StreamTicket | undefined> {
    try {
      const { payload: p } = await jwtDecrypt(token, this.key, {
        issuer: ISSUER,
        keyManagementAlgorithms: ['dir'],
        contentEncryptionAlgorithms: ['A256GCM'],
        currentDate: new Date(this.nowSeconds() * 1000),
      });
      if (typeof p.sub !== 'string' || typeof p.tid !== 'string' || typeof p.exp !== 'number')
        return undefined;
      if (typeof p.rev !== 'number' || p.ctx === null || typeof p.ctx !== 'object') return undefined;
      const principal =
        p.k === 'apiKey'
          ? ({ kind: 'apiKey', apiKeyId: p.sub } as const)
          : p.k === 'account' && typeof p.role === 'string'
            ? ({ kind: 'account', userId: p.sub, role: p.role as Role } as const)
            : undefined;
      if (!principal) return undefined;
      return { principal, tenantId: p.tid, parts: p.ctx as ClientParts, revision: p.rev, expiresAt: p.exp };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return undefined;
      throw error;
    }
  }
}
