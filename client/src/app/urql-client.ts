// Builds the one urql client for a session: HTTP for queries and mutations, graphql-ws for subscriptions.
import { createClient as createSocketClient, type Client as SocketClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { hasErrorCode } from './errors';

export const GRAPHQL_PATH = '/graphql';
/** The server refuses requests without this header (CSRF prevention). */
const CSRF_HEADER = 'x-graphql-yoga-csrf';
/** graphql-ws close code the server uses for a missing or refused credential. */
const CLOSE_FORBIDDEN = 4403;

export interface ApiClient {
  client: Client;
  /** Closes the WebSocket, if one was opened. */
  dispose(): void;
}

export interface ApiClientOptions {
  token: string | null;
  /** Called when the server refuses the token (expired, revoked, account gone). */
  onUnauthenticated(): void;
}

export function socketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${GRAPHQL_PATH}`;
}

export function createApiClient({ token, onUnauthenticated }: ApiClientOptions): ApiClient {
  const authorization = token ? `Bearer ${token}` : undefined;
  let socket: SocketClient | undefined;
  // Opened on the first subscription; made again if disposed (React may unmount and remount in development).
  const getSocket = () => {
    socket ??= createSocketClient({
      url: socketUrl(window.location),
      lazy: true,
      connectionParams: () => (authorization ? { authorization } : {}),
      on: {
        closed: (event) => {
          if (token && (event as CloseEvent).code === CLOSE_FORBIDDEN) onUnauthenticated();
        },
      },
    });
    return socket;
  };

  const client = new Client({
    url: GRAPHQL_PATH,
    fetchOptions: () => ({
      headers: { [CSRF_HEADER]: '1', ...(authorization ? { authorization } : {}) },
    }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError: (error) => {
          if (token && hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: getSocket().subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });

  return {
    client,
    dispose: () => {
      void socket?.dispose();
      socket = undefined;
    },
  };
}
