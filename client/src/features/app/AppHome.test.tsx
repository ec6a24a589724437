// The app's layout: readings beside the thread on a wide screen; on a phone, Chat and Readings are tabs and
// the hidden one stays mounted.
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { AppHome } from './AppHome';

const user = {
  id: 'u1',
  email: 'ada@example.test',
  role: 'USER',
  plan: 'FREE',
  tenant: { id: 't1', name: 'Stellar', slug: 'stellar' },
} as Parameters<typeof AppHome>[0]['user'];

const answers = {
  Conversations: { data: { conversations: { items: [], nextCursor: null } } },
  ModuleAvailability: 'pending',
  ModuleGates: 'pending',
} as const;

const viewport = (width: number) => {
  (
    window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }
  ).happyDOM.setViewport({
    width,
    height: 800,
  });
};

afterEach(() => viewport(1024));

it('puts the readings beside the thread on a wide screen, with no tabs', () => {
  viewport(1280);
  const { container } = renderWithApi(<AppHome user={user} />, answers);
  expect(container.querySelector('.app-home')?.getAttribute('data-layout')).toBe('columns');
  expect(screen.queryByRole('tablist')).toBeNull();
  expect(screen.getByRole('heading', { name: 'Readings' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'No conversation open' })).toBeTruthy();
  expect(document.title).toBe('Chat and readings · Augur');
});

it('makes Chat and Readings two tabs on a phone', () => {
  viewport(375);
  const { container } = renderWithApi(<AppHome user={user} />, answers);
  expect(container.querySelector('.app-home')?.getAttribute('data-layout')).toBe('tabs');
  const chat = screen.getByRole('tab', { name: 'Chat' });
  const readings = screen.getByRole('tab', { name: 'Readings' });
  expect(chat.getAttribute('aria-selected')).toBe('true');
  const panel = (tab: HTMLElement) =>
    document.getElementById(tab.getAttribute('aria-controls') ?? '') as HTMLElement;
  expect(panel(chat).hidden).toBe(false);
  expect(panel(readings).hidden).toBe(true);
  // Hidden, not unmounted: a draw under way keeps going behind the chat tab.
  expect(panel(readings).querySelector('.module-panel')).toBeTruthy();

  fireEvent.click(readings);
  expect(readings.getAttribute('aria-selected')).toBe('true');
  expect(panel(readings).hidden).toBe(false);
  expect(panel(chat).hidden).toBe(true);
  expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(readings.id);

  fireEvent.keyDown(readings, { key: 'ArrowLeft' });
  expect(chat.getAttribute('aria-selected')).toBe('true');
  expect(document.activeElement).toBe(chat);
});
