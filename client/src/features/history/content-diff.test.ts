// The client's diff matches the server's shape, and the content before a diff is rebuilt from it.
import { describe, expect, it } from 'vitest';
import { contentBefore, diffEntries, pathKeys } from './content-diff';

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

  it('reads keys that hold dots (tenant settings) as one key, changed, added or removed', () => {
    const was = {
      settings: { 'moduleQuota.free': 5, 'rateLimit.perMinute': 60 },
      entitlements: { tarot: true },
    };
    const now = {
      settings: { 'moduleQuota.free': 7, 'moduleQuota.premium': 50 },
      entitlements: { tarot: true },
    };
    expect(contentBefore(now, diffEntries(was, now))).toEqual(was);
    expect(contentBefore(was, diffEntries(now, was))).toEqual(now);
    expect(pathKeys('settings.moduleQuota.free', now)).toEqual(['settings', 'moduleQuota.free']);
    expect(pathKeys('settings.rateLimit.perMinute', now)).toEqual(['settings', 'rateLimit.perMinute']);
    expect(pathKeys('rules.0.id', after)).toEqual(['rules', '0', 'id']);
  });
});
