// The pure part of evaluation: a reading's verdict against a rule, and what it does to the rule's open alert.
import type { AlertState } from './alert.js';
import type { KpiReading } from './alert-kpi-source.js';
import { type AlertRuleContent, breaches } from './alert-rule.js';

/** NO_DATA: no value, or fewer samples than the rule's minimum. */
export type Verdict = 'BREACH' | 'CLEAR' | 'NO_DATA';

export function verdict(rule: AlertRuleContent, reading: Pick<KpiReading, 'value' | 'samples'>): Verdict {
  if (reading.value === null || reading.samples < rule.minSamples) return 'NO_DATA';
  return breaches(rule.comparison, reading.value, rule.threshold) ? 'BREACH' : 'CLEAR';
}

export type Transition =
  /** Nothing open and nothing to open, or an open alert that stays as it is (its figures refreshed). */
  | { kind: 'none' }
  | { kind: 'refresh' }
  /** A new breach: PENDING, or FIRING at once when the rule has no for-duration. */
  | { kind: 'open'; state: Extract<AlertState, 'PENDING' | 'FIRING'> }
  /** PENDING for the whole for-duration. */
  | { kind: 'fire' }
  /** A firing alert whose condition no longer holds (cleared, or not enough samples to say). */
  | { kind: 'resolve' }
  /** A pending alert whose condition cleared before it fired: it leaves no history. */
  | { kind: 'drop' };

export function transition(
  open: { state: AlertState; pendingSince: Date } | undefined,
  v: Verdict,
  forSeconds: number,
  now: Date,
): Transition {
  if (!open) {
    if (v !== 'BREACH') return { kind: 'none' };
    return { kind: 'open', state: forSeconds === 0 ? 'FIRING' : 'PENDING' };
  }
  if (v !== 'BREACH') return open.state === 'PENDING' ? { kind: 'drop' } : { kind: 'resolve' };
  if (open.state === 'PENDING' && +now - +open.pendingSince >= forSeconds * 1000) return { kind: 'fire' };
  return { kind: 'refresh' };
}
