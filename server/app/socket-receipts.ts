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

export class SocketReceipts {
  /** Per operation: the `next` prefix its messages start with, and the receipts waiting for them in order. */
  private readonly expected = new Map<string, { prefix: string; waiting: Array<(at: number) => void> }>();
  private readonly unconfirmed = new Map<number, (at: number) => void>();
  private readonly applied = new Set<(ack: AppliedAck) => void>();
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  channel(operationId: string): ReceiptChannel {
    return {
      expect: (read) => {
        let entry = this.expected.get(operationId);
        if (!entry) {
          // graphql-ws writes `{"id":…,"type":"next",…}` in that order (its stringifyMessage).
          entry = { prefix: `{"id":${JSON.stringify(operationId)},"type":"next"`, waiting: [] };
          this.expected.set(operationId, entry);
        }
        entry.waiting.push(read);
      },
      onApplied: (listener) => {
        this.applied.add(listener);
        return () => this.applied.delete(listener);
      },
    };
  }

  /** After `data` went out on the socket: the ping to send behind it, when a stream asked for a receipt. */
  sent(data: string): string | undefined {
    if (this.expected.size === 0) return undefined;
    for (const [id, entry] of this.expected) {
      if (!data.startsWith(entry.prefix)) {
        // The operation ended: no `next` of it will come.
        if (data.startsWith(`{"id":${JSON.stringify(id)},"type":"`)) this.expected.delete(id);
        continue;
      }
      const read = entry.waiting.shift();
      if (entry.waiting.length === 0) this.expected.delete(id);
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
    if (typeof augur === 'number') {
      for (const [seq, read] of this.unconfirmed) {
        if (seq > augur) break;
        this.unconfirmed.delete(seq);
        read(at);
      }
    }
    if (
      typeof augurApplied === 'object' &&
      augurApplied !== null &&
      Number.isSafeInteger(augurApplied.revision)
    ) {
      const ack = { revision: augurApplied.revision as number, at };
      for (const listener of this.applied) listener(ack);
    }
  }

  close(): void {
    this.expected.clear();
    this.unconfirmed.clear();
    this.applied.clear();
  }
}
