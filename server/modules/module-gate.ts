// The gate check of a module for a caller: its flag evaluated from the in-memory set, no database read.
import type { AccountViewer } from '../auth/viewer.js';
import type { EvaluationResult } from '../evaluation/definitions.js';
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
