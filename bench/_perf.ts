import { compileFlagSet } from '../server/evaluation/compile.js';
import type { EvaluationContext, FlagDefinition } from '../server/evaluation/definitions.js';
import { evaluateFlag } from '../server/evaluation/evaluate.js';

const ids = Array.from({ length: 100 }, (_, i) => `target-${i}`);
const flag: FlagDefinition = {
  key: 'bench_flag',
  type: 'BOOLEAN',
  enabled: true,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [{ variant: 'on', userIds: ids }],
  rules: [
    {
      id: 'r1',
      conditions: [
        { attribute: 'plan', operator: 'IN', values: ['premium', 'pro'] },
        { attribute: 'country', operator: 'IN', values: ['FR', 'BE', 'CH'] },
      ],
      serve: {
        rollout: {
          weights: [
            { variant: 'on', weight: 50 },
            { variant: 'off', weight: 50 },
          ],
        },
      },
    },
  ],
  fallthrough: { variant: 'off' },
  revision: 1,
};
const set = compileFlagSet({ flags: [flag], segments: [], revision: 1 });
const plans = ['free', 'premium', 'pro', 'team'];
const countries = ['FR', 'BE', 'CH', 'DE', 'US', 'IT'];
let seed = 1;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const N = 1_000_000;
const contexts: EvaluationContext[] = Array.from({ length: N }, () => ({
  userId:
    rnd() < 0.01
      ? ids[Math.floor(rnd() * 100)]
      : `user-${Math.floor(rnd() * 1e9).toString(36)}-${Math.floor(rnd() * 1e6)}`,
  plan: plans[Math.floor(rnd() * 4)],
  country: countries[Math.floor(rnd() * 6)],
}));
for (let r = 0; r < 5; r++) {
  let on = 0;
  const t = performance.now();
  for (let i = 0; i < N; i++)
    if (evaluateFlag(set, 'bench_flag', contexts[i] as EvaluationContext).enabled) on++;
  const dt = performance.now() - t;
  console.log(((dt * 1e6) / N).toFixed(1), 'ns', on);
}
