// Deadlines for benchmark waits: a wait that does not finish in time becomes an error in the JSON, not a hang.
export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/** Resolves or rejects as `promise` does, or rejects with a DeadlineError after `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what}: no result within ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Polls until `condition` holds (true) or `ms` pass (false). */
export async function until(condition: () => boolean, ms: number, pollMs = 10): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return true;
}

/** An error as one line for a benchmark's JSON. */
export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));
