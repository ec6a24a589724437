// Reset times in words: local clock time with its day, and a relative "in N h" / "in N min".
import { expect, it } from 'vitest';
import { resetWords } from './reset-time';

const midnightUtc = '2026-12-05T00:00:00.000Z';
const clock = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

it('says the local time of the next UTC midnight and how far away it is', () => {
  const words = resetWords(midnightUtc, new Date('2026-12-04T19:00:00Z'), 'Europe/Berlin');
  expect(words).toEqual({ at: `tomorrow at ${clock(midnightUtc, 'Europe/Berlin')}`, relative: 'in 5 h' });
});

it('says "today" when the reset falls on the reader\'s own day', () => {
  const words = resetWords(midnightUtc, new Date('2026-12-04T19:00:00Z'), 'America/New_York');
  expect(words.at).toBe(`today at ${clock(midnightUtc, 'America/New_York')}`);
});

it('counts minutes under two hours, and says less than a minute at the very end', () => {
  const at = (iso: string) => resetWords(midnightUtc, new Date(iso), 'UTC').relative;
  expect(at('2026-12-04T23:20:00Z')).toBe('in 40 min');
  expect(at('2026-12-04T22:40:00Z')).toBe('in 1 h 20 min');
  expect(at('2026-12-04T23:00:00Z')).toBe('in 1 h');
  expect(at('2026-12-04T23:59:50Z')).toBe('in less than a minute');
});
