import { describe, expect, it } from 'vitest';
import type { AlertRuleContent } from './alert-rule.js';
import { transition, verdict } from './alert-state.js';

const rule: AlertRuleContent = {
  description: '',
  kpi: 'ERROR_RATE_5XX',
  operation: null,
  tenantId: null,
  comparison: 'ABOVE',
  threshold: 0.05,
  windowSeconds: 300,
  minSamples: 20,
  forSeconds: 60,
  severity: 'CRITICAL',
  webhookUrl: null,
  webhookSecretRef: null,
  enabled: true,
};
const t0 = new Date('2030-01-01T00:00:00Z');
const at = (s: number) => new Date(+t0 + s * 1000);

describe('verdict', () => {
  it('needs the minimum samples and a value', () => {
    expect(verdict(rule, { value: 0.5, samples: 19 })).toBe('NO_DATA');
    expect(verdict(rule, { value: null, samples: 100 })).toBe('NO_DATA');
    expect(verdict(rule, { value: 0.5, samples: 20 })).toBe('BREACH');
  });
  it('is strict at the threshold, in both directions', () => {
    expect(verdict(rule, { value: 0.05, samples: 20 })).toBe('CLEAR');
    expect(verdict({ ...rule, comparison: 'BELOW', threshold: 0.99 }, { value: 0.99, samples: 20 })).toBe(
      'CLEAR',
    );
    expect(verdict({ ...rule, comparison: 'BELOW', threshold: 0.99 }, { value: 0.98, samples: 20 })).toBe(
      'BREACH',
    );
  });
});

describe('transition', () => {
  it('opens pending, fires after the for-duration, resolves when it clears', () => {
    expect(transition(undefined, 'BREACH', 60, t0)).toEqual({ kind: 'open', state: 'PENDING' });
    const pending = { state: 'PENDING' as const, pendingSince: t0 };
    expect(transition(pending, 'BREACH', 60, at(59))).toEqual({ kind: 'refresh' });
    expect(transition(pending, 'BREACH', 60, at(60))).toEqual({ kind: 'fire' });
    const firing = { state: 'FIRING' as const, pendingSince: t0 };
    expect(transition(firing, 'BREACH', 60, at(120))).toEqual({ kind: 'refresh' });
    expect(transition(firing, 'CLEAR', 60, at(135))).toEqual({ kind: 'resolve' });
    expect(transition(firing, 'NO_DATA', 60, at(135))).toEqual({ kind: 'resolve' });
  });
  it('fires at once without a for-duration, and drops a pending alert that clears', () => {
    expect(transition(undefined, 'BREACH', 0, t0)).toEqual({ kind: 'open', state: 'FIRING' });
    expect(transition({ state: 'PENDING', pendingSince: t0 }, 'CLEAR', 60, at(15))).toEqual({ kind: 'drop' });
    expect(transition(undefined, 'CLEAR', 60, t0)).toEqual({ kind: 'none' });
    expect(transition(undefined, 'NO_DATA', 0, t0)).toEqual({ kind: 'none' });
  });
});
