// The SSE change stream that bulk responses advertise: `refetchEvaluation` whenever this caller's results
// can have changed, driven by the fan-out of the one evaluator (it re-evaluates only affected subscribers).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccountRef } from '../auth/account-changed.js';
import type { AuthService } from '../auth/auth-service.js';
import type { Viewer } from '../auth/viewer.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import type { Logger } from '../platform/logger.js';
import type { FlagUpdate } from '../realtime/fan-out.js';
import type { RealtimeService } from '../realtime/realtime-service.js';
import { contextFor } from './ofrep-context.js';
import { OfrepRefusal } from './ofrep-wire.js';
import type { StreamTicket, StreamTickets } from './stream-token.js';

export interface EventStreamDeps {
  auth: AuthService;
  realtime: RealtimeService;
  tickets: StreamTickets;
  logger: Logger;
  /** Comment lines keep proxies from closing an idle stream and find dead clients. */
  heartbeatMs?: number;
}

const revoked = () => new OfrepRefusal(401, 'GENERAL', 'This event stream ticket is no longer valid');

/** The viewer a ticket stands for, as the account view holds it now; refused once it may not call. */
async function viewerOf(auth: AuthService, ticket: StreamTicket): Promise<Viewer> {
  const { principal, tenantId } = ticket;
  if (principal.kind === 'apiKey') {
    // Tickets go only to keys with the evaluate scope (ofrep-credentials.ts); scopes cannot change later.
    const viewer: Viewer = { kind: 'apiKey', apiKeyId: principal.apiKeyId, tenantId, scopes: ['evaluate'] };
    if (!(await auth.stillValid(viewer))) throw revoked();
    return viewer;
  }
  const user = await auth.findUser(tenantId, principal.userId);
  if (!user || user.disabledAt !== null || user.role !== principal.role) throw revoked();
  return {
    kind: 'account',
    userId: user.id,
    tenantId,
    role: user.role,
    plan: user.plan,
    expiresAt: ticket.expiresAt,
  };
}

/** Last-Event-ID (the configuration revision of the last event seen), else the ticket's own revision. */
function sinceRevision(req: IncomingMessage, ticket: StreamTicket): number {
  const last = req.headers['last-event-id'];
  const seen = typeof last === 'string' && /^\d{1,10}$/.test(last) ? Number(last) : undefined;
  return seen ?? ticket.revision;
}

function refetchEvent(configRevision: number): string {
  const data = {
    type: 'refetchEvaluation',
    etag: `"${configRevision}"`,
    lastModified: Math.floor(Date.now() / 1000),
  };
  return `id: ${configRevision}\nevent: message\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Authenticates the ticket and returns the stream to serve; a ticket that cannot be used is refused before
 * any byte of the stream is written, so EventSource sees a plain 401.
 */
export async function openEventStream(
  deps: EventStreamDeps,
  req: IncomingMessage,
  ticketText: string | null,
): Promise<{ viewer: Viewer; serve: (res: ServerResponse) => Promise<void> }> {
  const ticket = ticketText ? await deps.tickets.read(ticketText) : undefined;
  if (!ticket) throw new OfrepRefusal(401, 'GENERAL', 'A valid event stream ticket is required');
  const viewer = await viewerOf(deps.auth, ticket);
  const since = sinceRevision(req, ticket);
  const account: AccountRef =
    viewer.kind === 'apiKey'
      ? { kind: 'apiKey', apiKeyId: viewer.apiKeyId }
      : { kind: 'user', userId: viewer.userId };
  const stream = deps.realtime.flagStream({
    context: contextFor(viewer, ticket.parts),
    sinceRevision: since,
    expiresAt: ticket.expiresAt,
    stillAllowed: () => deps.auth.stillValid(viewer),
    account,
    contextNow:
      viewer.kind === 'account'
        ? async () => {
            const now = await deps.auth.currentViewer(viewer);
            return now && FlagEvaluator.accountContext(now, ticket.parts);
          }
        : undefined,
  });
  return { viewer, serve: (res) => pump(deps, req, res, stream, since) };
}

async function pump(
  deps: EventStreamDeps,
  req: IncomingMessage,
  res: ServerResponse,
  stream: AsyncIterable<FlagUpdate>,
  since: number,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
  });
  res.write('retry: 1000\n: connected\n\n');
  const iterator = stream[Symbol.asyncIterator]();
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), deps.heartbeatMs ?? 20_000);
  heartbeat.unref();
  const leave = () => void iterator.return?.();
  // The response closes when the client goes away (or the stream ended): stop re-evaluating for it.
  res.once('close', leave);
  if (req.destroyed) leave();
  try {
    let first = true;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      const update = next.value;
      // The first message is what the client holds (a snapshot) or what it missed since `since` (a delta):
      // only a delta with something in it, or a snapshot of another revision, is news.
      const news = !first || (update.full ? update.configRevision !== since : update.flags.length > 0);
      first = false;
      if (news) res.write(refetchEvent(update.configRevision));
    }
  } catch (error) {
    // Expiry, revocation or shutdown ended the stream; EventSource reconnects and the ticket is checked anew.
    deps.logger.debug({ err: error }, 'OFREP event stream ended');
  } finally {
    clearInterval(heartbeat);
    res.off('close', leave);
    res.end();
  }
}
