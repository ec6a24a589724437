// Fan-out through the one evaluator: per-tenant overlay changes reach exactly that tenant's holders of the flag,
// a guard trip every holder, and nobody receives a message whose results did not change.
import { describe, expect, it } from 'vitest';
import { type CompiledFlagSet, compileFlagSet } from '../evaluation/compile.js';
import type { FlagDefinition } from '../evaluation/definitions.js';
import { FakeOverlaySource } from '../flags/fake-overlay-source.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { createLogger } from '../platform/logger.js';
import { FanOut, type FlagUpdate } from './fan-out.js';

const flag = (key: string, extra: Partial<FlagDefinition> = {}): FlagDefinition => ({
  key,
  type: 'BOOLEAN',
  enabled: true,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [],
  rules: [],
  fallthrough: { variant: 'on' },
  revision: 1,
  ...extra,
});

/** A compiled-set source whose swaps the test drives. */
function swappable(initial: CompiledFlagSet) {
  let set = initial;
  const listeners = new Set<(previous: CompiledFlagSet, next: CompiledFlagSet) => void>();
  return {
    current: () => set,
    onSwap: (listener: (previous: CompiledFlagSet, next: CompiledFlagSet) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    swap(next: CompiledFlagSet) {
      const previous = set;
      set = next;
      for (const listener of listeners) listener(previous, next);
    },
  };
}

function setup() {
  const flags = [
    flag('tarot'),
    flag('runes'),
    flag('tarot_deluxe', { prerequisites: [{ flagKey: 'tarot', variant: 'on' }] }),
  ];
  const sets = swappable(compileFlagSet({ flags, segments: [], revision: 1 }));
  const overlays = new FakeOverlaySource();
  const evaluator = new FlagEvaluator(sets, overlays);
  const fanOut = new FanOut(evaluator, createLogger('silent'));
  const inbox = new Map<string, FlagUpdate[]>();
  const subscribe = (name: string, tenantId: string, keys?: string[]) => {
    const context = { userId: name, tenantId };
    inbox.set(name, []);
    fanOut.register(
      { context, keys, send: (update) => inbox.get(name)?.push(update) },
      evaluator.evaluateMany(context, keys),
      evaluator.generation,
    );
  };
  const received = (name: string) =>
    (inbox.get(name) ?? []).flatMap((u) => u.flags.map((f) => `${f.key}:${f.enabled}:${f.reason}`));
  return { sets, overlays, evaluator, fanOut, subscribe, received, flags };
}

describe('FanOut', () => {
  it('sends an entitlement change only to that tenant, with the dependents, and only to holders', async () => {
    const { overlays, fanOut, subscribe, received } = setup();
    subscribe('a-all', 'tenant-a');
    subscribe('a-runes', 'tenant-a', ['runes']);
    subscribe('b-all', 'tenant-b');
    overlays.setEntitlement('tenant-a', 'tarot', false);
    await fanOut.idle();
    expect(received('a-all')).toEqual(['tarot:false:ENTITLEMENT', 'tarot_deluxe:false:PREREQUISITE_FAILED']);
    expect(received('a-runes')).toEqual([]);
    expect(received('b-all')).toEqual([]);
  });

  it('sends a guard trip to every tenant holding the flag, and nothing when the result stays the same', async () => {
    const { overlays, fanOut, subscribe, received } = setup();
    subscribe('a', 'tenant-a', ['runes']);
    subscribe('b', 'tenant-b');
    overlays.setGuard('runes', true);
    await fanOut.idle();
    expect(received('a')).toEqual(['runes:false:GUARD_OPEN']);
    expect(received('b')).toEqual(['runes:false:GUARD_OPEN']);
    overlays.setGuard('runes', true);
    await fanOut.idle();
    expect(received('a')).toHaveLength(1);
  });

  it('sends a flag change to its holders in every tenant, and skips a subscriber registered after it', async () => {
    const { sets, evaluator, fanOut, subscribe, received, flags } = setup();
    subscribe('a', 'tenant-a', ['tarot']);
    const next = compileFlagSet({
      flags: flags.map((f) => (f.key === 'runes' ? { ...f, enabled: false, revision: 2 } : f)),
      segments: [],
      revision: 2,
    });
    sets.swap(next);
    subscribe('late', 'tenant-b');
    await fanOut.idle();
    expect(received('a')).toEqual([]);
    expect(received('late')).toEqual([]);
    expect(evaluator.evaluate('runes', { userId: 'x', tenantId: 'tenant-a' }).reason).toBe('DISABLED');
  });

  it('drops index entries with their last subscriber', () => {
    const { fanOut, evaluator } = setup();
    const stop = fanOut.register(
      { context: { userId: 'u', tenantId: 't' }, keys: ['tarot'], send: () => undefined },
      [],
      evaluator.generation,
    );
    expect([fanOut.size, fanOut.indexedKeys, fanOut.indexedTenants]).toEqual([1, 1, 1]);
    stop();
    expect([fanOut.size, fanOut.indexedKeys, fanOut.indexedTenants]).toEqual([0, 0, 0]);
  });
});
