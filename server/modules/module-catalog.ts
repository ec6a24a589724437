// Which flag gates each module, and each plan's daily quota of runs per module.
import { PLANS, type Plan } from '../auth/viewer.js';
import type { ModuleName } from './spreads.js';

export const MODULE_GATES: Readonly<Record<ModuleName, string>> = {
  tarot: 'tarot_enabled',
  runes: 'runes_enabled',
};

export type QuotaPerPlan = Readonly<Record<Plan, number>>;

export const DEFAULT_QUOTA: QuotaPerPlan = { free: 3, premium: 30 };

export interface PlanAllowance {
  plan: Plan;
  /** Runs per module per UTC day. */
  quotaLimit: number;
}

/** The plan with the smallest allowance larger than `plan`'s (what an upgrade would give), or null. */
export function largerAllowance(quota: QuotaPerPlan, plan: Plan): PlanAllowance | null {
  const own = quota[plan];
  const larger = PLANS.map((p) => ({ plan: p, quotaLimit: quota[p] }))
    .filter((a) => a.quotaLimit > own)
    .sort((a, b) => a.quotaLimit - b.quotaLimit);
  return larger[0] ?? null;
}

/** Quota days are UTC days: the counter resets at the next UTC midnight. */
export function quotaDay(now: Date): { day: string; resetsAt: Date } {
  const day = now.toISOString().slice(0, 10);
  const resetsAt = new Date(`${day}T00:00:00.000Z`);
  resetsAt.setUTCDate(resetsAt.getUTCDate() + 1);
  return { day, resetsAt };
}
