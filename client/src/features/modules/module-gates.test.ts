// Folding pushed gate results (a snapshot replaces, a delta changes only what it names), and reloading
// availability after each pushed change so who a module is for stays the server's answer.
import { renderHook } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import type { graphql } from '../../app/graphql';
import { foldGates, useRefetchOnChange } from './module-gates';

type Reason = ReturnType<typeof graphql.scalar<'EvaluationReason'>>;

const push = (
  full: boolean,
  configRevision: number,
  flags: { key: string; enabled: boolean; reason: Reason }[],
) => ({
  configRevision,
  full,
  flags: flags.map((f) => ({ ...f, revision: 1 })),
});

it('replaces the gates on a snapshot and changes only the named ones on a delta', () => {
  const first = foldGates(
    undefined,
    push(true, 1, [
      { key: 'tarot_enabled', enabled: true, reason: 'TARGETING_MATCH' },
      { key: 'runes_enabled', enabled: true, reason: 'DEFAULT' },
      { key: 'other_flag', enabled: true, reason: 'DEFAULT' },
    ]),
  );
  expect(first.gates).toEqual({
    TAROT: { enabled: true, reason: 'TARGETING_MATCH' },
    RUNES: { enabled: true, reason: 'DEFAULT' },
  });
  const killed = foldGates(
    first,
    push(false, 2, [{ key: 'runes_enabled', enabled: false, reason: 'DISABLED' }]),
  );
  expect(killed).toEqual({
    configRevision: 2,
    gates: { TAROT: first.gates.TAROT, RUNES: { enabled: false, reason: 'DISABLED' } },
  });
  const again = foldGates(killed, push(true, 3, [{ key: 'tarot_enabled', enabled: false, reason: 'SPLIT' }]));
  expect(again.gates).toEqual({ TAROT: { enabled: false, reason: 'SPLIT' } });
});

it('reloads after each pushed change, but not for the first snapshot or a repeat of the same revision', () => {
  const reload = vi.fn();
  const { rerender } = renderHook(({ revision }) => useRefetchOnChange(revision, reload), {
    initialProps: { revision: undefined as number | undefined },
  });
  rerender({ revision: 7 });
  rerender({ revision: 7 });
  expect(reload).not.toHaveBeenCalled();
  rerender({ revision: 8 });
  expect(reload).toHaveBeenCalledTimes(1);
  rerender({ revision: 9 });
  expect(reload).toHaveBeenCalledTimes(2);
});
