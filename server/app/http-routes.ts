// Plain HTTP around GraphQL: request ids, health and readiness, body-size limit, the built web app.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import type { ErrorCode } from '../platform/errors.js';

export const CLIENT_DIST = fileURLToPath(new URL('../../dist/client', import.meta.url));

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a well-formed incoming X-Request-Id, else makes one; the chosen id is echoed on the response. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.headers['x-request-id'] = id;
  res.setHeader('X-Request-Id', id);
  return id;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The code of a refusal by its HTTP status, for refusals that carry no GraphQL error of their own. */
export function refusalCode(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'UNAVAILABLE';
  return status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
}

/** The JSON body of a refusal: the same shape as a GraphQL error response. */
export function refusalBody(status: number, message: string, requestId: string) {
  return { errors: [{ message, extensions: { code: refusalCode(status), requestId } }] };
}

/** A GraphQL-shaped error for requests refused before GraphQL sees them. */
export function sendGraphqlError(
  res: ServerResponse,
  status: number,
  message: string,
  requestId: string,
): void {
  sendJson(res, status, refusalBody(status, message, requestId));
}

/**
 * Node answers requests its parser refuses (a URL or headers too large, a malformed request line) with an
 * empty body; this answers them like every other refusal. Use as the server's 'clientError' listener.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const requestId = randomUUID();
  const text = JSON.stringify(refusalBody(status, 'The request could not be read', requestId));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${text}`,
  );
}

/** Paths below /graphql name nothing: a coded 404 rather than the web app's page. */
export function isUnderGraphql(path: string | undefined, graphqlPath: string): boolean {
  return path?.startsWith(`${graphqlPath}/`) ?? false;
}

/**
 * Refuses bodies over the limit before they are read. A POST must declare its length so the limit holds
 * without buffering: chunked uploads are refused with 411.
 */
export function checkBodySize(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  requestId: string,
): boolean {
  if (req.method !== 'POST') return true;
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    sendGraphqlError(res, 411, 'A POST to /graphql must send Content-Length', requestId);
    return false;
  }
  if (Number(declared) > maxBytes) {
    sendGraphqlError(res, 413, `Request body exceeds ${maxBytes} bytes`, requestId);
    return false;
  }
  return true;
}

// The app loads only its own scripts and talks only to this origin (HTTP and WebSocket).
const WEB_APP_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Serves the built web app (any unknown path gets index.html for client-side routes). */
export function webAppHandler(): StaticHandler {
  if (!existsSync(CLIENT_DIST)) {
    return (_req, res) => {
      for (const [name, value] of Object.entries(WEB_APP_HEADERS)) res.setHeader(name, value);
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The web app is not built. Run `npm run build:client` (npm start does it for you).\n');
    };
  }
  const serve = sirv(CLIENT_DIST, { single: true, etag: true, dev: false });
  return (req, res) => {
    for (const [name, value] of Object.entries(WEB_APP_HEADERS)) res.setHeader(name, value);
    serve(req, res, () => {
      const requestId = String(req.headers['x-request-id'] ?? '');
      sendJson(res, 404, refusalBody(404, 'Not found', requestId));
    });
  };
}
