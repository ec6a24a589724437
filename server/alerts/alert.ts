// Alerts: one rule's (or one guard trip's) breach from pending to firing to resolved, with its context,
// and the webhook deliveries it caused.
import type { AlertKpi, Comparison, Severity } from './alert-rule.js';

export const ALERT_STATES = ['PENDING', 'FIRING', 'RESOLVED'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

/** Every alert names the service it concerns; Augur is one service. */
export const SERVICE = 'augur';

export interface Alert {
  id: string;
  ruleKey: string;
  ruleRevision: number | null;
  source: 'rule' | 'guard';
  state: AlertState;
  severity: Severity;
  /** A rule's KPI, or `GUARD_TRIP`. */
  kpi: AlertKpi | 'GUARD_TRIP';
  service: string;
  operation: string | null;
  tenantId: string | null;
  comparison: Comparison;
  /** The breaching value (the latest one seen while open); null only when no figure exists. */
  value: number | null;
  threshold: number;
  windowSeconds: number;
  samples: number;
  /** A few recent request ids behind the breach (failing requests where the events carry them). */
  sampleRequestIds: string[];
  /** Anything else that explains it (a guard trip's figures, the baseline of a drift). */
  context: Record<string, unknown>;
  pendingSince: Date;
  firedAt: Date | null;
  resolvedAt: Date | null;
  updatedAt: Date;
}

export const DELIVERY_STATES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export interface DeliveryAttempt {
  attempt: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: Date;
}

export interface AlertDelivery {
  id: string;
  alertId: string;
  event: 'FIRING' | 'RESOLVED';
  url: string;
  state: DeliveryState;
  attempts: DeliveryAttempt[];
  nextAttemptAt: Date;
  createdAt: Date;
}

/** The `alert.changed` bus topic: an alert started firing or resolved (pending alerts are not announced). */
export const ALERT_CHANGED = 'alert.changed';
export type AlertTopics = { [ALERT_CHANGED]: Alert };
