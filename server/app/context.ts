// One context for every GraphQL operation, whether it arrived over HTTP or over a WebSocket.
import type { IncomingMessage } from 'node:http';
import type { AuthService } from '../auth/auth-service.js';
import { scopesOf } from '../auth/scopes.js';
import type { Viewer } from '../auth/viewer.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import type { ClientAddressOf } from '../platform/client-address.js';
import type { Context } from '../platform/context.js';
import type { GateAnswer } from '../platform/feature-gate.js';
import type { Logger } from '../platform/logger.js';
import type { Services } from './services.js';

declare module '../platform/context.js' {
  interface Context {
    viewer: Viewer | undefined;
    services: Services;
  }
}

export type { Context };

export interface ContextInput {
  requestId: string;
  authorization: string | undefined | null;
  clientAddress: string;
}

/** What the context reads from a Node request (its X-Request-Id is already assigned by http-routes). */
export function contextInputOf(req: IncomingMessage, clientAddressOf: ClientAddressOf): ContextInput {
  const requestId = req.headers['x-request-id'];
  return {
    requestId: typeof requestId === 'string' ? requestId : '',
    authorization: req.headers.authorization,
    clientAddress: clientAddressOf(req),
  };
}

/**
 * The context of each HTTP request, made at most once: the conditional GET and yoga see the same caller, so
 * a request is authenticated and counted against its key's rate limit once whichever of them answers it.
 */
export function contextPerRequest(
  create: (input: ContextInput) => Promise<Context>,
  clientAddressOf: ClientAddressOf,
): (req: IncomingMessage) => Promise<Context> {
  const made = new WeakMap<IncomingMessage, Promise<Context>>();
  return (req) => {
    let context = made.get(req);
    if (!context) {
      context = create(contextInputOf(req, clientAddressOf));
      // Whoever asks next sees the rejection; this one only stops it counting as unhandled.
      context.catch(() => undefined);
      made.set(req, context);
    }
    return context;
  };
}

export function createContextFactory(deps: { auth: AuthService; services: Services; logger: Logger }) {
  return async (input: ContextInput): Promise<Context> => {
    const viewer = await deps.auth.authenticate(input.authorization);
    return {
      requestId: input.requestId,
      viewer,
      scopes: scopesOf(viewer, deps.services.operator.id),
      clientAddress: input.clientAddress,
      logger: lazyChild(deps.logger, input.requestId),
      services: deps.services,
      featureGate: (flagKey) => gateFor(deps.services.evaluator, viewer, flagKey),
    };
  };
}

/**
 * The request's child logger, made when something logs through it: most requests never do, and a pino
 * child costs its bindings' serialization and redaction pass on every request. (A getter would not do:
 * envelop copies the context with Object.assign, which reads every property.)
 */
function lazyChild(logger: Logger, requestId: string): Logger {
  let child: Logger | undefined;
  const made = () => {
    child ??= logger.child({ requestId });
    return child;
  };
  return new Proxy({} as Logger, {
    get: (_target, property) => Reflect.get(made(), property),
    set: (_target, property, value) => Reflect.set(made(), property, value),
    has: (_target, property) => Reflect.has(made(), property),
  });
}

/** A gated field's flag for the caller: an account with its identity, an API key in its tenant. */
function gateFor(evaluator: FlagEvaluator, viewer: Viewer | undefined, flagKey: string): GateAnswer {
  if (!viewer) return { enabled: false, reason: 'FLAG_NOT_FOUND' };
  const context =
    viewer.kind === 'account'
      ? FlagEvaluator.accountContext(viewer)
      : {
          tenantId: viewer.tenantId,
          userId: null,
          sessionId: null,
          role: null,
          plan: null,
          country: null,
          appVersion: null,
          attributes: null,
        };
  const { enabled, reason } = evaluator.evaluate(flagKey, context);
  return { enabled, reason };
}
