// A real graphql-ws client for tests, with helpers to run one operation and to observe how a socket closes.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface WsHandle {
  client: Client;
  /** Resolves with the close event code once the socket closes. */
  closed: Promise<number>;
}

export function connect(wsUrl: string, token?: string): WsHandle {
  let onClose: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => {
    onClose = resolve;
  });
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    on: { closed: (event) => onClose((event as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
  return { client, closed };
}

export interface WsResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs a query or mutation over the socket and resolves with its single result. */
export function execute(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<WsResult> {
  return new Promise((resolve, reject) => {
    let result: WsResult | undefined;
    client.subscribe(
      { query, ...(variables ? { variables } : {}) },
      {
        next: (value) => {
          result = value as WsResult;
        },
        error: (error) => {
          if (Array.isArray(error)) resolve({ errors: error as WsResult['errors'] });
          else reject(error);
        },
        complete: () => resolve(result ?? {}),
      },
    );
  });
}
