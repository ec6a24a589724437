// A lane in front of yoga for POSTed snapshot queries (evaluateFlags, myFlags): the same envelop pipeline
// yoga runs (its parse and validation caches, GraphQL Armor's rules, the context, jit execution and the
// error plugins) without turning the Node request into a Fetch Request and the result into a Response.
// Only a clean answer is sent from here; anything else (another operation, an unusual header, a parse or
// validation error, a refused caller, any execution error) is handed to yoga, which answers it as before.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentNode, ExecutionResult } from 'graphql';
import { UNANSWERED_ATTEMPT } from './graphql-plugins.js';
import { snapshotOperation } from './jit-execution.js';
import type { AugurYoga } from './yoga.js';

const JSON_CONTENT = /^application\/json(;charset=utf-8)?$/;
/**
 * Larger bodies (bulk writes) go to yoga unread: a body handed over as text is walked key by key by the
 * Fetch adapter (Object.keys of the string), cheap for small ones only.
 */
const LANE_MAX_BYTES = 64 * 1024;

/** Accept headers (without spaces, lower case) whose media type is known to be yoga's choice too. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '*/*': 'application/json',
  'application/json': 'application/json',
  'application/graphql-response+json': 'application/graphql-response+json',
  'application/graphql-response+json,application/json': 'application/graphql-response+json',
};

interface Params {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only the plain shape: a query, optional variables and operation name, nothing else (no extensions). */
function plainParams(value: unknown): value is Params {
  if (!isObject(value) || typeof value.query !== 'string') return false;
  if (value.variables != null && !isObject(value.variables)) return false;
  if (value.operationName != null && typeof value.operationName !== 'string') return false;
  return Object.keys(value).every((key) => key === 'query' || key === 'variables' || key === 'operationName');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

export function createSnapshotPost(yoga: AugurYoga) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // A body already read is handed over as text, the way body-parsing frameworks hand it to yoga.
    const toYoga = (text?: string) => {
      if (text !== undefined) (req as IncomingMessage & { body?: string }).body = text;
      void yoga(req, res, { req, res });
    };
    const contentType = req.headers['content-type']?.replace(/\s/g, '').toLowerCase();
    const accept = req.headers.accept?.replace(/\s/g, '').toLowerCase() ?? '*/*';
    const mediaType = MEDIA_TYPES[accept];
    // CORS answers (an Origin header) are yoga's to shape.
    const declared = Number(req.headers['content-length']);
    if (
      !contentType ||
      !JSON_CONTENT.test(contentType) ||
      !mediaType ||
      req.headers.origin !== undefined ||
      !(declared <= LANE_MAX_BYTES)
    ) {
      return toYoga();
    }
    let text: string;
    try {
      text = await readBody(req);
    } catch {
      return toYoga('');
    }
    let params: unknown;
    try {
      params = JSON.parse(text);
    } catch {
      return toYoga(text);
    }
    if (!plainParams(params)) return toYoga(text);
    try {
      const { parse, validate, contextFactory, execute, schema } = yoga.getEnveloped({ req, res });
      const document = parse(params.query) as DocumentNode;
      if (!snapshotOperation(document, params.operationName)) return toYoga(text);
      if (validate(schema, document).length > 0) return toYoga(text);
      const contextValue = await contextFactory({ [UNANSWERED_ATTEMPT]: true });
      const result = (await execute({
        schema,
        document,
        contextValue,
        variableValues: params.variables ?? undefined,
        operationName: params.operationName ?? undefined,
      })) as ExecutionResult;
      if (Symbol.asyncIterator in result || result.errors?.length || result.extensions) return toYoga(text);
      const body = JSON.stringify(result);
      res.writeHead(200, {
        'content-type': `${mediaType}; charset=utf-8`,
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    } catch {
      // A parse error, a refused credential (the context is made once: yoga sees the same outcome).
      if (!res.headersSent) toYoga(text);
    }
  };
}
