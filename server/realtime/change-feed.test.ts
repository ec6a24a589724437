// The ops feed on fakes: changes whose bus events are lost still arrive, from the revision history and exactly
// as the bus would have announced them; sinceRevision replays before going live; none arrives twice.
import { describe, expect, it, vi } from 'vitest';
import { createFakeServices, type FakeServices } from '../app/fake-services.js';
import { booleanFlag as flag, TEST_META as meta } from '../flags/test-flags.js';
import type { ConfigChanged } from '../revisions/config-changed.js';
import { type ChangeFeedItem, type ChangeFeedSources, commitOfEvent, followChanges } from './change-feed.js';

const at = new Date('2026-12-01T10:00:00.000Z');
const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 5 });

/** The fakes' sources, with a bus the test controls: it delivers only what the test hands it. */
function sourcesOf(s: FakeServices) {
  const handlers = new Set<(event: ConfigChanged) => void>();
  const sources: ChangeFeedSources = {
    revision: () => s.evaluator.revision,
    onRevision: (listener) => s.evaluator.onChange((change) => listener(change.next.revision)),
    refresh: () => s.snapshot.refresh(),
    listen: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    committedBetween: (after, upTo) => s.stores.revisions.committedBetween(after, upTo),
  };
  const deliver = (event: ConfigChanged) => {
    for (const handler of handlers) handler(event);
  };
  return { sources, deliver };
}

const expected = (events: ConfigChanged[]) => events.flatMap((e) => commitOfEvent(e).changes);

describe('the ops change feed', () => {
  it('replays changes whose bus events were lost, in revision order, as the bus announced them', async () => {
    const s = await createFakeServices({ now: () => at });
    const { sources, deliver } = sourcesOf(s);
    const items: ChangeFeedItem[] = [];
    const feed = await followChanges(sources, undefined, async (item) => void items.push(item), vi.fn());

    await s.flags.create('alpha', flag(), meta);
    await s.flags.create('beta', flag(), meta);
    // One transaction, two changes: both at one configuration revision, in the order written.
    await s.flags.setManyEnabled(['beta', 'alpha'], false, meta);
    await s.flags.setEnabled('alpha', true, meta);
    // The bus delivers nothing: only the evaluator's refreshes tell the feed the revision moved.
    await waitFor(() => expect(items).toHaveLength(5));
    expect(items).toEqual(expected(s.published));
    expect(items.map((i) => [i.configRevision, i.key, i.action])).toEqual([
      [1, 'alpha', 'flag.create'],
      [2, 'beta', 'flag.create'],
      [3, 'beta', 'flag.disable'],
      [3, 'alpha', 'flag.disable'],
      [4, 'alpha', 'flag.enable'],
    ]);

    // The bus catching up late (Redis back, its queue flushed) adds nothing.
    for (const event of s.published) deliver(event);
    await feed.settled();
    expect(items).toHaveLength(5);
    feed.close();
  });

  it('fills a gap the moment a later event arrives, before that event', async () => {
    const s = await createFakeServices({ now: () => at });
    const { sources, deliver } = sourcesOf(s);
    const items: ChangeFeedItem[] = [];
    // A feed whose instance never refreshes: only the bus and the history can move it.
    const feed = await followChanges(
      { ...sources, onRevision: () => () => undefined },
      undefined,
      async (item) => void items.push(item),
      vi.fn(),
    );
    await s.flags.create('alpha', flag(), meta);
    await s.flags.setEnabled('alpha', false, meta);
    await s.flags.setEnabled('alpha', true, meta);
    const third = s.published[2];
    if (!third) throw new Error('three events expected');
    deliver(third);
    await waitFor(() => expect(items.map((i) => i.configRevision)).toEqual([1, 2, 3]));
    expect(items).toEqual(expected(s.published));
    feed.close();
  });

  it('sinceRevision replays what came after it, then goes live (RealtimeService.changes)', async () => {
    const s = await createFakeServices({ now: () => at });
    await s.flags.create('alpha', flag(), meta);
    await s.flags.setEnabled('alpha', false, meta);
    await s.flags.setEnabled('alpha', true, meta);
    const stream = s.realtime.changes({ sinceRevision: 1 })[Symbol.asyncIterator]();
    const revisions = async (n: number) => {
      const seen: number[] = [];
      for (let i = 0; i < n; i++) seen.push(((await stream.next()).value as ChangeFeedItem).configRevision);
      return seen;
    };
    expect(await revisions(2)).toEqual([2, 3]);
    await s.flags.setEnabled('alpha', false, meta);
    expect(await revisions(1)).toEqual([4]);
    await stream.return?.();
  });

  it('starts a client claiming a revision not yet committed from the one in force', async () => {
    const s = await createFakeServices({ now: () => at });
    const { sources } = sourcesOf(s);
    await s.flags.create('alpha', flag(), meta);
    const items: ChangeFeedItem[] = [];
    const feed = await followChanges(sources, 99, async (item) => void items.push(item), vi.fn());
    expect(feed.revision).toBe(1);
    await s.flags.setEnabled('alpha', false, meta);
    await waitFor(() => expect(items.map((i) => i.configRevision)).toEqual([2]));
    feed.close();
  });
});
