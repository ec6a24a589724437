// A loaded flag for the editor's component tests: a boolean flag with a plan rule and a 20/80 default rollout.
import type { LoadedFlag } from './flag-form';

export function flag(overrides: Partial<LoadedFlag> = {}): LoadedFlag & { __typename: 'Flag' } {
  return {
    __typename: 'Flag',
    key: 'tarot_enabled',
    type: 'BOOLEAN',
    enabled: true,
    salt: 'tarot_enabled',
    revision: 1,
    description: 'Tarot module',
    offVariant: 'off',
    variants: [
      { key: 'on', payload: null },
      { key: 'off', payload: null },
    ],
    targets: [{ variant: 'on', userIds: ['u-1'] }],
    rules: [
      {
        id: 'premium',
        description: '',
        conditions: [
          { attribute: 'plan', operator: 'IN', values: ['premium'], negate: false, caseInsensitive: false },
        ],
        serve: { variant: 'on', rollout: null },
      },
    ],
    fallthrough: {
      variant: null,
      rollout: {
        stickiness: null,
        weights: [
          { variant: 'on', weight: 20 },
          { variant: 'off', weight: 80 },
        ],
      },
    },
    prerequisites: [],
    ...overrides,
  };
}

export const lists = {
  segments: [{ key: 'beta', description: 'Beta testers' }],
  flags: { items: [{ key: 'tarot_enabled' }, { key: 'modules_enabled' }], nextCursor: null },
};

export const loaded = (f = flag()) => ({ data: { flag: f, ...lists } });
