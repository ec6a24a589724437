// The module card's five states: locked with its reason, ready, in progress, completed and error.
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { ModuleCard, type ModuleCardProps } from './ModuleCard';

const props: ModuleCardProps = {
  module: 'TAROT',
  title: 'Tarot',
  locked: false,
  reason: 'TARGETING_MATCH',
  quotaLeft: 3,
  quotaLimit: 30,
  spreads: [{ id: 'three-card', name: 'Three cards', positions: ['Past', 'Present', 'Future'] }],
  conversationId: 'c1',
  onCompleted: () => {},
};

const run = {
  id: 'r1',
  module: 'TAROT',
  spread: 'three-card',
  seed: 's',
  quotaLeft: 2,
  message: null,
  items: [
    { id: 'the-star', position: 0, positionName: 'Past', name: 'The Star', reversed: true, meaning: 'Hope' },
  ],
};

const state = (container: HTMLElement) =>
  container.querySelector('[data-module="TAROT"]')?.getAttribute('data-state');
const draw = () => fireEvent.click(screen.getByRole('button', { name: 'Draw tarot' }));

describe('ModuleCard', () => {
  it('is locked with the reason in plain words and offers no draw', () => {
    const { container, api } = renderWithApi(<ModuleCard {...props} locked reason="DISABLED" />);
    expect(state(container)).toBe('module-locked');
    expect(screen.getByRole('status').textContent).toBe('Locked');
    expect(screen.getByText(/Switched off by the Augur team/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(api.calls).toEqual([]);
  });

  it('is ready with a draw form and the quota left', () => {
    const { container } = renderWithApi(<ModuleCard {...props} />);
    expect(state(container)).toBe('module-ready');
    expect(screen.getByText('3 of 30 draws left today.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Draw tarot' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('cannot draw without a conversation or without quota', () => {
    const { rerender } = renderWithApi(<ModuleCard {...props} conversationId={null} />);
    const button = () => screen.getByRole('button', { name: 'Draw tarot' }) as HTMLButtonElement;
    expect(button().disabled).toBe(true);
    rerender(<ModuleCard {...props} quotaLeft={0} />);
    expect(button().disabled).toBe(true);
  });

  it('shows in progress while the draw is running, and stays so when locked meanwhile', async () => {
    const { container, rerender, api } = renderWithApi(<ModuleCard {...props} />, {
      ExecuteModule: 'pending',
    });
    draw();
    await screen.findByRole('button', { name: 'Drawing…' });
    expect(state(container)).toBe('in-progress');
    expect(api.calls.map((c) => c.name)).toEqual(['ExecuteModule']);
    rerender(<ModuleCard {...props} locked reason="DISABLED" />);
    expect(state(container)).toBe('in-progress');
    // Even a targeting change that takes the user out of the audience lets the draw finish in view.
    rerender(<ModuleCard {...props} locked outsideAudience reason="DEFAULT" />);
    expect(state(container)).toBe('in-progress');
  });

  it('shows nothing for a user outside the audience', () => {
    const { container } = renderWithApi(<ModuleCard {...props} locked outsideAudience reason="DEFAULT" />);
    expect(container.innerHTML).toBe('');
  });

  it('shows the completed draw with position, name and orientation', async () => {
    const onCompleted = vi.fn();
    const { container, api } = renderWithApi(<ModuleCard {...props} onCompleted={onCompleted} />, {
      ExecuteModule: { data: { executeModule: run } },
    });
    fireEvent.change(screen.getByLabelText('Your question'), { target: { value: 'Will it rain?' } });
    draw();
    await screen.findByText('The Star');
    expect(state(container)).toBe('completed');
    expect(container.textContent).toMatch(/Past/);
    expect(container.textContent).toMatch(/[Rr]eversed/);
    expect(screen.getByText('2 of 30 draws left today.')).toBeTruthy();
    expect(onCompleted).toHaveBeenCalledOnce();
    expect(api.calls[0]?.variables).toMatchObject({
      module: 'TAROT',
      question: 'Will it rain?',
      spread: 'three-card',
    });
  });

  it('shows an error with its code and request id', async () => {
    const { container } = renderWithApi(<ModuleCard {...props} />, {
      ExecuteModule: {
        error: { message: 'No draws left today', code: 'QUOTA_EXCEEDED', requestId: 'req-42' },
      },
    });
    draw();
    await screen.findByRole('alert');
    expect(state(container)).toBe('error');
    expect(screen.getByRole('alert').textContent).toMatch(/QUOTA_EXCEEDED.*req-42/);
  });

  it('gives the Error badge a colour and an icon of its own, unlike Ready', async () => {
    const { container } = renderWithApi(<ModuleCard {...props} />, {
      ExecuteModule: { networkError: { status: 500 } },
    });
    const badge = () => container.querySelector('.module-head .badge') as HTMLElement;
    const ready = { className: badge().className, icon: badge().dataset.icon };
    draw();
    await screen.findByRole('alert');
    expect(badge().textContent).toBe('Error');
    expect(badge().className).toContain('badge-error');
    expect(badge().className).not.toBe(ready.className);
    expect(badge().dataset.icon).not.toBe(ready.icon);
    expect(screen.getByRole('alert').getAttribute('data-error-kind')).toBe('server');
  });
});
