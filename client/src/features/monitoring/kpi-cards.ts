// The KPI cards of the Monitoring page: which figure each shows, which way is better, and the change against
// the previous window of the same length, worked out once here so the page only lays them out.
import { type FigureKind, formatChange, formatCount, formatFigure, formatRate } from './kpi-format';
import type { KpiFigures } from './monitoring-queries';

export type CardId =
  | 'availability'
  | 'requests'
  | 'errorRate5xx'
  | 'requestP95'
  | 'messages'
  | 'replyP95'
  | 'outOfScope'
  | 'llmError'
  | 'quotaBlocks'
  | 'apiKeyFailures';

interface CardSpec {
  id: CardId;
  label: string;
  kind: FigureKind;
  /** Which way of moving is good news; 'none' for volumes. */
  better: 'higher' | 'lower' | 'none';
  value(k: KpiFigures): number | null;
  /** What the figure is made of, in a short line. */
  detail(k: KpiFigures): string | null;
}

const of = (part: number, whole: number, noun: string) =>
  `${formatCount(part)} of ${formatCount(whole)} ${noun}`;

function quotaTotals(k: KpiFigures): { blocked: number; decisions: number } {
  let blocked = 0;
  let decisions = 0;
  for (const q of k.quota) {
    blocked += q.blocked;
    decisions += q.blocked + q.consumed;
  }
  return { blocked, decisions };
}

const CARDS: readonly CardSpec[] = [
  {
    id: 'availability',
    label: 'Availability',
    kind: 'rate',
    better: 'higher',
    value: (k) => k.availability,
    detail: (k) =>
      k.readinessFailures > 0
        ? `${formatCount(k.errors5xx)} 5xx, ${of(k.readinessFailures, k.readinessChecks, 'readiness checks failed')}`
        : null,
  },
  {
    id: 'requests',
    label: 'Requests',
    kind: 'count',
    better: 'none',
    value: (k) => k.requests,
    detail: (k) => (k.requests > 0 ? `${formatCount(k.errors4xx)} answered 4xx` : null),
  },
  {
    id: 'errorRate5xx',
    label: '5xx rate',
    kind: 'rate',
    better: 'lower',
    value: (k) => k.errorRate5xx,
    detail: (k) => (k.requests > 0 ? of(k.errors5xx, k.requests, 'requests') : null),
  },
  {
    id: 'requestP95',
    label: 'Request p95 latency',
    kind: 'ms',
    better: 'lower',
    value: (k) => k.requestP95LatencyMs,
    detail: (k) =>
      k.requestP50LatencyMs === null ? null : `p50 ${formatFigure('ms', k.requestP50LatencyMs)}`,
  },
  {
    id: 'messages',
    label: 'Messages',
    kind: 'count',
    better: 'none',
    value: (k) => k.messagesTotal,
    detail: () => 'chat replies (messages_total)',
  },
  {
    id: 'replyP95',
    label: 'Reply p95 latency',
    kind: 'ms',
    better: 'lower',
    value: (k) => k.p95LatencyMs,
    detail: (k) => (k.p50LatencyMs === null ? null : `p50 ${formatFigure('ms', k.p50LatencyMs)}`),
  },
  {
    id: 'outOfScope',
    label: 'Out of scope',
    kind: 'rate',
    better: 'lower',
    value: (k) => k.outOfScopeRate,
    detail: (k) => (k.messagesTotal > 0 ? of(k.outOfScopeReplies, k.messagesTotal, 'replies') : null),
  },
  {
    id: 'llmError',
    label: 'LLM errors',
    kind: 'rate',
    better: 'lower',
    value: (k) => k.llmErrorRate,
    detail: (k) => (k.messagesTotal > 0 ? of(k.llmErrorReplies, k.messagesTotal, 'replies') : null),
  },
  {
    id: 'quotaBlocks',
    label: 'Quota blocks',
    kind: 'count',
    better: 'lower',
    value: (k) => quotaTotals(k).blocked,
    detail: (k) => {
      const { blocked, decisions } = quotaTotals(k);
      return decisions > 0
        ? `saturation ${formatRate(blocked / decisions)} of ${formatCount(decisions)} decisions`
        : null;
    },
  },
  {
    id: 'apiKeyFailures',
    label: 'API-key auth failures',
    kind: 'count',
    better: 'lower',
    value: (k) => k.apiKeyAuthFailures,
    detail: () => null,
  },
];

export type Trend = 'up' | 'down' | 'flat';
export type Judgement = 'better' | 'worse' | 'neutral';

export type CardDelta =
  | { state: 'change'; text: string; trend: Trend; judgement: Judgement }
  | { state: 'same' }
  /** The previous window has no figure to compare with (a rate with nothing to divide). */
  | { state: 'no-previous' }
  | { state: 'loading' }
  | { state: 'unavailable' };

export interface KpiCard {
  id: CardId;
  label: string;
  /** The figure as written, "No data yet" when there is none. */
  value: string;
  hasValue: boolean;
  detail: string | null;
  /** Null when the current figure is missing: there is nothing to compare. */
  delta: CardDelta | null;
}

export type PreviousFigures =
  | { state: 'loading' }
  | { state: 'unavailable' }
  | { state: 'ready'; kpis: KpiFigures };

function judge(better: CardSpec['better'], trend: Trend): Judgement {
  if (better === 'none' || trend === 'flat') return 'neutral';
  return (trend === 'up') === (better === 'higher') ? 'better' : 'worse';
}

function deltaOf(spec: CardSpec, current: number, previous: PreviousFigures): CardDelta {
  if (previous.state !== 'ready') return { state: previous.state };
  const before = spec.value(previous.kpis);
  if (before === null || !Number.isFinite(before)) return { state: 'no-previous' };
  const text = formatChange(spec.kind, current, before);
  if (text === null) return { state: 'same' };
  const trend: Trend = current > before ? 'up' : 'down';
  return { state: 'change', text, trend, judgement: judge(spec.better, trend) };
}

/** Every card for the window's figures, each compared with the previous window's. */
export function kpiCards(current: KpiFigures, previous: PreviousFigures): KpiCard[] {
  return CARDS.map((spec) => {
    const value = spec.value(current);
    const hasValue = value !== null && Number.isFinite(value);
    return {
      id: spec.id,
      label: spec.label,
      value: formatFigure(spec.kind, value),
      hasValue,
      detail: spec.detail(current),
      delta: hasValue ? deltaOf(spec, value, previous) : null,
    };
  });
}

/** True when the window holds no event of any kind: the page says "no data yet" instead of a wall of zeros. */
export function isEmptyWindow(k: KpiFigures): boolean {
  return (
    k.requests === 0 &&
    k.messagesTotal === 0 &&
    k.moduleRuns === 0 &&
    k.readinessChecks === 0 &&
    k.apiKeyAuthFailures === 0 &&
    k.signInFailures === 0 &&
    k.quota.length === 0
  );
}
