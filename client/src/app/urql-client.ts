// Builds the one urql client for a session: HTTP for queries and mutations, graphql-ws for subscriptions.
import { createClient as createSocketClient, type Client as SocketClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { type AckSocket, ackApplied } from '../features/propagation/applied-ack';
import { hasErrorCode } from './errors';
import {
  backoffDelay,
  CLOSE_FORBIDDEN,
  CLOSE_TOO_MANY_SOCKETS,
  closeCode,
  rememberRevision,
  retryOptions,
} from './socket-retry';

export const GRAPHQL_PATH = '/graphql';
/** The server refuses requests without this header (CSRF prevention). */
const CSRF_HEADER = 'x-graphql-yoga-csrf';

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
  let raw: AckSocket | undefined;
  // Opened on the first subscription; made again if disposed (React may unmount and remount in development).
  const getSocket = () => {
    socket ??= createSocketClient({
      url: socketUrl(window.location),
      lazy: true,
      connectionParams: () => (authorization ? { authorization } : {}),
      // Every drop (a deploy, a lost instance, "slow consumer") reconnects after a jittered, growing wait.
      ...retryOptions(),
      on: {
        connected: (opened) => {
          raw = opened as AckSocket;
        },
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
          subscribe: (sink) => {
            // graphql-ws re-sends this same payload when it reconnects, so keeping sinceRevision current
            // here makes a resumed stream start after the last revision seen instead of from scratch.
            const payload = { ...request, variables: { ...request.variables }, query: request.query ?? '' };
            let attempt = 0;
            let retry: ReturnType<typeof setTimeout> | undefined;
            let stop: () => void = () => undefined;
            const start = () => {
              stop = getSocket().subscribe(payload, {
                next: (result) => {
                  attempt = 0;
                  rememberRevision(payload, result.data);
                  sink.next(result as Parameters<typeof sink.next>[0]);
                  ackApplied(raw, result.data);
                },
                error: (error) => {
                  // graphql-ws treats 4429 as final; other sockets of this account may close, so try later.
                  if (closeCode(error) === CLOSE_TOO_MANY_SOCKETS) {
                    retry = setTimeout(start, backoffDelay(attempt++));
                    return;
                  }
                  sink.error(error);
                },
                complete: () => sink.complete(),
              });
            };
            start();
            return {
              unsubscribe: () => {
                clearTimeout(retry);
                stop();
              },
            };
          },
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
