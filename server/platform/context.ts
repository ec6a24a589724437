// One context for every GraphQL operation, whether it arrived over HTTP or over a WebSocket.
import type { AuthService } from '../auth/auth-service.js';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from './logger.js';
import type { Services } from './services.js';

export interface Context {
  requestId: string;
  viewer: Viewer | undefined;
  /** The client's address (rate limits key on it; never logged). */
  clientAddress: string;
  logger: Logger;
  services: Services;
}

export interface ContextInput {
  requestId: string;
  authorization: string | undefined | null;
  clientAddress: string;
}

export function createContextFactory(deps: { auth: AuthService; services: Services; logger: Logger }) {
  return async (input: ContextInput): Promise<Context> => {
    const viewer = await deps.auth.authenticate(input.authorization);
    return {
      requestId: input.requestId,
      viewer,
      clientAddress: input.clientAddress,
      logger: deps.logger.child({ requestId: input.requestId }),
      services: deps.services,
    };
  };
}
