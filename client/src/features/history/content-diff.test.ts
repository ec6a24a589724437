// The client's diff matches the server's shape, and the content before a diff is rebuilt from it.
import { describe, expect, it } from 'vitest';
import { contentBefore, diffEntries } from './content-diff';

describe('content-diff', () => {
  const before = {
    enabled: true,
    rules: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
    description: 'x',
  };
  const after = { enabled: false, rules: [{ id: 'a' }], salt: 's' };

  it('lists changes by dotted path', () => {
    expect(diffEntries({ enabled: true }, { enabled: false })).toEqual([
      { path: 'enabled', change: 'CHANGE', from: true, to: false },
    ]);
  });

  it('rebuilds the content a change replaced, list removals and additions included', () => {
    expect(contentBefore(after, diffEntries(before, after))).toEqual(before);
    expect(contentBefore(before, diffEntries(after, before))).toEqual(after);
  });

  it('does not change the content it is given', () => {
    const copy = structuredClone(after);
    contentBefore(after, diffEntries(before, after));
    expect(after).toEqual(copy);
  });
});
