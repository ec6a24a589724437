// The rollback warning speaks only when the kill switch would change.
import { expect, it } from 'vitest';
import { rollbackWarning } from './rollback-warning';

it('warns when rolling back to a revision with the kill switch in the other position', () => {
  expect(rollbackWarning({ enabled: true }, { enabled: false })).toMatch(/turns the flag Off/);
  expect(rollbackWarning({ enabled: false }, { enabled: true })).toMatch(/turns the flag On again/);
});

it('says nothing when the kill switch stays, or for content without one (a persona)', () => {
  expect(rollbackWarning({ enabled: true }, { enabled: true })).toBeUndefined();
  expect(rollbackWarning({ name: 'Selene' }, { name: 'Orion' })).toBeUndefined();
});
