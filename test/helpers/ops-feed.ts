// The ops feed in tests: its subscription document, reading it until a condition holds, and its ordering check.
import { expect } from 'vitest';
import type { Subscription } from './ws-client.js';

export const FLAG_CHANGES = `subscription ($since: Int) {
  flagChanges(sinceRevision: $since) { key action revision configRevision actor summary targetType at }
}`;
export interface Change {
  key: string;
  action: string;
  revision: number;
  configRevision: number;
  actor: string;
  summary: string;
  targetType: string;
  at: string;
}

/** Reads the feed until `done` holds for what arrived (other test files commit changes too). */
export async function readUntil(
  feed: Subscription<{ flagChanges: Change }>,
  done: (seen: Change[]) => boolean,
  seen: Change[] = [],
  deadlineMs = 10_000,
): Promise<Change[]> {
  const deadline = Date.now() + deadlineMs;
  while (!done(seen)) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`feed incomplete: ${JSON.stringify(seen.map((c) => c.configRevision))}`);
    seen.push((await feed.next(left)).flagChanges);
  }
  return seen;
}

/** Every configuration revision after `since` exactly once per change, in order, with no revision skipped. */
export function expectGapless(seen: Change[], since: number): void {
  const pairs = seen.map((c) => `${c.configRevision}:${c.targetType}:${c.key}`);
  expect(new Set(pairs).size).toBe(pairs.length);
  let last = since;
  for (const change of seen) {
    expect([last, last + 1]).toContain(change.configRevision);
    last = change.configRevision;
  }
}
