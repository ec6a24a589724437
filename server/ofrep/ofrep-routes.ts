// The OFREP endpoints beside /graphql: single and bulk evaluation through the one evaluator, and the
// change stream the bulk response advertises. Each route states who may call it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthService } from '../auth/auth-service.js';
import type { Viewer } from '../auth/viewer.js';
import type { EvaluationResult } from '../evaluation/definitions.js';
import type { FlagEvaluator } from '../flags/flag-evaluator.js';
import { isDependencyDown, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../platform/dependency-errors.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import type { RealtimeService } from '../realtime/realtime-service.js';
import { type ClientParts, clientParts, contextFor, readContext } from './ofrep-context.js';
import { ofrepViewer, principalOf } from './ofrep-credentials.js';
import { bulkEtag, etagMatches } from './ofrep-etag.js';
import { openEventStream } from './ofrep-events.js';
import { readJsonBody, sendOfrepJson, sendRefusal } from './ofrep-http.js';
import type { OfrepLimiter } from './ofrep-limiter.js';
import { ofrepSuccess } from './ofrep-result.js';
import {
  EVALUATE_PATH,
  EVENTS_PATH,
  OFREP_PREFIX,
  type OfrepBulkSuccess,
  OfrepRefusal,
} from './ofrep-wire.js';
import type { StreamTickets } from './stream-token.js';

export interface OfrepDeps {
  auth: AuthService;
  evaluator: FlagEvaluator;
  realtime: RealtimeService;
  limiter: OfrepLimiter;
  tickets: StreamTickets;
  logger: Logger;
  /** Told of the results each 200 answer served, in the caller's tenant (flag exposure counts). */
  served?: (tenantId: string, results: readonly EvaluationResult[]) => void;
}

/** Seconds a provider may keep its SSE connection while its page is hidden (ADR-0008's default). */
const INACTIVITY_DELAY_SEC = 120;
/** C0 controls and DEL (NUL among them): no flag key holds one, and logs must not receive them. */
const isControl = (c: string) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;
const withoutControls = (text: string) => [...text].filter((c) => !isControl(c)).join('');

export const isOfrepPath = (path: string) => path === OFREP_PREFIX || path.startsWith(`${OFREP_PREFIX}/`);

function onlyMethod(req: IncomingMessage, method: 'GET' | 'POST'): void {
  if (req.method !== method)
    throw new OfrepRefusal(405, 'GENERAL', `Use ${method} on this endpoint`, { allow: method });
}

/** The flag key of the path, decoded; a key no flag could have is simply not found. */
function flagKeyOf(encoded: string): string {
  let key: string;
  try {
    key = decodeURIComponent(encoded);
  } catch {
    throw new OfrepRefusal(400, 'PARSE_ERROR', 'The flag key is not valid percent-encoding');
  }
  if ([...key].some(isControl))
    throw new OfrepRefusal(400, 'PARSE_ERROR', 'The flag key must not contain control characters');
  return key;
}

export function createOfrepHandler(deps: OfrepDeps) {
  const { auth, evaluator, limiter, tickets } = deps;

  /** Counts the request against the caller's budget; over it, 429 with Retry-After in seconds. */
  async function admit(viewer: Viewer): Promise<void> {
    const wait = await limiter.consume(principalOf(viewer));
    if (wait > 0) {
      throw new OfrepRefusal(429, 'GENERAL', `Rate limit reached: retry in ${wait} s`, {
        'retry-after': String(wait),
      });
    }
  }

  /** Who may call (an API key or a signed-in account), within budget, with the context it sent. */
  async function evaluationCaller(req: IncomingMessage): Promise<{ viewer: Viewer; parts: ClientParts }> {
    const viewer = await ofrepViewer(auth, req);
    await admit(viewer);
    const context = readContext(await readJsonBody(req));
    return { viewer, parts: clientParts(viewer, context) };
  }

  /** POST /ofrep/v1/evaluate/flags/{key}. Auth: an API key, or a signed-in account (any role). */
  async function single(req: IncomingMessage, res: ServerResponse, encodedKey: string): Promise<void> {
    onlyMethod(req, 'POST');
    const { viewer, parts } = await evaluationCaller(req);
    const key = flagKeyOf(encodedKey);
    const set = evaluator.current();
    const definition = set.definition(key);
    if (!definition) throw new OfrepRefusal(404, 'FLAG_NOT_FOUND', `No flag ${JSON.stringify(key)}`);
    const result = evaluator.evaluateOn(set, contextFor(viewer, parts), [key])[0];
    if (!result) throw new OfrepRefusal(404, 'FLAG_NOT_FOUND', `No flag ${JSON.stringify(key)}`);
    const body = ofrepSuccess(definition.type, result);
    sendOfrepJson(res, 200, { ...body, metadata: { ...body.metadata, configRevision: set.revision } });
    deps.served?.(viewer.tenantId, [result]);
  }

  /** POST /ofrep/v1/evaluate/flags. Auth: an API key, or a signed-in account (any role). */
  async function bulk(req: IncomingMessage, res: ServerResponse): Promise<void> {
    onlyMethod(req, 'POST');
    const { viewer, parts } = await evaluationCaller(req);
    const set = evaluator.current();
    const results = evaluator.evaluateOn(set, contextFor(viewer, parts));
    const flags = results.flatMap((result) => {
      const definition = set.definition(result.key);
      return definition ? [ofrepSuccess(definition.type, result)] : [];
    });
    const etag = bulkEtag(set.revision, JSON.stringify([viewer.tenantId, parts]), JSON.stringify(flags));
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, { etag, 'cache-control': 'no-cache' });
      res.end();
      return;
    }
    deps.served?.(viewer.tenantId, results);
    const ticket = await tickets.issue(viewer, parts, set.revision);
    const body: OfrepBulkSuccess = {
      flags,
      eventStreams: [
        {
          type: 'sse',
          endpoint: { requestUri: `${EVENTS_PATH}?ticket=${encodeURIComponent(ticket)}` },
          inactivityDelaySec: INACTIVITY_DELAY_SEC,
        },
      ],
      metadata: { configRevision: set.revision },
    };
    sendOfrepJson(res, 200, body, { etag, 'cache-control': 'no-cache' });
  }

  /** GET /ofrep/v1/events?ticket=... Auth: the signed ticket a bulk response issued (EventSource sends no headers). */
  async function events(req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    onlyMethod(req, 'GET');
    const stream = await openEventStream(deps, req, query.get('ticket'));
    await admit(stream.viewer);
    await stream.serve(res);
  }

  return async (req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://ofrep.invalid');
    const path = url.pathname;
    const singlePrefix = `${EVALUATE_PATH}/`;
    const key = path.startsWith(singlePrefix) ? path.slice(singlePrefix.length) : undefined;
    try {
      if (key !== undefined) return await single(req, res, key);
      if (path === EVALUATE_PATH) return await bulk(req, res);
      if (path === EVENTS_PATH) return await events(req, res, url.searchParams);
      throw new OfrepRefusal(404, 'GENERAL', 'Not found');
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const shownKey = key === undefined ? undefined : safeKey(key);
      if (error instanceof OfrepRefusal) return sendRefusal(res, error, requestId, shownKey);
      if (isDependencyDown(error)) {
        deps.logger.warn({ err: safeError(error), requestId }, 'dependency unavailable');
        const refusal = new OfrepRefusal(503, 'GENERAL', 'A dependency is unavailable: try again shortly', {
          'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS),
        });
        return sendRefusal(res, refusal, requestId, shownKey);
      }
      deps.logger.error({ err: error, requestId, path }, 'unexpected error');
      sendRefusal(res, new OfrepRefusal(500, 'GENERAL', 'Internal error'), requestId, shownKey);
    }
  };
}

/** The key as the path spelled it, for error bodies (OFREP's single-flag errors carry the key). */
function safeKey(encoded: string): string {
  try {
    return withoutControls(decodeURIComponent(encoded));
  } catch {
    return encoded;
  }
}
