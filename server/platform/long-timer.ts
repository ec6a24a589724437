// setTimeout for any delay: Node fires a delay above 2^31-1 ms (24.8 days) after 1 ms, so long waits re-arm.

/** The longest delay setTimeout holds. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface LongTimer {
  clear(): void;
}

/**
 * Calls `fn` once `delayMs` have passed by `now`, re-arming in steps a timer can hold. The timer never keeps
 * the process alive (both callers end sessions, which must not block shutdown).
 */
export function setLongTimeout(fn: () => void, delayMs: number, now: () => number = Date.now): LongTimer {
  const deadline = now() + Math.max(0, delayMs);
  let timer: NodeJS.Timeout;
  const arm = () => {
    const remaining = deadline - now();
    timer = setTimeout(remaining > MAX_TIMER_MS ? arm : fn, Math.min(Math.max(0, remaining), MAX_TIMER_MS));
    timer.unref();
  };
  arm();
  return { clear: () => clearTimeout(timer) };
}
