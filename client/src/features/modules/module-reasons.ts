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
