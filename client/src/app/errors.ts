// Reads Augur's error contract (extensions.code, requestId, retryAfterSeconds) out of urql errors.
import type { CombinedError } from 'urql';

export interface ErrorDetails {
  message: string;
  /** Augur's error code, or undefined when the server could not be reached. */
  code: string | undefined;
  requestId: string | undefined;
  retryAfterSeconds: number | undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export function describeError(error: CombinedError): ErrorDetails {
  const first = error.graphQLErrors[0];
  const response = error.response as Response | undefined;
  const headerId = text(response?.headers?.get?.('x-request-id'));
  if (first) {
    const { code, requestId, retryAfterSeconds } = first.extensions;
    return {
      message: first.message,
      code: text(code),
      requestId: text(requestId) ?? headerId,
      retryAfterSeconds: typeof retryAfterSeconds === 'number' ? retryAfterSeconds : undefined,
    };
  }
  return {
    message: 'Could not reach the Augur server. Check your connection and try again.',
    code: undefined,
    requestId: headerId,
    retryAfterSeconds: undefined,
  };
}

export function hasErrorCode(error: CombinedError, code: string): boolean {
  return error.graphQLErrors.some((e) => e.extensions.code === code);
}

/** "45 seconds", "3 minutes": how long to wait, rounded up. */
export function formatDelay(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export interface FieldIssue {
  /** Dotted path of the offending input, as the server names it: `fallthrough.rollout.weights.0.weight`. */
  path: string;
  message: string;
}

/** The field-level issues of a VALIDATION_FAILED answer (`extensions.fields`); empty for anything else. */
export function fieldIssues(error: CombinedError | null | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions.code !== 'VALIDATION_FAILED' || !Array.isArray(e.extensions.fields)) continue;
    for (const field of e.extensions.fields as unknown[]) {
      const { path, message } = (field ?? {}) as { path?: unknown; message?: unknown };
      if (typeof path === 'string' && typeof message === 'string') issues.push({ path, message });
    }
  }
  return issues;
}
