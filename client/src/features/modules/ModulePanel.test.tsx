// The readings panel: modules outside the user's audience are hidden, gated ones locked, pushed gates win,
// and a kill does not reveal a module to users it was never meant for.
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { type FakeAnswer, renderWithApi } from '../../testing/render-with-api';
import { ModulePanel } from './ModulePanel';

const availability = (
  module: 'TAROT' | 'RUNES',
  state: 'READY' | 'LOCKED' | 'EXHAUSTED',
  reason: string,
  // The server's answer; a locked module is outside the audience unless the test says otherwise.
  inAudience = state !== 'LOCKED',
) => ({
  module,
  state,
  reason,
  inAudience,
  plan: 'FREE',
  quotaLimit: 3,
  quotaLeft: state === 'EXHAUSTED' ? 0 : 3,
  resetsAt: '2026-12-05T00:00:00.000Z',
  largerPlan: { plan: 'PREMIUM', quotaLimit: 30 },
  spreads: [{ id: 'one', name: 'One', positions: ['Now'] }],
});

const gates = (flags: { key: string; enabled: boolean; reason: string }[]): FakeAnswer => ({
  data: {
    myFlagUpdates: { configRevision: 7, full: true, flags: flags.map((f) => ({ ...f, revision: 1 })) },
  },
});

const cards = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-module]')].map(
    (el) => `${el.getAttribute('data-module')}:${el.getAttribute('data-state')}`,
  );

it('hides a module the user is not targeted by and locks one switched off, with its reason', async () => {
  const { container } = renderWithApi(<ModulePanel conversationId="c1" onRun={() => {}} />, {
    ModuleAvailability: {
      data: {
        moduleAvailability: [
          availability('TAROT', 'LOCKED', 'DISABLED', true),
          availability('RUNES', 'LOCKED', 'DEFAULT'),
        ],
      },
    },
    ModuleGates: 'pending',
  });
  await screen.findByText(/Switched off by the Augur team/);
  expect(cards(container)).toEqual(['TAROT:module-locked']);
});

it('follows the pushed gates over the loaded state', async () => {
  const { container } = renderWithApi(<ModulePanel conversationId="c1" onRun={() => {}} />, {
    ModuleAvailability: {
      data: {
        moduleAvailability: [
          availability('TAROT', 'READY', 'TARGETING_MATCH'),
          availability('RUNES', 'LOCKED', 'DEFAULT'),
        ],
      },
    },
    ModuleGates: gates([
      { key: 'tarot_enabled', enabled: false, reason: 'DISABLED' },
      { key: 'runes_enabled', enabled: true, reason: 'TARGETING_MATCH' },
    ]),
  });
  await screen.findByText(/Switched off by the Augur team/);
  expect(cards(container)).toEqual(['TAROT:module-locked', 'RUNES:module-ready']);
});

it('shows a used-up module as such, with its reset time and the larger plan, and a locked one as locked', async () => {
  const { container } = renderWithApi(<ModulePanel conversationId="c1" onRun={() => {}} />, {
    ModuleAvailability: {
      data: {
        moduleAvailability: [
          availability('TAROT', 'LOCKED', 'TARGETING_MATCH', true),
          availability('RUNES', 'EXHAUSTED', 'DEFAULT'),
        ],
      },
    },
    ModuleGates: gates([
      { key: 'tarot_enabled', enabled: false, reason: 'TARGETING_MATCH' },
      { key: 'runes_enabled', enabled: true, reason: 'DEFAULT' },
    ]),
  });
  await screen.findByText('The Premium plan gives 30 draws a day.');
  expect(cards(container)).toEqual(['TAROT:module-locked', 'RUNES:exhausted']);
  expect(container.querySelector('[data-module="RUNES"] time')?.getAttribute('datetime')).toBe(
    '2026-12-05T00:00:00.000Z',
  );
});

it('says so when no module is offered to the user', async () => {
  renderWithApi(<ModulePanel conversationId="c1" onRun={() => {}} />, {
    ModuleAvailability: { data: { moduleAvailability: [availability('RUNES', 'LOCKED', 'SPLIT')] } },
    ModuleGates: 'pending',
  });
  await screen.findByText('No readings are offered to your account yet.');
});

it('keeps a killed module hidden from a user outside its audience, and locked for one inside it', async () => {
  const { container } = renderWithApi(<ModulePanel conversationId="c1" onRun={() => {}} />, {
    ModuleAvailability: {
      data: {
        moduleAvailability: [
          availability('TAROT', 'LOCKED', 'DISABLED', true),
          availability('RUNES', 'LOCKED', 'DISABLED', false),
        ],
      },
    },
    ModuleGates: gates([
      { key: 'tarot_enabled', enabled: false, reason: 'DISABLED' },
      { key: 'runes_enabled', enabled: false, reason: 'DISABLED' },
    ]),
  });
  await screen.findByText(/Switched off by the Augur team/);
  expect(cards(container)).toEqual(['TAROT:module-locked']);
});
