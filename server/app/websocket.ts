// graphql-ws on the HTTP server's /graphql path, sharing Yoga's plugins and context factory.
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import type { Disposable } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { AccountDirectory } from '../auth/account-directory.js';
import type { AuthService } from '../auth/auth-service.js';
import type { ClientAddressOf } from '../platform/client-address.js';
import { toClientError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { setLongTimeout } from '../platform/long-timer.js';
import { LIMITS } from './graphql-plugins.js';
import { CLOSE_FORBIDDEN, SocketRevocation } from './socket-revocation.js';
import { type AugurYoga, GRAPHQL_PATH, type SocketInitialContext } from './yoga.js';

export { CLOSE_FORBIDDEN };

interface Enveloped {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/** A session's socket closes with 4403 when its token expires, so the client signs in again. */
function closeAtExpiry(socket: WebSocket, expiresAt: number): void {
  const timer = setLongTimeout(
    () => socket.close(CLOSE_FORBIDDEN, 'Session expired'),
    expiresAt * 1000 - Date.now(),
  );
  socket.once('close', () => timer.clear());
}

export interface GraphqlWebSocket {
  wss: WebSocketServer;
  close(): Promise<void>;
}

export function attachGraphqlWebSocket(options: {
  server: Server;
  yoga: AugurYoga;
  auth: AuthService;
  accounts: Pick<AccountDirectory, 'onChange'>;
  logger: Logger;
  clientAddressOf: ClientAddressOf;
}): GraphqlWebSocket {
  const revocation = new SocketRevocation(options.auth, options.accounts);
  const wss = new WebSocketServer({
    server: options.server,
    path: GRAPHQL_PATH,
    maxPayload: LIMITS.maxBodyBytes,
  });
  const disposable: Disposable = useServer<Record<string, unknown>>(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
      // A missing or unusable credential ends the connection with 4403 before any operation runs.
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        if (authorization === undefined) return true;
        try {
          const viewer = await options.auth.authenticate(String(authorization));
          if (viewer?.kind === 'account') closeAtExpiry(ctx.extra.socket, viewer.expiresAt);
          if (viewer) revocation.track(ctx.extra.socket, viewer);
          return viewer !== undefined;
        } catch {
          return false;
        }
      },
      // A stream that fails after it started (e.g. its caller's access ended) reports a coded error.
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => toClientError(e, randomUUID()).toJSON()),
      onSubscribe: async (ctx, _id, payload) => {
        const requestId = randomUUID();
        const initial: SocketInitialContext = {
          requestId,
          connectionParams: ctx.connectionParams,
          clientAddress: options.clientAddressOf(ctx.extra.request),
        };
        const { schema, execute, subscribe, contextFactory, parse, validate } =
          options.yoga.getEnveloped(initial);
        try {
          const document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length > 0) return errors.map((e: GraphQLError) => toClientError(e, requestId));
          const args: ExecutionArgs = {
            schema,
            document,
            operationName: payload.operationName ?? null,
            variableValues: payload.variables ?? null,
            contextValue: await contextFactory(),
            rootValue: { execute, subscribe } satisfies Enveloped,
          };
          return args;
        } catch (error) {
          if (error instanceof GraphQLError) return [toClientError(error, requestId)];
          options.logger.error({ err: error, requestId }, 'websocket subscribe failed');
          return [toClientError(error, requestId)];
        }
      },
    },
    wss,
  );
  return {
    wss,
    close: async () => {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
    },
  };
}
