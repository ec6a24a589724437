// Envelop/Yoga plugins Augur adds to every operation: error codes with request ids, limits, introspection policy.

import { handleStreamOrSingleExecutionResult, type Plugin } from '@envelop/core';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { type ExecutionResult, type GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin as YogaPlugin } from 'graphql-yoga';
import { toClientError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  /** Bytes of an HTTP request body. */
  maxBodyBytes: number;
}

export const LIMITS: Limits = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  // Target lists and segments may carry 10,000 user ids (~400 KB) in one write.
  maxBodyBytes: 1024 * 1024,
};

// An HTTP execution result passes through both plugins below: errors already mapped are left alone, so
// each unexpected error is logged once.
const mapped = new WeakSet<GraphQLError>();

const withClientErrors = (result: ExecutionResult, requestId: string, logger?: Logger): ExecutionResult => {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    if (mapped.has(error)) return error;
    const client = toClientError(error, requestId);
    mapped.add(client);
    // The client sees only INTERNAL and the request id; the log line with that id says what happened.
    if (client.extensions.code === 'INTERNAL') {
      logger?.error({ err: error.originalError ?? error, requestId, path: error.path }, 'unexpected error');
    } else if (client.extensions.code === 'UNAVAILABLE') {
      logger?.warn(
        { err: error.originalError ?? error, requestId, path: error.path },
        'dependency unavailable',
      );
    }
    return client;
  });
  return { ...result, errors };
};

/**
 * A stream that fails after it started (its caller's access ended, its token expired) ends with one coded
 * error result, which SSE sends as an event and graphql-ws as a message, instead of an uncoded one.
 */
function endWithCodedError(
  source: AsyncIterable<ExecutionResult>,
  requestId: string,
  logger: Logger,
): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let ended = false;
  const done = { done: true, value: undefined } as const;
  // Not an async generator: its return() would wait behind a pending next(), so a client leaving would
  // never reach the source's clean-up.
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (ended) return done;
      try {
        return await iterator.next();
      } catch (error) {
        ended = true;
        return {
          done: false,
          value: withClientErrors({ errors: [toClientError(error, requestId)] }, requestId, logger),
        };
      }
    },
    return: async () => (await iterator.return?.()) ?? done,
    throw: async (error: unknown) => (await iterator.throw?.(error)) ?? done,
  };
}

/**
 * Set on the context of an execution whose errors are not answered but handed on to yoga, which executes
 * again and logs them (server/app/snapshot-post.ts): each unexpected error is still logged once.
 */
export const UNANSWERED_ATTEMPT = 'augurUnansweredAttempt';

/** Maps execution errors (HTTP, SSE and WebSocket alike) to Augur's codes, masking unexpected ones. */
export function useAugurErrors(logger: Logger): Plugin<{ requestId?: string }> {
  const handle: Parameters<typeof handleStreamOrSingleExecutionResult>[1] = ({ result, setResult, args }) => {
    const context = args.contextValue as { requestId?: string; [UNANSWERED_ATTEMPT]?: boolean };
    const requestId = context.requestId ?? '';
    setResult(withClientErrors(result, requestId, context[UNANSWERED_ATTEMPT] ? undefined : logger));
  };
  return {
    onExecute: () => ({ onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, handle) }),
    onSubscribe: () => ({
      onSubscribeResult: (payload) => {
        if (Symbol.asyncIterator in payload.result) {
          const requestId = (payload.args.contextValue as { requestId?: string }).requestId ?? '';
          payload.setResult(endWithCodedError(payload.result, requestId, logger));
        }
        return handleStreamOrSingleExecutionResult(payload, handle);
      },
    }),
  };
}

/** HTTP requests' errors raised before execution (body, parse, validation, credentials) get codes and ids too. */
export function useRequestErrorCodes(logger: Logger): YogaPlugin {
  return {
    onResultProcess: ({ request, result, setResult }) => {
      const requestId = request.headers.get('x-request-id') ?? '';
      if (Array.isArray(result)) setResult(result.map((r) => withClientErrors(r, requestId, logger)));
      else if (!(Symbol.asyncIterator in result)) setResult(withClientErrors(result, requestId, logger));
    },
  };
}

/** In production, anonymous callers may not introspect (a caller with a bad credential is refused anyway). */
export function useIntrospectionPolicy(production: boolean): Plugin {
  return {
    onValidate: ({ addValidationRule, context }) => {
      if (!production) return;
      const c = context as { request?: Request; connectionParams?: { authorization?: unknown } };
      const credential = c.request?.headers.get('authorization') ?? c.connectionParams?.authorization;
      if (!credential) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function hardeningPlugins(production: boolean, limits: Limits = LIMITS): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens }),
    // Introspection is exempt: GraphiQL's own introspection query nests ofType deeper than any real query.
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true }),
    maxAliasesPlugin({ n: limits.maxAliases }),
    costLimitPlugin({ maxCost: limits.maxCost }),
    useIntrospectionPolicy(production),
  ];
  if (production) plugins.push(blockFieldSuggestionsPlugin());
  return plugins;
}
