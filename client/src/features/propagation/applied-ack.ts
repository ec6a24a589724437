// The web app's "applied" ack: after a pushed set of flags is handed to the app, it tells the server which
// configuration revision it now holds, as a graphql-ws pong on the same socket (docs/propagation.md).

/** The configuration revision of a flag update (`{ configRevision, full, flags }`), if the result is one. */
export function appliedRevision(data: unknown): number | undefined {
  if (!data || typeof data !== 'object') return undefined;
  for (const field of Object.values(data)) {
    if (!field || typeof field !== 'object' || !('full' in field) || !('flags' in field)) continue;
    const revision = (field as { configRevision?: unknown }).configRevision;
    if (typeof revision === 'number') return revision;
  }
  return undefined;
}

/** A socket that can carry the ack: graphql-ws hands its WebSocket to the `connected` listener. */
export interface AckSocket {
  readyState: number;
  send(data: string): void;
}

const OPEN = 1;

/** Sends the ack for an applied flag update; nothing for other results or a socket that is not open. */
export function ackApplied(socket: AckSocket | undefined, data: unknown): void {
  const revision = appliedRevision(data);
  if (revision === undefined || socket?.readyState !== OPEN) return;
  // graphql-ws allows an unsolicited pong at any time; the server reads its payload (server/app/socket-receipts.ts).
  socket.send(JSON.stringify({ type: 'pong', payload: { augurApplied: { revision } } }));
}
