// When a used-up quota starts again, in words: the local clock time and how long until then ("in 5 h").
import { useEffect, useState } from 'react';

export interface ResetWords {
  /** The local time, with "today" or "tomorrow" (or the weekday) when it helps: "tomorrow at 01:00". */
  at: string;
  /** "in 5 h", "in 40 min", "in less than a minute". */
  relative: string;
}

const dayKey = (date: Date, timeZone: string | undefined) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );

/** `timeZone` is for tests; the app uses the reader's own. */
export function resetWords(resetsAt: string, now: Date, timeZone?: string): ResetWords {
  const at = new Date(resetsAt);
  const clock = new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    at,
  );
  const tomorrow = new Date(now.getTime() + 86_400_000);
  const day =
    dayKey(at, timeZone) === dayKey(now, timeZone)
      ? 'today'
      : dayKey(at, timeZone) === dayKey(tomorrow, timeZone)
        ? 'tomorrow'
        : new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'long' }).format(at);
  return { at: `${day} at ${clock}`, relative: relativeTo(at.getTime() - now.getTime()) };
}

function relativeTo(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return 'in less than a minute';
  if (minutes < 60) return `in ${minutes} min`;
  if (minutes < 120) return minutes === 60 ? 'in 1 h' : `in 1 h ${minutes - 60} min`;
  return `in ${Math.round(minutes / 60)} h`;
}

/** The current time, refreshed every `everyMs`, so relative times stay true while the page is open. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
