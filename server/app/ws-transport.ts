// graphql-ws's protocol on a `ws` server, like graphql-ws/use/ws, but with a bound on each socket's unsent bytes.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../platform/logger.js';
import { SocketReceipts } from './socket-receipts.js';

export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  /** Read receipts for the socket's streams (docs/propagation.md). */
  receipts: SocketReceipts;
}

export interface TransportOptions {
  /** Ping interval; a socket that does not answer a ping within it is cut. */
  keepAliveMs: number;
  /** Unsent bytes a socket may hold; past it `onSlowConsumer` runs and nothing more is queued. */
  maxBufferedBytes: number;
  onSlowConsumer(socket: WebSocket): void;
  logger: Logger;
}

const PONG = '{"type":"pong"';

/** A pong as graphql-ws clients write it; false (left to the protocol) when it does not parse. */
function readPong(text: string, receipts: SocketReceipts): boolean {
  try {
    receipts.pong((JSON.parse(text) as { payload?: unknown }).payload);
    return true;
  } catch {
    return false;
  }
}

/**
 * use/ws waits for each message to reach the kernel before the stream yields the next one, so a reader that
 * stopped reading piles its messages up in every stream's queue instead of the socket, out of sight of any
 * bound. Here a send only queues on the socket, so `bufferedAmount` holds everything unsent and is checked
 * after every message.
 */
export function serveGraphqlWs<P extends Record<string, unknown>>(
  options: ServerOptions<P, SocketExtra>,
  wss: WebSocketServer,
  transport: TransportOptions,
): { dispose(): Promise<void> } {
  const server = makeServer<P, SocketExtra>(options);
  wss.options.handleProtocols = handleProtocols;
  wss.on('error', (err) => transport.logger.error({ err }, 'websocket server error'));
  wss.on('connection', (socket, request) => {
    socket.on('error', (err) => {
      transport.logger.warn({ err: { message: err.message } }, 'websocket error');
      socket.terminate();
    });
    let slow = false;
    const receipts = new SocketReceipts();
    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), transport.keepAliveMs);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, transport.keepAliveMs);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (socket.readyState !== socket.OPEN || slow) return;
          const receiptPing = receipts.sent(data);
          if (receiptPing) {
            // Both frames in one write: the ping costs no system call of its own.
            const raw = (socket as unknown as { _socket?: Duplex })._socket;
            raw?.cork();
            socket.send(data);
            socket.send(receiptPing);
            raw?.uncork();
          } else socket.send(data);
          if (socket.bufferedAmount > transport.maxBufferedBytes) {
            slow = true;
            transport.onSlowConsumer(socket);
          }
        },
        close: (code, reason) => socket.close(code, reason),
        onPong: (payload) => receipts.pong(payload),
        onMessage: (cb) =>
          socket.on('message', async (event) => {
            const text = String(event);
            // Pongs answer our receipt pings, one per update: read them without the protocol's parse and validation.
            if (text.startsWith(PONG) && readPong(text, receipts)) return;
            try {
              await cb(text);
            } catch (err) {
              transport.logger.error({ err }, 'websocket message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request, receipts },
    );
    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(ping);
      receipts.close();
      void closed(code, String(reason));
    });
  });
  return {
    dispose: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
