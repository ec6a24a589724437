// What every GraphQL resolver receives. The composition root (server/app/context.ts) adds the caller and
// the services by declaration merging, so this plumbing names no slice.
import type { AuthScopes } from './builder.js';
import type { GateAnswer } from './feature-gate.js';
import type { Logger } from './logger.js';
import type { ReceiptChannel } from './receipts.js';

export interface Context {
  requestId: string;
  /** The client's address (rate limits key on it; never logged). */
  clientAddress: string;
  logger: Logger;
  /** Which auth scopes the caller holds, worked out once per operation from its credential. */
  scopes: AuthScopes;
  /** A gated field's flag evaluated for the caller (server/platform/feature-gate.ts). */
  featureGate(flagKey: string): GateAnswer;
  /** A WebSocket operation's read receipts (undefined over HTTP and SSE: they have no way back). */
  receipts?: ReceiptChannel | undefined;
}
