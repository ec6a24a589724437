// What a rollback would do to the flag's On/Off state, in words, so rolling back to an Off revision is never a surprise.

const enabledOf = (content: unknown): boolean | undefined => {
  const enabled = (content as { enabled?: unknown } | null)?.enabled;
  return typeof enabled === 'boolean' ? enabled : undefined;
};

/** A warning when the target revision's On/Off state differs from the one in force; undefined otherwise. */
export function rollbackWarning(current: unknown, target: unknown): string | undefined {
  const now = enabledOf(current);
  const then = enabledOf(target);
  if (now === undefined || then === undefined || now === then) return undefined;
  return then
    ? 'This turns the flag On again: it is served by its rules.'
    : 'This turns the flag Off: everyone served by it loses it at once.';
}
