// An async iterator that yields produce() now and then every `ms`, and stops at once when its consumer leaves.

export function every<T>(ms: number, produce: () => Promise<T>): AsyncIterableIterator<T> {
  let done = false;
  let first = true;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const finished = { done: true, value: undefined } as IteratorReturnResult<undefined>;
  // Not an async generator: its return() would wait behind a pending next(), so a client leaving would
  // hold the stream open until the next tick.
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (done) return finished;
      if (!first) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, ms);
        });
      }
      first = false;
      if (done) return finished;
      return { done: false, value: await produce() };
    },
    async return() {
      done = true;
      clearTimeout(timer);
      wake?.();
      return finished;
    },
  };
}
