// A real graphql-ws client for tests, with helpers to run one operation and to observe how a socket closes.
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface WsHandle {
  client: Client;
  /** Resolves with the close event code once the socket closes. */
  closed: Promise<number>;
}

/** `webSocketImpl` may be a subclass of ws that sends extra upgrade headers (X-Forwarded-For). */
export function connect(wsUrl: string, token?: string, webSocketImpl: unknown = WebSocket): WsHandle {
  let onClose: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => {
    onClose = resolve;
  });
  const client = createClient({
    url: wsUrl,
    webSocketImpl,
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

/** A live subscription whose messages are awaited one at a time; `next` fails after a timeout. */
export interface Subscription<T> {
  next(timeoutMs?: number): Promise<T>;
  /** Resolves true when no message arrives within the window. */
  quiet(windowMs: number): Promise<boolean>;
  errors: Promise<WsResult['errors']>;
  close(): void;
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Subscription<T> {
  const queue: T[] = [];
  const waiters: Array<(value: T) => void> = [];
  let onErrors: (errors: WsResult['errors']) => void = () => undefined;
  const errors = new Promise<WsResult['errors']>((resolve) => {
    onErrors = resolve;
  });
  const unsubscribe = client.subscribe(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (value) => {
        const result = value as WsResult;
        if (result.errors) return onErrors(result.errors);
        const data = result.data as T;
        const waiter = waiters.shift();
        if (waiter) waiter(data);
        else queue.push(data);
      },
      error: (error) =>
        onErrors(Array.isArray(error) ? (error as WsResult['errors']) : [{ message: String(error) }]),
      complete: () => undefined,
    },
  );
  return {
    next: (timeoutMs = 5000) => {
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    quiet: (windowMs) =>
      new Promise((resolve) => {
        if (queue.length > 0) return resolve(false);
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(onMessage), 1);
          resolve(true);
        }, windowMs);
        const onMessage = (value: T) => {
          clearTimeout(timer);
          queue.unshift(value);
          resolve(false);
        };
        waiters.push(onMessage);
      }),
    errors,
    close: unsubscribe,
  };
}
