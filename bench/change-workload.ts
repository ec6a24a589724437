// bench:change's configuration: 10,000 flags of an everyday shape (a few individual targets, a plan rule, a
// 50/50 split), a fifth of them using one of 50 segments and a tenth depending on an earlier flag.
import type { FlagContent } from '../server/flags/flag.js';
import type { SegmentContent } from '../server/segments/segment.js';

export const SEGMENTS = 50;

export const changeFlagKey = (i: number) => `flag_${String(i).padStart(5, '0')}`;
export const segmentKey = (i: number) => `segment_${String(i).padStart(2, '0')}`;

export function segmentContent(i: number): SegmentContent {
  return {
    description: `bench segment ${i}`,
    included: [`member-${i}-a`, `member-${i}-b`],
    excluded: [],
    rules: [{ conditions: [{ attribute: 'country', operator: 'IN', values: ['FR', 'BE'] }] }],
  };
}

/** Flag i; `edit` varies the split so each edit is a real change of content. */
export function flagContent(i: number, edit = 0): FlagContent {
  const usesSegment = i % 5 === 0;
  return {
    description: `bench flag ${i}`,
    type: 'BOOLEAN',
    enabled: true,
    variants: [{ key: 'on' }, { key: 'off' }],
    offVariant: 'off',
    prerequisites: i % 10 === 3 && i > 10 ? [{ flagKey: changeFlagKey(i - 3), variant: 'on' }] : [],
    targets: [{ variant: 'on', userIds: [`vip-${i}-0`, `vip-${i}-1`, `vip-${i}-2`] }],
    rules: [
      {
        id: 'plan',
        conditions: usesSegment
          ? [{ attribute: 'userId', operator: 'IN_SEGMENT', values: [segmentKey(i % SEGMENTS)] }]
          : [{ attribute: 'plan', operator: 'IN', values: ['premium', 'pro'] }],
        serve: {
          rollout: {
            weights: [
              { variant: 'on', weight: 50 + (edit % 2) },
              { variant: 'off', weight: 50 - (edit % 2) },
            ],
          },
        },
      },
    ],
    fallthrough: { variant: 'off' },
  };
}
