// Demo mode's flags and segments: the host app's gates (tarot, runes) and an A/B test of reply style.

import type { Services } from '../app/services.js';
import type { FlagContent } from '../flags/flag.js';
import type { SegmentContent } from '../segments/segment.js';

const META = { actor: 'system', reason: 'demo data', requestId: 'demo-seed' };

export function demoSegments(betaUserIds: string[]): Array<[string, SegmentContent]> {
  return [
    [
      'beta',
      { description: 'Beta testers (explicit members).', included: betaUserIds, excluded: [], rules: [] },
    ],
    [
      'premium_or_beta',
      {
        description: 'Premium plan, or in the beta cohort.',
        included: betaUserIds,
        excluded: [],
        rules: [{ conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }] }],
      },
    ],
  ];
}

const boolean = {
  type: 'BOOLEAN' as const,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [],
};

// Every demo account can try tarot (the premium plan gets the bigger daily quota, AUGUR_MODULE_QUOTA); runes
// shows a beta rule (premium@demo.augur, deterministic) ahead of a 20% rollout for everyone else.
export const DEMO_FLAGS: Array<[string, FlagContent]> = [
  [
    'tarot_enabled',
    {
      ...boolean,
      description: 'Tarot module: on for everyone (premium or beta by rule, everyone else by default).',
      enabled: true,
      rules: [
        {
          id: 'premium-or-beta',
          conditions: [{ attribute: '', operator: 'IN_SEGMENT', values: ['premium_or_beta'] }],
          serve: { variant: 'on' },
        },
      ],
      fallthrough: { variant: 'on' },
    },
  ],
  [
    'runes_enabled',
    {
      ...boolean,
      description: 'Runes module: on for the beta cohort, 20% rollout for everyone else.',
      enabled: true,
      rules: [
        {
          id: 'beta',
          conditions: [{ attribute: '', operator: 'IN_SEGMENT', values: ['beta'] }],
          serve: { variant: 'on' },
        },
      ],
      fallthrough: {
        rollout: {
          weights: [
            { variant: 'on', weight: 20 },
            { variant: 'off', weight: 80 },
          ],
        },
      },
    },
  ],
  [
    'chat_reply_style',
    {
      type: 'VARIANT',
      description: 'A/B test of the persona reply style.',
      enabled: true,
      variants: [
        { key: 'concise', payload: { maxSentences: 2 } },
        { key: 'detailed', payload: { maxSentences: 6 } },
      ],
      offVariant: 'concise',
      prerequisites: [],
      targets: [],
      rules: [],
      fallthrough: {
        rollout: {
          weights: [
            { variant: 'concise', weight: 50 },
            { variant: 'detailed', weight: 50 },
          ],
        },
      },
    },
  ],
];

/** Creates the demo flags and segments that do not exist yet; never overwrites what a demo user changed. */
export async function seedDemoFlags(
  services: Pick<Services, 'flags' | 'segments'>,
  betaUserIds: string[],
): Promise<void> {
  for (const [key, content] of demoSegments(betaUserIds)) {
    if (!(await services.segments.find(key))) await services.segments.create(key, content, META);
  }
  for (const [key, content] of DEMO_FLAGS) {
    if (!(await services.flags.find(key))) await services.flags.create(key, content, META);
  }
}
