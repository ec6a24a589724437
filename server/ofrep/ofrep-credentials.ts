// Who calls an OFREP endpoint: an API key (X-API-Key or Authorization: Bearer ak_...) or a session token.
import type { IncomingMessage } from 'node:http';
import type { AuthService } from '../auth/auth-service.js';
import type { Viewer } from '../auth/viewer.js';
import { AugurError } from '../platform/errors.js';
import { OfrepRefusal } from './ofrep-wire.js';

const unauthenticated = (message: string) => new OfrepRefusal(401, 'GENERAL', message);

/** The single credential on the request, as an `Authorization` value; two different ones are refused. */
function credentialOf(req: IncomingMessage): string {
  const apiKey = req.headers['x-api-key'];
  const authorization = req.headers.authorization;
  if (Array.isArray(apiKey)) throw unauthenticated('Send one X-API-Key header');
  if (apiKey !== undefined && !apiKey.startsWith('ak_'))
    throw unauthenticated('X-API-Key must hold an API key (ak_...)');
  const fromKey = apiKey === undefined ? undefined : `Bearer ${apiKey}`;
  if (fromKey && authorization && authorization.trim() !== fromKey)
    throw unauthenticated('Send one credential: X-API-Key or Authorization, not two different ones');
  const credential = fromKey ?? authorization;
  if (!credential) throw unauthenticated('An API key (X-API-Key) or a bearer token is required');
  return credential;
}

/** Every OFREP evaluation endpoint admits exactly these callers: an API key or a signed-in account. */
export async function ofrepViewer(auth: AuthService, req: IncomingMessage): Promise<Viewer> {
  let viewer: Viewer | undefined;
  try {
    viewer = await auth.authenticate(credentialOf(req));
  } catch (error) {
    if (error instanceof AugurError && error.code === 'UNAUTHENTICATED') throw unauthenticated(error.message);
    throw error;
  }
  if (!viewer) throw unauthenticated('An API key (X-API-Key) or a bearer token is required');
  if (viewer.kind === 'apiKey' && !viewer.scopes.includes('evaluate')) {
    throw new OfrepRefusal(
      403,
      'GENERAL',
      'This API key may not evaluate flags: it lacks the evaluate scope',
    );
  }
  return viewer;
}

/** The rate-limit bucket of a caller: one per API key, one per account. */
export const principalOf = (viewer: Viewer) =>
  viewer.kind === 'apiKey' ? `key:${viewer.apiKeyId}` : `user:${viewer.userId}`;
