// The as-of set a reconnecting client is compared against: right content, and built once per revision.
import { describe, expect, it } from 'vitest';
import { compileFlagSet } from '../evaluation/compile.js';
import { booleanFlag } from '../flags/test-flags.js';
import { FakeRevisionStore } from '../revisions/fake-revision-store.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import { flagSetAsOf } from './as-of-set.js';

const row = (revision: number, enabled: boolean) => ({
  entityType: 'flag' as const,
  entityKey: 'gate',
  revision,
  configRevision: revision,
  action: 'update',
  content: booleanFlag({ enabled }),
  diff: [],
  actor: 'user:ops',
  reason: 'test',
  requestId: 'req-1',
  tenantId: null,
});

describe('flagSetAsOf', () => {
  it('rebuilds the set at the revision once for a thousand callers, and again for a new current set', async () => {
    const store = new FakeRevisionStore();
    await store.insert(row(1, true));
    await store.insert(row(2, false));
    let reads = 0;
    const counted: RevisionStore = Object.assign(Object.create(store) as RevisionStore, {
      changedSince: (since: number, limit: number) => {
        reads++;
        return store.changedSince(since, limit);
      },
    });
    const current = compileFlagSet({
      flags: [{ ...booleanFlag({ enabled: false }), key: 'gate', revision: 2 }],
      segments: [],
      revision: 2,
    });

    const results = await Promise.all(Array.from({ length: 1000 }, () => flagSetAsOf(current, 1, counted)));
    expect(reads).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(results[0]?.set.definition('gate')).toMatchObject({ enabled: true, revision: 1 });

    const next = compileFlagSet({
      flags: [...current.keys()].map((k) => current.definition(k) as never),
      segments: [],
      revision: 2,
    });
    await flagSetAsOf(next, 1, counted);
    expect(reads).toBe(2);
  });
});
