// One context for every GraphQL operation, whether it arrived over HTTP or over a WebSocket.
import type { AuthService } from '../auth/auth-service.js';
import { scopesOf } from '../auth/scopes.js';
import type { Viewer } from '../auth/viewer.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
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

export function createContextFactory(deps: { auth: AuthService; services: Services; logger: Logger }) {
  return async (input: ContextInput): Promise<Context> => {
    const viewer = await deps.auth.authenticate(input.authorization);
    return {
      requestId: input.requestId,
      viewer,
      scopes: scopesOf(viewer, deps.services.operator.id),
      clientAddress: input.clientAddress,
      logger: deps.logger.child({ requestId: input.requestId }),
      services: deps.services,
      featureGate: (flagKey) => gateFor(deps.services.evaluator, viewer, flagKey),
    };
  };
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
