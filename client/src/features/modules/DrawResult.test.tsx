// A drawn spread turns its faces up one at a time, announces each, can be revealed at once, and says when done.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DrawResult, type DrawResultRun } from './DrawResult';

const run: DrawResultRun = {
  id: 'r1',
  module: 'TAROT',
  spread: 'three-card',
  seed: 's',
  items: [
    { id: 'the-star', position: 1, positionName: 'Past', name: 'The Star', reversed: false, meaning: 'Hope' },
    {
      id: 'three-of-cups',
      position: 2,
      positionName: 'Present',
      name: 'Three of Cups',
      reversed: true,
      meaning: 'Joy',
    },
    {
      id: 'king-of-swords',
      position: 3,
      positionName: 'Future',
      name: 'King of Swords',
      reversed: false,
      meaning: 'Clarity',
    },
  ],
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const revealed = (container: HTMLElement) =>
  [...container.querySelectorAll('.draw-item')].map((li) => li.getAttribute('data-revealed'));

it('reveals the items in spread order, one every interval, then says it is done', () => {
  const onRevealed = vi.fn();
  const { container } = render(
    <DrawResult run={run} label="Tarot result" revealEveryMs={500} onRevealed={onRevealed} />,
  );
  expect(revealed(container)).toEqual(['true', 'false', 'false']);
  expect(container.querySelectorAll('[data-face-down]')).toHaveLength(2);
  expect(screen.getByText('1 of 3 revealed: Past, The Star')).toBeTruthy();

  act(() => vi.advanceTimersByTime(499));
  expect(revealed(container)).toEqual(['true', 'false', 'false']);
  act(() => vi.advanceTimersByTime(1));
  expect(revealed(container)).toEqual(['true', 'true', 'false']);
  expect(screen.getByText('2 of 3 revealed: Present, Three of Cups, reversed')).toBeTruthy();
  expect(container.querySelector('[data-card="three-of-cups"]')?.getAttribute('data-reversed')).toBe('true');
  expect(onRevealed).not.toHaveBeenCalled();

  act(() => vi.advanceTimersByTime(500));
  expect(revealed(container)).toEqual(['true', 'true', 'true']);
  expect(onRevealed).toHaveBeenCalledOnce();
  expect(screen.queryByRole('button', { name: 'Reveal all' })).toBeNull();
  expect([...container.querySelectorAll('.draw-position')].map((p) => p.textContent)).toEqual([
    'Past',
    'Present',
    'Future',
  ]);
});

it('reveals every item at once on request', () => {
  const onRevealed = vi.fn();
  const { container } = render(<DrawResult run={run} label="Tarot result" onRevealed={onRevealed} />);
  fireEvent.click(screen.getByRole('button', { name: 'Reveal all' }));
  expect(revealed(container)).toEqual(['true', 'true', 'true']);
  expect(onRevealed).toHaveBeenCalledOnce();
  expect(container.textContent).toContain('King of Swords');
});

it('draws rune stones for a runes cast', () => {
  const cast: DrawResultRun = {
    ...run,
    module: 'RUNES',
    items: [
      { id: 'algiz', position: 1, positionName: 'Now', name: 'Algiz', reversed: true, meaning: 'Shelter' },
    ],
  };
  const { container } = render(<DrawResult run={cast} label="Runes result" />);
  expect(container.querySelector('[data-rune="algiz"]')?.getAttribute('aria-label')).toBe(
    'Algiz ᛉ, reversed',
  );
});
