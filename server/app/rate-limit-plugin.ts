// Rate limits on every GraphQL operation, whatever the transport (HTTP, SSE, WebSocket): refused before it
// runs with RATE_LIMITED, extensions.retryAfterSeconds and, over HTTP, status 429 with Retry-After. An HTTP
// request counts once whichever path answers it (a 304, the snapshot POST lane, yoga), and a request refused
// before it runs (a bad credential, a parse or validation error, a body over the limit) counts too.
import type { IncomingMessage } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { RateLimitConfig } from '../platform/config.js';
import { AugurError, toClientError } from '../platform/errors.js';
import { bucketsFor, type RateCaller, type RateLevel, selectsMonitoring } from './rate-limit-policy.js';
import type { RateLimits, RateRefusal } from './rate-limits.js';
import { operationShape } from './request-log-operation.js';

interface RateContext {
  requestId?: string;
  viewer?: Viewer | undefined;
  clientAddress?: string;
  req?: IncomingMessage;
}

export interface RateLimitDeps {
  limits: RateLimits;
  config: RateLimitConfig;
  /** The tenant's API requests per minute per key, when its settings set one. */
  tenantKeyLimit(tenantId: string): number | undefined;
  /** Who sent an HTTP request refused before execution (its credential, or its address when it has none). */
  callerOf(req: IncomingMessage): Promise<RateCaller>;
}

const MESSAGES: Record<RateLevel, string> = {
  global: 'The service is receiving too many requests',
  role: 'Too many requests from callers of your kind',
  tenant: 'Too many requests for your tenant',
  user: 'Too many requests for this account',
  apiKey: 'Too many requests for this API key',
  address: 'Too many requests from your address',
  monitoring: 'Too many monitoring requests',
};

export function rateLimitedError(refusal: RateRefusal): AugurError {
  return new AugurError('RATE_LIMITED', `${MESSAGES[refusal.level]}; try again later`, {
    retryAfterSeconds: refusal.retryAfterSeconds,
    limit: refusal.level,
    httpStatus: 429,
  });
}

export interface RateGate {
  /**
   * Counts an HTTP request in its caller's buckets the first time it is asked for that request; later calls
   * (yoga after a 304 that did not match, yoga after the POST lane handed over) get the same outcome.
   */
  countRequest(
    req: IncomingMessage,
    caller: RateCaller,
    monitoring?: boolean,
  ): Promise<RateRefusal | undefined>;
  /** Counts a request refused before GraphQL saw it (411, 413), once. */
  countRefused(req: IncomingMessage): void;
  plugin: Plugin;
}

export function createRateGate(deps: RateLimitDeps): RateGate {
  const monitoringFields = new Set(deps.config.monitoringFields);
  const counted = new WeakMap<IncomingMessage, Promise<RateRefusal | undefined>>();
  const consume = (caller: RateCaller, monitoring: boolean) =>
    deps.limits.consume(
      bucketsFor(
        caller,
        monitoring,
        deps.config,
        caller.viewer?.kind === 'apiKey' ? deps.tenantKeyLimit(caller.viewer.tenantId) : undefined,
      ),
    );
  const countRequest: RateGate['countRequest'] = (req, caller, monitoring = false) => {
    let outcome = counted.get(req);
    if (!outcome) {
      outcome = consume(caller, monitoring);
      counted.set(req, outcome);
    }
    return outcome;
  };
  /** Counted after the fact: the request is already refused, it only spends from its caller's budget. */
  const countLate = (req: IncomingMessage) => {
    if (counted.has(req)) return;
    counted.set(
      req,
      deps.callerOf(req).then(
        (caller) => consume(caller, false),
        () => undefined,
      ),
    );
  };
  const check = async (args: ExecutionArgs, stop: (result: { errors: unknown[] }) => void) => {
    const context = args.contextValue as RateContext;
    const caller = { viewer: context.viewer, clientAddress: context.clientAddress ?? 'unknown' };
    const monitoring = selectsMonitoring(operationShape(args).fields, monitoringFields);
    const refusal = await (context.req
      ? countRequest(context.req, caller, monitoring)
      : consume(caller, monitoring));
    if (!refusal) return;
    stop({ errors: [toClientError(rateLimitedError(refusal), context.requestId ?? '')] });
  };
  return {
    countRequest,
    countRefused: countLate,
    plugin: {
      onExecute: ({ args, setResultAndStopExecution }) =>
        check(args, (result) => setResultAndStopExecution(result as never)),
      onSubscribe: ({ args, setResultAndStopExecution }) =>
        check(args, (result) => setResultAndStopExecution(result as never)),
      // A request answered without execution (credential refused, parse or validation error) counts too.
      onResultProcess: ({ serverContext }) => {
        const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
        if (req) countLate(req);
      },
    },
  };
}
