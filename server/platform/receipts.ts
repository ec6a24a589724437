// How a stream learns that its client read (and, for the web app, applied) a message: the socket transport
// confirms each one through graphql-ws's own ping/pong (docs/propagation.md).

export interface AppliedAck {
  /** The configuration revision the client says it applied. */
  revision: number;
  /** When the ack arrived (this instance's clock, epoch ms): client clocks are not trusted. */
  at: number;
}

export interface ReceiptChannel {
  /** Calls `read(at)` once the client has read the next message this operation sends; never if it does not. */
  expect(read: (at: number) => void): void;
  /** Each "applied" ack the client sends on this socket; returns the unsubscribe. */
  onApplied(listener: (ack: AppliedAck) => void): () => void;
}
