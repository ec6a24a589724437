// The closed list of error codes (DESIGN.md §9) and how any error becomes a client-safe GraphQL error.
import { GraphQLError } from 'graphql';
import { isDependencyDown, UNAVAILABLE_RETRY_AFTER_SECONDS } from './dependency-errors.js';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'PRECONDITION_REQUIRED',
  'RATE_LIMITED',
  'FEATURE_DISABLED',
  'MODULE_DISABLED',
  'QUOTA_EXCEEDED',
  'CONVERSATION_FORBIDDEN',
  'AUDIT_UNAVAILABLE',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A dependency (database, Redis) is down or hung: the client should retry after a while. */
export function unavailable(cause?: unknown): AugurError {
  return new AugurError(
    'UNAVAILABLE',
    'A dependency is unavailable: try again shortly',
    { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS },
    { cause },
  );
}

/**
 * An expected failure with a stable code; its message and details are safe to show a client. A numeric
 * `details.httpStatus` becomes the HTTP status (428 and 409 on tenant settings), not an extension.
 */
export class AugurError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AugurError';
  }
}

export interface FieldIssue {
  path: string;
  message: string;
}

export function validationFailed(issues: FieldIssue[]): AugurError {
  const first = issues[0];
  const message = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid input';
  return new AugurError('VALIDATION_FAILED', message, { fields: issues });
}

const isKnownCode = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);

/**
 * Turns any error reaching the client into a GraphQLError with a closed-list code and the request id.
 * AugurErrors keep their message; GraphQL's own request errors (syntax, unknown field, limits) become
 * VALIDATION_FAILED; anything else is masked as INTERNAL.
 */
export function toClientError(error: unknown, requestId: string): GraphQLError {
  const gqlError = error instanceof GraphQLError ? error : undefined;
  const original = gqlError ? gqlError.originalError : error;
  const base = {
    nodes: gqlError?.nodes,
    path: gqlError?.path,
    source: gqlError?.source,
    positions: gqlError?.positions,
  };

  if (original instanceof AugurError) {
    const { httpStatus, ...details } = original.details;
    const retryAfter = details.retryAfterSeconds;
    const status =
      original.code === 'UNAVAILABLE' ? 503 : typeof httpStatus === 'number' ? httpStatus : undefined;
    return new GraphQLError(original.message, {
      ...base,
      extensions: {
        ...details,
        code: original.code,
        requestId,
        // Yoga turns this into the response status and Retry-After header and leaves it out of the body.
        ...(typeof retryAfter === 'number' || status !== undefined
          ? {
              http: {
                ...(status !== undefined ? { status } : {}),
                ...(typeof retryAfter === 'number' ? { headers: { 'Retry-After': String(retryAfter) } } : {}),
              },
            }
          : {}),
      },
    });
  }
  if (isDependencyDown(original)) return toClientError(unavailable(original), requestId);
  if (original instanceof GraphQLError) return toClientError(original, requestId);
  if (gqlError && !original) {
    // Raised by GraphQL itself (parse, validation, limits) or already normalized: the message is safe.
    const {
      code,
      stacktrace: _s,
      originalError: _o,
      ...rest
    } = gqlError.extensions as Record<string, unknown>;
    const extensions = { ...rest, requestId, code: isKnownCode(code) ? code : 'VALIDATION_FAILED' };
    return new GraphQLError(gqlError.message, { ...base, extensions });
  }
  return new GraphQLError('Internal error', { ...base, extensions: { code: 'INTERNAL', requestId } });
}
