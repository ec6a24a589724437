// Maps Augur's evaluation results onto OFREP's: the value by flag type, the reason onto OpenFeature's list.
import type { EvaluationResult, FlagType, Reason } from '../evaluation/definitions.js';
import type { OfrepMetadata, OfrepReason, OfrepSuccess } from './ofrep-wire.js';

/**
 * Gates that turn a flag off for everyone they cover are DISABLED; a prerequisite that fails for this
 * context is a targeting decision. The fallthrough's fixed serve is STATIC; a rollout anywhere is SPLIT.
 */
export const OFREP_REASONS: Record<Exclude<Reason, 'FLAG_NOT_FOUND'>, OfrepReason> = {
  DISABLED: 'DISABLED',
  ENV_GATE: 'DISABLED',
  ENTITLEMENT: 'DISABLED',
  GUARD_OPEN: 'DISABLED',
  PREREQUISITE_FAILED: 'TARGETING_MATCH',
  TARGETING_MATCH: 'TARGETING_MATCH',
  SPLIT: 'SPLIT',
  DEFAULT: 'STATIC',
};

/**
 * A BOOLEAN flag's value is whether it is on. A VARIANT flag's value is the served variant's payload when
 * it has one (string, number, object), else the variant's name.
 */
export function ofrepValue(type: FlagType, result: EvaluationResult): unknown {
  if (type === 'BOOLEAN') return result.enabled;
  if (result.payload !== undefined && result.payload !== null) return result.payload;
  return result.variant ?? '';
}

/** Augur's own account of the decision, for logs and telemetry: reason, flag revision, deciding rule. */
function metadataOf(result: EvaluationResult): OfrepMetadata {
  const metadata: OfrepMetadata = { augurReason: result.reason };
  if (result.revision !== null) metadata.flagRevision = result.revision;
  if (result.ruleId !== null) metadata.ruleId = result.ruleId;
  return metadata;
}

/** The OFREP success body for a found flag (FLAG_NOT_FOUND is answered as an error, not through here). */
export function ofrepSuccess(type: FlagType, result: EvaluationResult): OfrepSuccess {
  const reason = result.reason === 'FLAG_NOT_FOUND' ? 'UNKNOWN' : OFREP_REASONS[result.reason];
  const success: OfrepSuccess = {
    key: result.key,
    value: ofrepValue(type, result),
    reason,
    metadata: metadataOf(result),
  };
  if (result.variant !== null) success.variant = result.variant;
  return success;
}
