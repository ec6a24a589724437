// Read receipts on one graphql-ws socket: after a `next` that a stream asked a receipt for, a protocol ping
// follows; the client's pong (graphql-ws clients answer every ping by themselves) proves it read the `next`.
import type { AppliedAck, ReceiptChannel } from '../platform/receipts.js';

/** Our pings carry `{ augur: n }`; the web app's unsolicited pong `{ augurApplied: { ... } }` says it applied. */
interface PongPayload {
  augur?: unknown;
  augurApplied?: { revision?: unknown };
}

/** Receipts not yet confirmed per socket at most; a reader that stops reading is cut long before. */
const MAX_UNCONFIRMED = 10_000;

/** One operation's side of the socket's receipts (a class, not closures: one of these per open stream). */
class OperationReceipts implements ReceiptChannel {
  constructor(
    private readonly socket: SocketReceipts,
    private readonly id: string,
  ) {}

  expect(read: (at: number) => void): void {
    this.socket.expect(this.id, read);
  }

  onApplied(listener: (ack: AppliedAck) => void): () => void {
    return this.socket.onApplied(listener);
  }
}

interface Expected {
  /** The start of this operation's `next` messages, and of any of its messages. */
  next: string;
  any: string;
  waiting: Array<(at: number) => void>;
}

export class SocketReceipts {
  // Made on first use: most sockets hold one stream, and thousands of them sit idle.
  /** Per operation: the receipts waiting for its next messages, in order. */
  private expected: Map<string, Expected> | undefined;
  private unconfirmed: Map<number, (at: number) => void> | undefined;
  private applied: Array<(ack: AppliedAck) => void> | undefined;
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  channel(operationId: string): ReceiptChannel {
    return new OperationReceipts(this, operationId);
  }

  expect(operationId: string, read: (at: number) => void): void {
    this.expected ??= new Map();
    let entry = this.expected.get(operationId);
    if (!entry) {
      // graphql-ws writes `{"id":…,"type":"next",…}` in that order (its stringifyMessage).
      const any = `{"id":${JSON.stringify(operationId)},"type":"`;
      entry = { next: `${any}next"`, any, waiting: [] };
      this.expected.set(operationId, entry);
    }
    entry.waiting.push(read);
  }

  onApplied(listener: (ack: AppliedAck) => void): () => void {
    this.applied ??= [];
    this.applied.push(listener);
    return () => {
      const index = this.applied?.indexOf(listener) ?? -1;
      if (index >= 0) this.applied?.splice(index, 1);
    };
  }

  /** After `data` went out on the socket: the ping to send behind it, when a stream asked for a receipt. */
  sent(data: string): string | undefined {
    const expected = this.expected;
    if (expected === undefined || expected.size === 0) return undefined;
    for (const [id, entry] of expected) {
      if (!data.startsWith(entry.next)) {
        // The operation ended: no `next` of it will come.
        if (data.startsWith(entry.any)) expected.delete(id);
        if (expected.size === 0) this.expected = undefined;
        continue;
      }
      const read = entry.waiting.shift();
      if (entry.waiting.length === 0) expected.delete(id);
      // Idle sockets keep no collections.
      if (expected.size === 0) this.expected = undefined;
      this.unconfirmed ??= new Map();
      if (!read || this.unconfirmed.size >= MAX_UNCONFIRMED) return undefined;
      this.unconfirmed.set(++this.seq, read);
      return `{"type":"ping","payload":{"augur":${this.seq}}}`;
    }
    return undefined;
  }

  /** A pong from the client: confirms every receipt up to the ping it answers (pongs come in order). */
  pong(payload: unknown): void {
    if (typeof payload !== 'object' || payload === null) return;
    const { augur, augurApplied } = payload as PongPayload;
    const at = this.now();
    if (typeof augur === 'number' && this.unconfirmed) {
      for (const [seq, read] of this.unconfirmed) {
        if (seq > augur) break;
        this.unconfirmed.delete(seq);
        read(at);
      }
      if (this.unconfirmed.size === 0) this.unconfirmed = undefined;
    }
    if (
      typeof augurApplied === 'object' &&
      augurApplied !== null &&
      Number.isSafeInteger(augurApplied.revision)
    ) {
      const ack = { revision: augurApplied.revision as number, at };
      for (const listener of this.applied ?? []) listener(ack);
    }
  }

  close(): void {
    this.expected = undefined;
    this.unconfirmed = undefined;
    this.applied = undefined;
  }
}
