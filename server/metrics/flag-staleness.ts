// "Possibly stale" flags, from telemetry: no exposure for 30 days, or one served value only for 14 days.
import type { PgMetricStore } from './metric-store.js';
import { ROLLUP_JOB } from './rollup-job.js';

const DAY_MS = 86_400_000;
export const NO_EXPOSURE_DAYS = 30;
export const SINGLE_VALUE_DAYS = 14;

export type StaleReason = 'NO_EXPOSURE' | 'SINGLE_VARIANT';

export interface FlagStaleness {
  possiblyStale: boolean;
  reason: StaleReason | null;
  lastExposureAt: Date | null;
  /** Since when exposures are counted at all (the rollup job's first run); null before it ran. */
  monitoredSince: Date | null;
  /** With SINGLE_VARIANT: the one variant (or true/false) served in the last 14 days. */
  servedValue: string | null;
  exposuresLast14Days: number;
  /** The same facts in a sentence, for the console. */
  evidence: string;
}

export interface StalenessFacts {
  now: Date;
  monitoredSince: Date | null;
  seen: Map<string, { first: Date; last: Date }>;
  values: Map<string, Map<string, number>>;
}

export async function loadStalenessFacts(
  store: PgMetricStore,
  now: Date,
  job: string = ROLLUP_JOB,
): Promise<StalenessFacts> {
  const since = new Date(+now - SINGLE_VALUE_DAYS * DAY_MS);
  const [state, seen, exposures] = await Promise.all([
    store.state(job),
    store.flagSeen(),
    store.exposuresByValue(since),
  ]);
  const values = new Map<string, Map<string, number>>();
  for (const e of exposures) {
    const perFlag = values.get(e.flag) ?? new Map<string, number>();
    perFlag.set(e.value, (perFlag.get(e.value) ?? 0) + e.count);
    values.set(e.flag, perFlag);
  }
  return { now, monitoredSince: state?.createdAt ?? null, seen, values };
}

const days = (ms: number) => Math.floor(ms / DAY_MS);

/** A judgement needs enough history: nothing is stale before exposures were counted for that long. */
export function staleness(facts: StalenessFacts, flag: { key: string; createdAt: Date }): FlagStaleness {
  const { now, monitoredSince } = facts;
  const seen = facts.seen.get(flag.key);
  const served = [...(facts.values.get(flag.key) ?? new Map<string, number>()).entries()].filter(
    ([, n]) => n > 0,
  );
  const exposures14 = served.reduce((total, [, n]) => total + n, 0);
  const base = {
    lastExposureAt: seen?.last ?? null,
    monitoredSince,
    servedValue: null,
    exposuresLast14Days: exposures14,
  };
  if (!monitoredSince) {
    return { ...base, possiblyStale: false, reason: null, evidence: 'No metrics yet.' };
  }
  // Silence counts from the last exposure, or from when counting (or the flag) began.
  const silentSince = seen?.last ?? new Date(Math.max(+monitoredSince, +flag.createdAt));
  const silentDays = days(+now - +silentSince);
  if (silentDays >= NO_EXPOSURE_DAYS) {
    return {
      ...base,
      possiblyStale: true,
      reason: 'NO_EXPOSURE',
      evidence: seen
        ? `No exposure for ${silentDays} days (last ${seen.last.toISOString()}).`
        : `Never exposed in ${silentDays} days of metrics.`,
    };
  }
  const onlyValue = served.length === 1 ? served[0] : undefined;
  const horizon = +now - SINGLE_VALUE_DAYS * DAY_MS;
  if (onlyValue && seen && +seen.first <= horizon && +monitoredSince <= horizon) {
    return {
      ...base,
      possiblyStale: true,
      reason: 'SINGLE_VARIANT',
      servedValue: onlyValue[0],
      evidence: `Served "${onlyValue[0]}" to 100% of ${onlyValue[1]} exposures in the last ${SINGLE_VALUE_DAYS} days.`,
    };
  }
  const evidence =
    served.length > 1
      ? `Served ${served.length} values in the last ${SINGLE_VALUE_DAYS} days.`
      : onlyValue
        ? `One value served, but over less than ${SINGLE_VALUE_DAYS} days of history.`
        : `Silent for ${silentDays} of ${NO_EXPOSURE_DAYS} days.`;
  return { ...base, possiblyStale: false, reason: null, evidence };
}
