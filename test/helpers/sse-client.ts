// A GraphQL-over-SSE client for tests: reads `next` events one at a time and reports how the stream ended.
export interface SseStream<T> {
  /** The next data payload; fails after the timeout, or when the stream ends or sends errors. */
  next(timeoutMs?: number): Promise<T>;
  /** Resolves with the error codes of the event that ended the stream (empty when it just ended). */
  ended: Promise<string[]>;
  close(): void;
}

type Event = { data?: T; errors?: { extensions?: { code?: string } }[] };
type T = Record<string, unknown>;

export async function openSse<R = T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<SseStream<R>> {
  const controller = new AbortController();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    signal: controller.signal,
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const queue: R[] = [];
  const waiters: Array<(value: R) => void> = [];
  let finish: (codes: string[]) => void = () => undefined;
  const ended = new Promise<string[]>((resolve) => {
    finish = resolve;
  });
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        for (
          let match = /event: (\w+)\n(?:data: (.*)\n)?\n/.exec(buffer);
          match;
          match = /event: (\w+)\n(?:data: (.*)\n)?\n/.exec(buffer)
        ) {
          buffer = buffer.slice(match.index + match[0].length);
          if (match[1] === 'complete') return finish([]);
          const event = JSON.parse(match[2] ?? '{}') as Event;
          if (event.errors) return finish(event.errors.map((e) => e.extensions?.code ?? ''));
          const data = event.data as R;
          const waiter = waiters.shift();
          if (waiter) waiter(data);
          else queue.push(data);
        }
        const { value, done } = await reader.read();
        if (done) return finish([]);
        buffer += decoder.decode(value, { stream: true });
      }
    } catch {
      finish([]);
    }
  })();
  return {
    next: (timeoutMs = 5000) => {
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<R>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    ended,
    close: () => controller.abort(),
  };
}
