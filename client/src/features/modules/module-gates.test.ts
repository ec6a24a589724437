// Folding pushed gate results: a kill keeps what was known about the audience; targeting results decide it.
import { expect, it } from 'vitest';
import type { graphql } from '../../app/graphql';
import { foldGates } from './module-gates';

type Reason = ReturnType<typeof graphql.scalar<'EvaluationReason'>>;

const push = (full: boolean, flags: { key: string; enabled: boolean; reason: Reason }[]) => ({
  configRevision: 1,
  full,
  flags: flags.map((f) => ({ ...f, revision: 1 })),
});

it('remembers that a module was meant for the user when it is then killed', () => {
  const on = foldGates(
    undefined,
    push(true, [{ key: 'runes_enabled', enabled: true, reason: 'TARGETING_MATCH' }]),
  );
  const killed = foldGates(on, push(false, [{ key: 'runes_enabled', enabled: false, reason: 'DISABLED' }]));
  expect(killed.gates.RUNES).toEqual({ enabled: false, reason: 'DISABLED', inAudience: true });
});

it('does not learn an audience from a kill it saw first, and learns it from targeting', () => {
  const killed = foldGates(
    undefined,
    push(true, [{ key: 'tarot_enabled', enabled: false, reason: 'DISABLED' }]),
  );
  expect(killed.gates.TAROT?.inAudience).toBeUndefined();
  const outside = foldGates(killed, push(false, [{ key: 'tarot_enabled', enabled: false, reason: 'SPLIT' }]));
  expect(outside.gates.TAROT?.inAudience).toBe(false);
  const plan = foldGates(
    outside,
    push(false, [{ key: 'tarot_enabled', enabled: false, reason: 'TARGETING_MATCH' }]),
  );
  expect(plan.gates.TAROT?.inAudience).toBe(true);
});
