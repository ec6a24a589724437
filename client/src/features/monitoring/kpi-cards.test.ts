// The KPI cards' maths: each figure against the previous window (counts, rates in points, latencies), the
// judgement by direction, and the empty cases (no current figure, none to compare, still loading, failed).
import { describe, expect, it } from 'vitest';
import { isEmptyWindow, type KpiCard, kpiCards } from './kpi-cards';
import { busyHour, kpiFigures } from './kpi-fixtures';
import { formatChange, formatFigure, formatRate } from './kpi-format';

const card = (cards: KpiCard[], id: KpiCard['id']) => {
  const found = cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}`);
  return found;
};

describe('kpiCards', () => {
  const previous = kpiFigures({
    requests: 100,
    errors5xx: 1,
    errorRate5xx: 0.01,
    availability: 0.99,
    requestP95LatencyMs: 60.5,
    messagesTotal: 4,
    outOfScopeReplies: 0,
    outOfScopeRate: 0,
    llmErrorRate: 0,
    p95LatencyMs: 9.5,
    quota: [{ module: 'tarot', plan: 'free', consumed: 5, blocked: 0, saturation: 0 }],
  });
  const cards = kpiCards(busyHour(), { state: 'ready', kpis: previous });

  it('writes a count change as a difference and a percentage of the previous figure', () => {
    expect(card(cards, 'requests')).toMatchObject({
      value: '200',
      delta: { state: 'change', text: '+100 (+100%)', trend: 'up', judgement: 'neutral' },
    });
  });

  it('writes a rate change in percentage points and judges it by which way is good', () => {
    expect(card(cards, 'errorRate5xx')).toMatchObject({
      value: '2.0%',
      detail: '4 of 200 requests',
      delta: { state: 'change', text: '+1.0 pp', trend: 'up', judgement: 'worse' },
    });
    expect(card(cards, 'availability')).toMatchObject({
      value: '98.0%',
      delta: { state: 'change', text: '\u22121.0 pp', trend: 'down', judgement: 'worse' },
    });
    expect(card(cards, 'outOfScope').delta).toMatchObject({ text: '+25.0 pp', judgement: 'worse' });
  });

  it('writes a latency change in ms with its share, lower being better', () => {
    expect(card(cards, 'requestP95')).toMatchObject({
      value: '48 ms',
      detail: 'p50 12 ms',
      delta: { state: 'change', text: '\u221212 ms (\u221220%)', trend: 'down', judgement: 'better' },
    });
  });

  it('says "no change" when the figure did not move, and sums quota blocks over modules and plans', () => {
    expect(card(cards, 'messages').delta).toEqual({ state: 'same' });
    expect(card(cards, 'replyP95').delta).toEqual({ state: 'same' });
    expect(card(cards, 'quotaBlocks')).toMatchObject({
      value: '1',
      detail: 'saturation 12.5% of 8 decisions',
      delta: { state: 'change', text: '+1', judgement: 'worse' },
    });
  });

  it('shows "No data yet" and no delta for a rate or quantile without samples', () => {
    const empty = kpiCards(kpiFigures(), { state: 'ready', kpis: kpiFigures() });
    for (const id of [
      'availability',
      'errorRate5xx',
      'requestP95',
      'replyP95',
      'outOfScope',
      'llmError',
    ] as const) {
      expect(card(empty, id)).toMatchObject({
        value: 'No data yet',
        hasValue: false,
        delta: null,
        detail: null,
      });
    }
    // Counts are real zeros, compared like any figure.
    expect(card(empty, 'messages')).toMatchObject({ value: '0', hasValue: true, delta: { state: 'same' } });
    expect(JSON.stringify(empty)).not.toMatch(/NaN|Infinity/);
  });

  it('says there is nothing to compare when the previous window had no samples', () => {
    const now = kpiCards(busyHour(), { state: 'ready', kpis: kpiFigures() });
    expect(card(now, 'errorRate5xx').delta).toEqual({ state: 'no-previous' });
    // A count from 0 has no percentage.
    expect(card(now, 'requests').delta).toMatchObject({ text: '+200' });
    expect(JSON.stringify(now)).not.toMatch(/NaN|Infinity/);
  });

  it('passes on a previous window that is loading or failed', () => {
    expect(card(kpiCards(busyHour(), { state: 'loading' }), 'requests').delta).toEqual({ state: 'loading' });
    expect(card(kpiCards(busyHour(), { state: 'unavailable' }), 'requests').delta).toEqual({
      state: 'unavailable',
    });
  });
});

describe('isEmptyWindow', () => {
  it('is true only when nothing of any kind was recorded', () => {
    expect(isEmptyWindow(kpiFigures())).toBe(true);
    expect(isEmptyWindow(kpiFigures({ signInFailures: 1 }))).toBe(false);
    expect(isEmptyWindow(busyHour())).toBe(false);
  });
});

describe('figure formats', () => {
  it('keeps two decimals near 0 % and 100 %, where one would hide the difference', () => {
    expect(formatRate(0.0004)).toBe('0.04%');
    expect(formatRate(0.9996)).toBe('99.96%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
  });

  it('writes latencies in ms, seconds past one, and never NaN', () => {
    expect(formatFigure('ms', 4.25)).toBe('4.3 ms');
    expect(formatFigure('ms', 1250)).toBe('1.25 s');
    expect(formatFigure('ms', Number.NaN)).toBe('No data yet');
    expect(formatFigure('rate', null)).toBe('No data yet');
  });

  it('drops a change that rounds to nothing', () => {
    expect(formatChange('rate', 0.50001, 0.5)).toBeNull();
    expect(formatChange('ms', 10.01, 10)).toBeNull();
    expect(formatChange('count', 3, 3)).toBeNull();
    expect(formatChange('count', 1500, 3000)).toBe('\u22121,500 (\u221250%)');
  });
});
