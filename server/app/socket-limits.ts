// Counts of long-lived connections per principal and per address, shared by the WebSocket and SSE paths.
import type { Viewer } from '../auth/viewer.js';
import type { SocketLimits } from '../platform/config.js';

/** Close codes of the socket limits (graphql-ws's own 4408 for the init deadline). */
export const CLOSE_INIT_TIMEOUT = 4408;
export const CLOSE_TOO_MANY_SOCKETS = 4429;
/** Not in graphql-ws's fatal list, so its client reconnects (with sinceRevision) by itself. */
export const CLOSE_SLOW_CONSUMER = 4413;

/** One key per user or API key: what a per-principal cap counts. */
export function principalKey(viewer: Viewer): string {
  return viewer.kind === 'account' ? `user:${viewer.userId}` : `apiKey:${viewer.apiKeyId}`;
}

/** Holders per key with a cap; a key's entry goes with its last holder (keys come from clients). */
export class Slots {
  private readonly held = new Map<string, number>();

  constructor(private readonly cap: number) {}

  /** A release function (idempotent), or undefined when the key already holds `cap` slots. */
  acquire(key: string): (() => void) | undefined {
    const count = this.held.get(key) ?? 0;
    if (count >= this.cap) return undefined;
    this.held.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = (this.held.get(key) ?? 1) - 1;
      if (now <= 0) this.held.delete(key);
      else this.held.set(key, now);
    };
  }

  count(key: string): number {
    return this.held.get(key) ?? 0;
  }

  /** Keys holding at least one slot. */
  get size(): number {
    return this.held.size;
  }
}

/** What the limits refused or dropped since start (tests and /metrics read them). */
export interface SocketStats {
  initTimeouts: number;
  refusedSockets: number;
  refusedSubscriptions: number;
  refusedStreams: number;
  slowConsumers: number;
}

export interface ConnectionLimits {
  limits: SocketLimits;
  /** WebSocket sockets and SSE streams per principal, together. */
  principals: Slots;
  /** Anonymous sockets per client address. */
  anonymous: Slots;
  stats: SocketStats;
}

export function createConnectionLimits(limits: SocketLimits): ConnectionLimits {
  return {
    limits,
    principals: new Slots(limits.maxSocketsPerPrincipal),
    anonymous: new Slots(limits.maxAnonymousSocketsPerAddress),
    stats: {
      initTimeouts: 0,
      refusedSockets: 0,
      refusedSubscriptions: 0,
      refusedStreams: 0,
      slowConsumers: 0,
    },
  };
}
