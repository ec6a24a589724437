// The guard overlay over the tenant overlays: open guards hold their flag off, a probe share of tenants gets
// it back while half-open, a guard answered by a rollback holds nothing off, and each change is announced.
import { describe, expect, it } from 'vitest';
import { FakeOverlaySource } from '../flags/fake-overlay-source.js';
import type { OverlayChange } from '../flags/overlay-source.js';
import { createLogger } from '../platform/logger.js';
import type { Guard, GuardStatus } from './guard.js';
import { GuardOverlay, inProbe } from './guard-overlay.js';

const guard = (flagKey: string, status: GuardStatus, over: Partial<Guard> = {}): Guard => ({
  flagKey,
  metric: 'ERROR_RATE',
  threshold: 0.05,
  errorRateThreshold: null,
  windowSeconds: 300,
  minSamples: 10,
  action: 'OFF',
  coolDownSeconds: 60,
  halfOpen: 'AUTO',
  probeShare: 0.5,
  state: { status, since: '2026-12-05T00:00:00.000Z', lastTrip: null, healthyFlagRevision: 1 },
  revision: 1,
  archivedAt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...over,
});

function overlayOf(guards: Guard[]) {
  const rows = { guards, live: async () => rows.guards };
  const base = new FakeOverlaySource();
  const overlay = new GuardOverlay(base, rows, createLogger('silent'));
  const changes: OverlayChange[] = [];
  overlay.onChange((c) => changes.push(c));
  return { overlay, rows, base, changes };
}

describe('GuardOverlay', () => {
  it('passes the tenant overlays through while no guard is open', async () => {
    const { overlay, base } = overlayOf([guard('a', 'CLOSED')]);
    await overlay.reload();
    expect(overlay.overlaysFor('t1')).toBe(base.overlaysFor('t1'));
  });

  it('holds an open guard flag off for every tenant, and announces the change once', async () => {
    const { overlay, rows, changes } = overlayOf([guard('a', 'CLOSED')]);
    await overlay.reload();
    rows.guards = [guard('a', 'OPEN', { revision: 2 })];
    await overlay.reload();
    await overlay.reload();
    expect(overlay.overlaysFor('t1').openGuards?.has('a')).toBe(true);
    expect(overlay.overlaysFor('t2').openGuards?.has('a')).toBe(true);
    expect(changes).toEqual([{ tenants: 'all', flags: ['a'] }]);
  });

  it('lets the probe share of tenants through while half-open, the same tenants every time', async () => {
    const probing = guard('a', 'HALF_OPEN');
    const { overlay } = overlayOf([probing]);
    await overlay.reload();
    const tenants = Array.from({ length: 400 }, (_, n) => `tenant-${n}`);
    const through = tenants.filter((t) => !overlay.overlaysFor(t).openGuards?.has('a'));
    expect(through.length).toBeGreaterThan(150);
    expect(through.length).toBeLessThan(250);
    expect(through.every((t) => inProbe(probing, t))).toBe(true);
  });

  it('holds nothing off when the trip was answered by a rollback', async () => {
    const rolledBack = guard('a', 'OPEN', {
      action: 'ROLLBACK',
      state: {
        status: 'OPEN',
        since: '2026-12-05T00:00:00.000Z',
        healthyFlagRevision: 1,
        lastTrip: {
          samples: 10,
          errors: 9,
          errorRate: 0.9,
          p95LatencyMs: null,
          metric: 'ERROR_RATE',
          threshold: 0.05,
          windowSeconds: 300,
          at: '2026-12-05T00:00:00.000Z',
          flagRevision: 2,
          rolledBackTo: 1,
        },
      },
    });
    const { overlay } = overlayOf([rolledBack]);
    await overlay.reload();
    expect(overlay.overlaysFor('t1').openGuards?.has('a') ?? false).toBe(false);
  });

  it('keeps the base overlays (entitlements, other open guards) under its own', async () => {
    const { overlay, base } = overlayOf([guard('a', 'OPEN')]);
    base.setGuard('b', true);
    await overlay.reload();
    expect([...(overlay.overlaysFor('t1').openGuards ?? [])].sort()).toEqual(['a', 'b']);
  });
});
