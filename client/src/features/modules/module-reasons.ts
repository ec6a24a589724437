// Plain words for why a module is locked, from the gate's evaluation reason.
const REASONS: Record<string, string> = {
  DISABLED: 'Switched off by the Augur team for now. Please try again later.',
  GUARD_OPEN: 'Paused automatically while we look into a problem.',
  ENTITLEMENT: 'Not included in your plan.',
  TARGETING_MATCH: 'Not available for your account or plan.',
  DEFAULT: 'Not available for your account yet.',
  SPLIT: 'Not available for your account yet.',
  PREREQUISITE_FAILED: 'Needs another feature that is switched off.',
  ENV_GATE: 'Not available in this environment.',
  FLAG_NOT_FOUND: 'Not set up yet.',
};

export function lockedReason(reason: string): string {
  return REASONS[reason] ?? 'Not available right now.';
}

/**
 * Reasons that say the user is simply outside the module's audience (no rule, target or rollout share
 * reaches them): the module is hidden rather than shown locked. A kill switch, a plan rule or a
 * missing entitlement still shows it locked with its reason.
 */
const UNTARGETED = new Set(['DEFAULT', 'SPLIT', 'FLAG_NOT_FOUND']);

export function isUntargeted(reason: string): boolean {
  return UNTARGETED.has(reason);
}
