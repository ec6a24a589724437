// What the realtime service tells an observer about each flag stream with a return channel: what it sent,
// and what the client read or applied (the propagation slice implements it).

export interface WatchedStream {
  /** An update for `revision` went out; returns what to call when the client read it. */
  sent(revision: number): (at: number) => void;
  /** The client said it applied everything up to `revision`. */
  applied(revision: number, at: number): void;
  close(): void;
}

export interface StreamWatcher {
  /** A stream opened whose first message is at `revision`. */
  open(tenantId: string | null, revision: number): WatchedStream;
}
