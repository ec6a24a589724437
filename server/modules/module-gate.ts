// The gate check of a module for a caller: its flag evaluated from the in-memory set, no database read.
import type { AccountViewer } from '../auth/viewer.js';
import type { EvaluationResult, Reason } from '../evaluation/definitions.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { MODULE_GATES } from './module-catalog.js';
import type { ModuleName } from './spreads.js';

export function checkModuleGate(
  evaluator: FlagEvaluator,
  viewer: AccountViewer,
  module: ModuleName,
): EvaluationResult {
  return evaluator.evaluate(MODULE_GATES[module], FlagEvaluator.accountContext(viewer));
}

/** Reasons that mean no rule, target or rollout share reaches the caller. */
const OUTSIDE: ReadonlySet<Reason> = new Set(['DEFAULT', 'SPLIT', 'FLAG_NOT_FOUND']);

/**
 * Whether the module is meant for this caller at all, whatever the kill switch, environment gate or guard
 * say right now: the app hides a module outside the audience and shows one inside it locked.
 */
export function inModuleAudience(
  evaluator: FlagEvaluator,
  viewer: AccountViewer,
  module: ModuleName,
): boolean {
  const audience = evaluator.audience(MODULE_GATES[module], FlagEvaluator.accountContext(viewer));
  return audience.enabled || !OUTSIDE.has(audience.reason);
}
