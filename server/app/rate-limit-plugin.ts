// Rate limits on every GraphQL operation, whatever the transport (HTTP, SSE, WebSocket): refused before it
// runs with RATE_LIMITED, extensions.retryAfterSeconds and, over HTTP, status 429 with Retry-After.

import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { RateLimitConfig } from '../platform/config.js';
import { AugurError, toClientError } from '../platform/errors.js';
import { bucketsFor, type RateLevel, selectsMonitoring } from './rate-limit-policy.js';
import type { RateLimits } from './rate-limits.js';
import { operationShape } from './request-log-operation.js';

interface RateContext {
  requestId?: string;
  viewer?: Viewer | undefined;
  clientAddress?: string;
}

export interface RateLimitDeps {
  limits: RateLimits;
  config: RateLimitConfig;
  /** The tenant's API requests per minute per key, when its settings set one. */
  tenantKeyLimit(tenantId: string): number | undefined;
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

export function useRateLimits(deps: RateLimitDeps): Plugin {
  const monitoringFields = new Set(deps.config.monitoringFields);
  const check = async (args: ExecutionArgs, stop: (result: { errors: unknown[] }) => void) => {
    const context = args.contextValue as RateContext;
    const viewer = context.viewer;
    const shape = operationShape(args);
    const buckets = bucketsFor(
      { viewer, clientAddress: context.clientAddress ?? 'unknown' },
      selectsMonitoring(shape.fields, monitoringFields),
      deps.config,
      viewer?.kind === 'apiKey' ? deps.tenantKeyLimit(viewer.tenantId) : undefined,
    );
    const refusal = await deps.limits.consume(buckets);
    if (!refusal) return;
    const error = new AugurError('RATE_LIMITED', `${MESSAGES[refusal.level]}; try again later`, {
      retryAfterSeconds: refusal.retryAfterSeconds,
      limit: refusal.level,
      httpStatus: 429,
    });
    stop({ errors: [toClientError(error, context.requestId ?? '')] });
  };
  return {
    onExecute: ({ args, setResultAndStopExecution }) =>
      check(args, (result) => setResultAndStopExecution(result as never)),
    onSubscribe: ({ args, setResultAndStopExecution }) =>
      check(args, (result) => setResultAndStopExecution(result as never)),
  };
}
