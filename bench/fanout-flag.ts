// The bench:fanout workload: three cohorts of subscribers and a flag whose rule serves chosen cohorts.
export const META = { actor: 'system', reason: 'bench', requestId: 'bench-fanout' };

/** Cohort of subscriber i: 30% a (on before and after), 30% b (off, then on), 40% c (off throughout). */
export const cohortOf = (i: number) => (i % 10 < 3 ? 'a' : i % 10 < 6 ? 'b' : 'c');

/** On for the cohorts listed, off for the rest. */
export const rule = (values: string[]) => ({
  type: 'BOOLEAN' as const,
  description: 'bench',
  enabled: true,
  variants: [{ key: 'on' }, { key: 'off' }],
  offVariant: 'off',
  prerequisites: [],
  targets: [],
  rules: [
    {
      id: 'cohort',
      conditions: [{ attribute: 'cohort', operator: 'IN' as const, values }],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: { variant: 'off' },
});

/** Subscribers in cohort b among the first `clients`: the ones each edit changes. */
export const cohortB = (clients: number) =>
  Array.from({ length: clients }, (_, i) => i).filter((i) => cohortOf(i) === 'b').length;

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
export const round = (n: number) => Math.round(n * 10) / 10;
