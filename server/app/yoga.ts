// graphql-yoga over Augur's schema: context from the bearer credential, CSRF prevention, limits, error codes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { ClientAddressOf } from '../platform/client-address.js';
import { AugurError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { Context, ContextInput } from './context.js';
import { hardeningPlugins, type Limits, useAugurErrors, useRequestErrorCodes } from './graphql-plugins.js';
import { useSnapshotJit } from './jit-execution.js';
import { useOperationMetrics } from './operation-metrics-plugin.js';
import { useCodedRefusals, useMalformedParams } from './refusal-plugins.js';
import { buildSchema } from './schema.js';
import { useSnapshotEtags } from './snapshot-conditional.js';
import type { SnapshotTags } from './snapshot-etag.js';
import type { ConnectionLimits } from './socket-limits.js';
import { useStreamLimits } from './stream-limits.js';

export const GRAPHQL_PATH = '/graphql';
/** Browsers cannot send a custom header cross-site without a preflight, so requiring one stops CSRF. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

export interface ServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

/** What graphql-ws passes as the initial context of a WebSocket operation. */
export interface SocketInitialContext {
  requestId: string;
  connectionParams: Record<string, unknown> | undefined;
  clientAddress: string;
}

export type AugurYoga = YogaServerInstance<ServerContext, Context>;

export function createAugurYoga(options: {
  createContext: (input: ContextInput) => Promise<Context>;
  /** An HTTP request's context, shared with the conditional GET (made once per request). */
  contextOf: (req: IncomingMessage) => Promise<Context>;
  tags: SnapshotTags;
  production: boolean;
  logger: Logger;
  limits: Limits;
  clientAddressOf: ClientAddressOf;
  connections: ConnectionLimits;
  monitoringPlugins?: Plugin[];
}): AugurYoga {
  return createYoga<ServerContext, Context>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    graphiql: options.production
      ? false
      : { title: 'Augur GraphQL', headers: JSON.stringify({ [CSRF_HEADER]: '1' }) },
    // The bundled GraphiQL (no CDN: these machines may be offline); 9 MB, so imported on first use.
    renderGraphiQL: async (graphiqlOptions) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    landingPage: false,
    // app.ts refuses a POST over the limit or without Content-Length before yoga sees it, and Node's parser
    // never reads past the declared length: yoga's own limit (a stream transform per request) adds nothing.
    maxRequestBodySize: false,
    // Errors are mapped to Augur's codes by useAugurErrors; Yoga's generic masking would hide the codes.
    maskedErrors: false,
    logging: {
      debug: (...args) => options.logger.debug({ yoga: args.map(String) }),
      info: (...args) => options.logger.info({ yoga: args.map(String) }),
      warn: (...args) => options.logger.warn({ yoga: args.map(String) }),
      error: (...args) => options.logger.error({ yoga: args.map(String) }),
    },
    context: async (initial) => {
      const socket = initial as unknown as Partial<SocketInitialContext>;
      const input: ContextInput = initial.request
        ? {
            requestId: initial.request.headers.get('x-request-id') ?? '',
            authorization: initial.request.headers.get('authorization'),
            clientAddress: initial.req ? options.clientAddressOf(initial.req) : 'unknown',
          }
        : {
            requestId: socket.requestId ?? '',
            authorization: stringParam(socket.connectionParams?.authorization),
            clientAddress: socket.clientAddress ?? 'unknown',
          };
      try {
        return await (initial.req ? options.contextOf(initial.req) : options.createContext(input));
      } catch (error) {
        if (error instanceof AugurError && error.code === 'RATE_LIMITED') {
          const retryAfter = String(error.details.retryAfterSeconds ?? 60);
          throw new GraphQLError(error.message, {
            extensions: {
              code: error.code,
              requestId: input.requestId,
              retryAfterSeconds: error.details.retryAfterSeconds,
              http: { status: 429, headers: { 'Retry-After': retryAfter } },
            },
          });
        }
        if (error instanceof AugurError) {
          throw new GraphQLError(error.message, {
            extensions: { code: error.code, requestId: input.requestId, http: { status: 401 } },
          });
        }
        throw error;
      }
    },
    plugins: [
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      useMalformedParams(),
      useCodedRefusals(),
      ...hardeningPlugins(options.production, options.limits),
      useSnapshotJit({
        onCompileError: (errors) =>
          options.logger.warn({ errors: errors.map((e) => e.message) }, 'snapshot query not compiled'),
      }),
      useAugurErrors(options.logger),
      useRequestErrorCodes(options.logger),
      useStreamLimits(options.connections),
      useOperationMetrics(),
      ...(options.monitoringPlugins ?? []),
      useSnapshotEtags(options.tags),
    ],
  });
}

function stringParam(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
