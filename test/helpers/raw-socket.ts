// A graphql-transport-ws socket driven message by message, for tests that need control the client library hides.
import WebSocket from 'ws';

export interface RawMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface RawSocket {
  socket: WebSocket;
  /** Resolves with the close code once the socket closes. */
  closed: Promise<number>;
  /** Resolves with the first message matching, received or still to come; rejects after the timeout. */
  message(match: (m: RawMessage) => boolean, timeoutMs?: number): Promise<RawMessage>;
  send(message: RawMessage): void;
}

export function openRaw(wsUrl: string): Promise<RawSocket> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
  const received: RawMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    received.push(JSON.parse(String(data)) as RawMessage);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const raw: RawSocket = {
    socket,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    message: (match, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching message within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(raw));
    socket.once('error', reject);
  });
}

/** Opens a socket and completes connection_init (with a bearer token when given). */
export async function openAcked(wsUrl: string, token?: string): Promise<RawSocket> {
  const raw = await openRaw(wsUrl);
  raw.send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
  await raw.message((m) => m.type === 'connection_ack');
  return raw;
}
