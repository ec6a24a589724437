// The bench's data: seeded random contexts and the flag every engine expresses (targets, plan AND country, 50%).

export const PLANS = ['free', 'premium', 'pro', 'team'] as const;
export const COUNTRIES = ['FR', 'BE', 'CH', 'DE', 'US', 'IT'] as const;
export const RULE_PLANS = ['premium', 'pro'];
export const RULE_COUNTRIES = ['FR', 'BE', 'CH'];
export const TARGETS_PER_FLAG = 100;
/** Share of contexts whose user is on a flag's individual target list. */
const TARGETED_SHARE = 0.02;

export interface BaseContext {
  userId: string;
  plan: string;
  country: string;
}

/** mulberry32: a small seeded PRNG, so every run evaluates the same contexts. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const flagKey = (i: number) => `flag_${String(i).padStart(4, '0')}`;
export const targetIds = (i: number) => Array.from({ length: TARGETS_PER_FLAG }, (_, j) => `vip-${i}-${j}`);

/**
 * `count` contexts. About 2% are users on the target list of one of the first `flags` flags; the others are
 * fresh random ids. Plans and countries are uniform, so a quarter of the contexts match the rule.
 */
export function makeContexts(count: number, flags: number, seed: number): BaseContext[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const contexts: BaseContext[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const userId =
      next() < TARGETED_SHARE
        ? `vip-${Math.floor(next() * flags)}-${Math.floor(next() * TARGETS_PER_FLAG)}`
        : `user-${Math.floor(next() * 2 ** 32).toString(36)}-${Math.floor(next() * 2 ** 20).toString(36)}`;
    contexts[i] = { userId, plan: pick(PLANS), country: pick(COUNTRIES) };
  }
  return contexts;
}

/** What every engine must answer for flag `i`: on, off, or left to the 50% split. */
export function expectation(i: number, context: BaseContext): 'on' | 'off' | 'split' {
  if (context.userId.startsWith(`vip-${i}-`)) return 'on';
  return RULE_PLANS.includes(context.plan) && RULE_COUNTRIES.includes(context.country) ? 'split' : 'off';
}
