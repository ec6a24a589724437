// The ops feed's ordering on a scripted history: gaps filled from the database before going on, each
// revision once, paged replays, retries after a failed read, and a bound on what a slow reader holds.
import { describe, expect, it, vi } from 'vitest';
import { type Commit, OrderedCommits, type OrderedCommitsOptions } from './ordered-commits.js';

const commit = (configRevision: number, from = 'db'): Commit<string> => ({
  configRevision,
  changes: [`${configRevision}:${from}`],
});

/** A history of revisions 1..n in the "database", the reads made of it and the commits emitted. */
function harness(n: number, options: Partial<OrderedCommitsOptions<string>> = {}) {
  const stored = new Map(Array.from({ length: n }, (_, i) => [i + 1, commit(i + 1)]));
  const reads: Array<[number, number]> = [];
  const emitted: string[] = [];
  let failures = 0;
  const overflow = vi.fn();
  const feed = new OrderedCommits<string>({
    after: 0,
    read: async (after, upTo) => {
      reads.push([after, upTo]);
      if (failures > 0) {
        failures -= 1;
        throw new Error('database away');
      }
      return [...stored.values()].filter((c) => c.configRevision > after && c.configRevision <= upTo);
    },
    emit: (c) => {
      emitted.push(...c.changes);
    },
    overflow,
    retryMs: 10,
    ...options,
  });
  return {
    feed,
    stored,
    reads,
    emitted,
    overflow,
    failNextReads: (count: number) => {
      failures = count;
    },
  };
}

const revisionsOf = (emitted: string[]) => emitted.map((e) => Number(e.split(':')[0]));

describe('OrderedCommits', () => {
  it('emits commits from the bus in order without reading the database, and drops repeats', async () => {
    const h = harness(3);
    h.feed.offer(commit(1, 'bus'));
    h.feed.offer(commit(2, 'bus'));
    h.feed.offer(commit(2, 'bus'));
    h.feed.offer(commit(1, 'bus'));
    h.feed.offer(commit(3, 'bus'));
    h.feed.reach(3);
    await h.feed.settled();
    expect(h.emitted).toEqual(['1:bus', '2:bus', '3:bus']);
    expect(h.reads).toEqual([]);
    expect(h.feed.revision).toBe(3);
  });

  it('fills a gap from the database before a commit that arrives ahead of it', async () => {
    const h = harness(5);
    h.feed.offer(commit(1, 'bus'));
    h.feed.offer(commit(5, 'bus'));
    await h.feed.settled();
    expect(h.emitted).toEqual(['1:bus', '2:db', '3:db', '4:db', '5:bus']);
    expect(h.reads).toEqual([[1, 4]]);
  });

  it('replays what the poller saw when the bus brought nothing, one page at a time', async () => {
    const h = harness(5, { pageSize: 2 });
    h.feed.reach(5);
    await h.feed.settled();
    expect(revisionsOf(h.emitted)).toEqual([1, 2, 3, 4, 5]);
    expect(h.reads).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });

  it('emits a commit the bus brings during a replay once, in its place', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const emitted: string[] = [];
    const feed = new OrderedCommits<string>({
      after: 0,
      read: async (after, upTo) => {
        await gate;
        return [1, 2, 3].filter((r) => r > after && r <= upTo).map((r) => commit(r));
      },
      emit: (c) => {
        emitted.push(...c.changes);
      },
      overflow: () => undefined,
    });
    feed.reach(2);
    feed.offer(commit(2, 'bus'));
    feed.offer(commit(3, 'bus'));
    release();
    await vi.waitFor(() => expect(feed.revision).toBe(3), { timeout: 2000, interval: 5 });
    expect(emitted).toEqual(['1:db', '2:bus', '3:bus']);
  });

  it('retries a failed read and loses nothing', async () => {
    const h = harness(3);
    h.failNextReads(2);
    h.feed.offer(commit(3, 'bus'));
    await vi.waitFor(() => expect(h.feed.revision).toBe(3), { timeout: 2000, interval: 5 });
    expect(h.emitted).toEqual(['1:db', '2:db', '3:bus']);
    expect(h.reads).toEqual([
      [0, 2],
      [0, 2],
      [0, 2],
    ]);
  });

  it('passes over a committed revision that stored no change instead of waiting for it', async () => {
    const h = harness(4);
    h.stored.delete(2);
    h.feed.reach(4);
    await h.feed.settled();
    expect(revisionsOf(h.emitted)).toEqual([1, 3, 4]);
    h.feed.offer(commit(2, 'bus'));
    await h.feed.settled();
    expect(revisionsOf(h.emitted)).toEqual([1, 3, 4]);
  });

  it('starts after the revision the subscriber already has', async () => {
    const h = harness(4, { after: 2 });
    h.feed.offer(commit(2, 'bus'));
    h.feed.reach(4);
    await h.feed.settled();
    expect(h.emitted).toEqual(['3:db', '4:db']);
  });

  it('ends the feed when a reader that does not keep up leaves too much held', async () => {
    const emitted: string[] = [];
    const overflow = vi.fn();
    const feed = new OrderedCommits<string>({
      after: 0,
      read: async () => [],
      // The first delivery never completes: a client that stopped reading.
      emit: (c) => {
        emitted.push(...c.changes);
        return new Promise<void>(() => undefined);
      },
      overflow,
      maxPending: 2,
    });
    for (const r of [1, 2, 3, 4]) feed.offer(commit(r, 'bus'));
    expect(emitted).toEqual(['1:bus']);
    expect(overflow).toHaveBeenCalledOnce();
    feed.offer(commit(5, 'bus'));
    expect(overflow).toHaveBeenCalledOnce();
  });
});
