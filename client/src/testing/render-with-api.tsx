// Component-test helper: renders a tree under an urql Provider whose answers the test chooses per operation.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { type Client, CombinedError, type Operation, type OperationResult, Provider } from 'urql';
import { concat, fromValue, never, type Source } from 'wonka';

/**
 * What a fake operation answers: data, a GraphQL error (code + fields, optionally with an HTTP status and
 * headers), a failure without Augur's body (`networkError`: no answer at all, or an HTTP status such as a
 * proxy's 502), or nothing yet (pending).
 */
export type FakeAnswer =
  | { data: unknown }
  | {
      error: {
        message: string;
        code: string;
        requestId?: string;
        retryAfterSeconds?: number;
        fields?: { path: string; message: string }[];
      };
      http?: FakeHttp;
    }
  | { networkError: FakeHttp | 'offline' }
  | 'pending';

export interface FakeHttp {
  status: number;
  headers?: Record<string, string>;
}

const fakeResponse = (http: FakeHttp | undefined) =>
  http ? new Response(null, { status: http.status, headers: http.headers }) : undefined;

export interface FakeApi {
  /** Every operation sent, by operation name, with its variables. */
  calls: { name: string; variables: Record<string, unknown> }[];
}

type Answers = Record<string, FakeAnswer | ((variables: Record<string, unknown>) => FakeAnswer)>;

function operationName(operation: { query: { definitions: readonly unknown[] } }): string {
  for (const d of operation.query.definitions as { kind: string; name?: { value: string } }[]) {
    if (d.kind === 'OperationDefinition') return d.name?.value ?? '';
  }
  return '';
}

const open = (result: OperationResult): Source<OperationResult> => concat([fromValue(result), never]);

/** Renders `ui` with a client that answers each operation by name, else by '*'; others stay pending. */
export function renderWithApi(ui: ReactElement, answers: Answers = {}) {
  const api: FakeApi = { calls: [] };
  const answer = (operation: Operation): Source<OperationResult> => {
    const name = operationName(operation);
    const variables = (operation.variables ?? {}) as Record<string, unknown>;
    api.calls.push({ name, variables });
    const entry = answers[name] ?? answers['*'];
    const chosen = typeof entry === 'function' ? entry(variables) : entry;
    if (!chosen || chosen === 'pending') return never;
    // Answers stay open like a real exchange: urql's useQuery drops an error from a source that ends at once.
    if ('data' in chosen) return open({ operation, data: chosen.data, stale: false, hasNext: false });
    if ('networkError' in chosen) {
      const http = chosen.networkError === 'offline' ? undefined : chosen.networkError;
      const networkError = new TypeError(http ? `HTTP ${http.status}` : 'Failed to fetch');
      const error = new CombinedError({ networkError, response: fakeResponse(http) });
      return open({ operation, data: undefined, stale: false, hasNext: false, error });
    }
    const { message, ...extensions } = chosen.error;
    return open({
      operation,
      data: undefined,
      stale: false,
      hasNext: false,
      error: new CombinedError({
        graphQLErrors: [{ message, extensions }],
        response: fakeResponse(chosen.http),
      }),
    });
  };
  const client = {
    executeQuery: answer,
    executeMutation: answer,
    executeSubscription: answer,
  } as unknown as Client;
  const wrap = (tree: ReactElement) => <Provider value={client}>{tree}</Provider>;
  const result = render(wrap(ui));
  return { ...result, api, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}
