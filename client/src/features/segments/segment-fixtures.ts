// A loaded segment for the segment pages' component tests: two members, one excluded id, one plan rule.
export function segment(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Segment',
    key: 'beta_testers',
    description: 'Early adopters',
    revision: 3,
    archived: false,
    updatedAt: '2026-12-01T10:00:00.000Z',
    included: ['u-1', 'u-2'],
    excluded: ['u-9'],
    usedBy: ['beta_banner'],
    rules: [
      {
        conditions: [
          { attribute: 'plan', operator: 'IN', values: ['premium'], negate: false, caseInsensitive: false },
        ],
      },
    ],
    ...overrides,
  };
}
