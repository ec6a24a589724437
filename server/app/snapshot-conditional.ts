// Conditional GET for snapshot queries: yoga's successful GET answers to evaluateFlags / myFlags carry an ETag,
// and a GET whose If-None-Match names the current tag is answered 304 here, before yoga: no parse, no
// evaluation, no body. Anything else (another tag, a refused caller, POST) goes on to yoga unchanged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.js';
import { snapshotOperation } from './jit-execution.js';
import type { RateGate } from './rate-limit-plugin.js';
import { etagMatches, SNAPSHOT_CACHE_CONTROL, type SnapshotTags } from './snapshot-etag.js';

/** Only tags this server issued count: `*` would answer 304 for requests that never succeeded. */
const namedTags = (header: string) =>
  header
    .split(',')
    .filter((candidate) => candidate.trim() !== '*')
    .join(',');

export interface ConditionalGetDeps {
  tags: SnapshotTags;
  /** The request's context, made once per request (yoga reuses it: one credential check, one rate count). */
  contextOf(req: IncomingMessage): Promise<Context>;
  /** yoga's CSRF rule for GET: one of these headers must be present. */
  csrfHeader: string;
  /** A 304 counts against the caller's limits like any answer; over a limit, yoga answers the 429. */
  rateGate: Pick<RateGate, 'countRequest'>;
}

/** Answers 304 and resolves true when the request's tag is current; resolves false to let yoga answer. */
export function createConditionalGet(deps: ConditionalGetDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const ifNoneMatch = req.headers['if-none-match'];
    if (req.method !== 'GET' || !ifNoneMatch || req.headers[deps.csrfHeader] === undefined) return false;
    let context: Context;
    try {
      context = await deps.contextOf(req);
    } catch {
      // A refused credential: yoga answers it, from the same (memoized) outcome.
      return false;
    }
    const viewer = context.viewer;
    if (!viewer) return false;
    const tag = deps.tags.tagFor({ viewer, target: req.url ?? '', accept: req.headers.accept });
    if (!etagMatches(namedTags(ifNoneMatch), tag)) return false;
    // Counted once: when yoga answers instead (a 429 here), it reads this same outcome.
    if (await deps.rateGate.countRequest(req, { viewer, clientAddress: context.clientAddress })) return false;
    res.writeHead(304, { etag: tag, 'cache-control': SNAPSHOT_CACHE_CONTROL });
    res.end();
    return true;
  };
}

interface HttpContext {
  req?: IncomingMessage;
  viewer?: Context['viewer'];
}

/**
 * Tags yoga's GET answers to snapshot queries: worked out before execution (so a change landing during it
 * can only make the tag older than the body, never newer), kept only when the answer has no error.
 */
export function useSnapshotEtags(tags: SnapshotTags): Plugin {
  const issued = new WeakMap<IncomingMessage, string>();
  return {
    onExecute({ args }) {
      const { req, viewer } = args.contextValue as HttpContext;
      if (req?.method !== 'GET' || !viewer || !snapshotOperation(args.document, args.operationName)) {
        return;
      }
      issued.set(req, tags.tagFor({ viewer, target: req.url ?? '', accept: req.headers.accept }));
      return {
        onExecuteDone: ({ result }) => {
          if (Symbol.asyncIterator in result || result.errors?.length) issued.delete(req);
        },
      };
    },
    onResponse({ response, serverContext }) {
      const req = (serverContext as HttpContext | undefined)?.req;
      const tag = req && issued.get(req);
      if (!tag || response.status !== 200) return;
      response.headers.set('etag', tag);
      response.headers.set('cache-control', SNAPSHOT_CACHE_CONTROL);
    },
  };
}
