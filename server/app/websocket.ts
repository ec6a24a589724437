// graphql-ws on the HTTP server's /graphql path, sharing Yoga's plugins and context factory, within the socket limits.

import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type ExecutionArgs, GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import type { AccountDirectory } from '../auth/account-directory.js';
import type { AuthService } from '../auth/auth-service.js';
import type { ClientAddressOf } from '../platform/client-address.js';
import { toClientError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { setLongTimeout } from '../platform/long-timer.js';
import { LIMITS } from './graphql-plugins.js';
import {
  CLOSE_INIT_TIMEOUT,
  CLOSE_SLOW_CONSUMER,
  CLOSE_TOO_MANY_SOCKETS,
  type ConnectionLimits,
  principalKey,
} from './socket-limits.js';
import type { SocketReceipts } from './socket-receipts.js';
import { CLOSE_FORBIDDEN, SocketRevocation } from './socket-revocation.js';
import { serveGraphqlWs } from './ws-transport.js';
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

/** graphql-ws pings this often; a socket that misses a pong for as long is cut. */
const KEEP_ALIVE_MS = 12_000;
/** A slow consumer's close frame waits behind its unsent bytes: cut the connection if it is still open then. */
const SLOW_CLOSE_GRACE_MS = 1000;

export interface GraphqlWebSocket {
  wss: WebSocketServer;
  /** Closes every socket a principal (`principalKey`) holds on this instance, e.g. 4403 when it is revoked. */
  closePrincipal(key: string, code: number, reason: string): number;
  close(): Promise<void>;
}

/** Per-socket bookkeeping: whether it authenticated in time, and the slot it holds. */
interface SocketState {
  authenticated: boolean;
  closed: boolean;
  release: (() => void) | undefined;
}

function tooMany(requestId: string, limit: number): GraphQLError {
  return new GraphQLError(`At most ${limit} operations may run at once on one socket`, {
    extensions: { code: 'RATE_LIMITED', requestId, limit, retryAfterSeconds: 1 },
  });
}

export function attachGraphqlWebSocket(options: {
  server: Server;
  yoga: AugurYoga;
  auth: AuthService;
  accounts: Pick<AccountDirectory, 'onChange'>;
  logger: Logger;
  clientAddressOf: ClientAddressOf;
  connections: ConnectionLimits;
}): GraphqlWebSocket {
  const { limits, stats } = options.connections;
  // Whether a socket is in the receipts' sample, decided once per socket (a receipt costs the server a pong
  // per update; docs/propagation.md has the figures).
  const sampled = new WeakMap<SocketReceipts, boolean>();
  const receiptsFor = (receipts: SocketReceipts): SocketReceipts | undefined => {
    let inSample = sampled.get(receipts);
    if (inSample === undefined) {
      inSample = limits.receiptShare >= 1 || Math.random() < limits.receiptShare;
      sampled.set(receipts, inSample);
    }
    return inSample ? receipts : undefined;
  };
  const wss = new WebSocketServer({
    server: options.server,
    path: GRAPHQL_PATH,
    maxPayload: LIMITS.maxBodyBytes,
  });
  const states = new WeakMap<WebSocket, SocketState>();
  /** Authenticated sockets by principal; an entry goes with its last socket. */
  const byPrincipal = new Map<string, Set<WebSocket>>();
  const revocation = new SocketRevocation(
    options.auth,
    options.accounts,
    (key) => byPrincipal.get(key) ?? [],
  );
  // Registered before the protocol's own listener, so this deadline fires before graphql-ws's equal one.
  wss.on('connection', (socket) => {
    const state: SocketState = { authenticated: false, closed: false, release: undefined };
    states.set(socket, state);
    const deadline = setTimeout(() => {
      if (state.authenticated) return;
      stats.initTimeouts++;
      socket.close(CLOSE_INIT_TIMEOUT, 'Not authenticated in time');
    }, limits.initTimeoutMs);
    deadline.unref();
    socket.once('close', () => {
      clearTimeout(deadline);
      state.closed = true;
      state.release?.();
    });
  });
  const track = (key: string, socket: WebSocket) => {
    // Closed while its credential was checked: its close event has passed already.
    if (states.get(socket)?.closed) return;
    let held = byPrincipal.get(key);
    if (!held) {
      held = new Set();
      byPrincipal.set(key, held);
    }
    held.add(socket);
    socket.once('close', () => {
      held.delete(socket);
      if (held.size === 0 && byPrincipal.get(key) === held) byPrincipal.delete(key);
    });
  };
  /** Takes a slot for the socket, or closes it with 4429; false when refused. */
  const hold = (socket: WebSocket, release: (() => void) | undefined, reason: string): boolean => {
    const state = states.get(socket);
    if (!release || !state) {
      stats.refusedSockets++;
      socket.close(CLOSE_TOO_MANY_SOCKETS, reason);
      return false;
    }
    state.release = release;
    // The socket may have closed while its credential was being checked.
    if (state.closed) release();
    return true;
  };
  const disposable = serveGraphqlWs<Record<string, unknown>>(
    {
      connectionInitWaitTimeout: limits.initTimeoutMs,
      execute: (args) => (args.rootValue as Enveloped).execute(args) as never,
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args) as never,
      // A missing or unusable credential ends the connection with 4403 before any operation runs.
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const authorization = ctx.connectionParams?.authorization;
        if (authorization === undefined) {
          const address = options.clientAddressOf(ctx.extra.request);
          return hold(socket, options.connections.anonymous.acquire(address), 'Too many anonymous sockets');
        }
        try {
          const viewer = await options.auth.authenticate(String(authorization));
          if (viewer === undefined) return false;
          const key = principalKey(viewer);
          if (
            !hold(socket, options.connections.principals.acquire(key), 'Too many sockets for this credential')
          ) {
            return false;
          }
          track(key, socket);
          const state = states.get(socket);
          if (state) state.authenticated = true;
          if (viewer.kind === 'account') closeAtExpiry(socket, viewer.expiresAt);
          revocation.track(socket, viewer);
          return true;
        } catch {
          return false;
        }
      },
      // A stream that fails after it started (e.g. its caller's access ended) reports a coded error.
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => toClientError(e, randomUUID()).toJSON()),
      onSubscribe: async (ctx, id, payload) => {
        const requestId = randomUUID();
        // The new operation is already registered, so the count includes it.
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          stats.refusedSubscriptions++;
          return [tooMany(requestId, limits.maxSubscriptionsPerSocket)];
        }
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
            contextValue: Object.assign(await contextFactory(), {
              receipts: receiptsFor(ctx.extra.receipts)?.channel(id),
            }),
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
    {
      keepAliveMs: KEEP_ALIVE_MS,
      maxBufferedBytes: limits.maxBufferedBytes,
      logger: options.logger,
      // The client reconnects with sinceRevision and gets what it missed; its backlog is not kept here.
      onSlowConsumer: (socket) => {
        stats.slowConsumers++;
        options.logger.warn({ bufferedBytes: socket.bufferedAmount }, 'slow websocket consumer dropped');
        socket.close(CLOSE_SLOW_CONSUMER, 'Slow consumer');
        setTimeout(() => socket.terminate(), SLOW_CLOSE_GRACE_MS).unref();
      },
    },
  );
  return {
    wss,
    closePrincipal: (key, code, reason) => {
      const held = [...(byPrincipal.get(key) ?? [])];
      for (const socket of held) socket.close(code, reason);
      return held.length;
    },
    close: async () => {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await disposable.dispose();
    },
  };
}
