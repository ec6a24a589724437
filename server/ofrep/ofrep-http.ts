// HTTP plumbing of the OFREP routes: bounded JSON bodies and answers in OFREP's error shape with request ids.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../platform/errors.js';
import { OfrepRefusal } from './ofrep-wire.js';

/** An OpenFeature context is small; this leaves room for 50 attributes of 10 KB and then some. */
export const MAX_OFREP_BODY_BYTES = 64 * 1024;

export function sendOfrepJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Augur's own code for a refusal's status, as on every other plain HTTP refusal. */
function augurCode(refusal: OfrepRefusal): ErrorCode {
  if (refusal.errorCode === 'FLAG_NOT_FOUND') return 'NOT_FOUND';
  const byStatus: Record<number, ErrorCode> = {
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    429: 'RATE_LIMITED',
  };
  return byStatus[refusal.status] ?? (refusal.status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
}

/**
 * A refusal as OFREP expects it (`errorCode`, `errorDetails`, and `key` on the single-flag endpoint), with
 * Augur's own code and the request id beside them, as every plain HTTP refusal of Augur carries.
 */
export function sendRefusal(
  res: ServerResponse,
  refusal: OfrepRefusal,
  requestId: string,
  key?: string,
): void {
  const body = {
    ...(key === undefined ? {} : { key }),
    errorCode: refusal.errorCode,
    errorDetails: refusal.message,
    code: augurCode(refusal),
    requestId,
  };
  sendOfrepJson(res, refusal.status, body, refusal.headers);
}

/** Reads a declared-length JSON body of at most MAX_OFREP_BODY_BYTES; invalid UTF-8 is a parse error. */
export async function readJsonBody(req: IncomingMessage): Promise<string> {
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] === undefined) return '';
    throw new OfrepRefusal(411, 'GENERAL', 'A POST to /ofrep must send Content-Length');
  }
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0)
    throw new OfrepRefusal(400, 'PARSE_ERROR', 'Bad Content-Length');
  if (length > MAX_OFREP_BODY_BYTES)
    throw new OfrepRefusal(413, 'GENERAL', `Request body exceeds ${MAX_OFREP_BODY_BYTES} bytes`);
  if (length > 0) {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type))
      throw new OfrepRefusal(415, 'GENERAL', 'Send the body as application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_OFREP_BODY_BYTES)
      throw new OfrepRefusal(413, 'GENERAL', `Request body exceeds ${MAX_OFREP_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new OfrepRefusal(400, 'PARSE_ERROR', 'The request body is not valid UTF-8');
  }
}
