// The module card's states: locked with its reason, ready, used up (reset time, larger plan), drawing,
// revealing, completed and error, each with a badge of its own colour and icon.
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FakeAnswer, renderWithApi } from '../../testing/render-with-api';
import { ModuleCard, type ModuleCardProps, STATE_BADGES } from './ModuleCard';

const props: ModuleCardProps = {
  module: 'TAROT',
  title: 'Tarot',
  locked: false,
  reason: 'TARGETING_MATCH',
  quotaLeft: 3,
  quotaLimit: 30,
  resetsAt: '2026-12-05T00:00:00.000Z',
  largerPlan: null,
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
  resetsAt: '2026-12-05T00:00:00.000Z',
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
    // With no quota left the form gives way to the used-up notice (see below).
    rerender(<ModuleCard {...props} quotaLeft={0} />);
    expect(screen.queryByRole('button', { name: 'Draw tarot' })).toBeNull();
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
    await screen.findByText('The Star', { selector: '.draw-name' });
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
        error: {
          message: 'The tarot module is not available to you',
          code: 'MODULE_DISABLED',
          requestId: 'req-42',
        },
      },
    });
    draw();
    await screen.findByRole('alert');
    expect(state(container)).toBe('error');
    expect(screen.getByRole('alert').textContent).toMatch(/MODULE_DISABLED.*req-42/);
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

describe('ModuleCard used up for today', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  const localClock = (iso: string) =>
    new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

  it('says when the quota resets, locally and relatively, and what the larger plan gives; offers no draw', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T19:00:00Z'));
    const { container, api } = renderWithApi(
      <ModuleCard {...props} quotaLeft={0} quotaLimit={3} largerPlan={{ plan: 'PREMIUM', quotaLimit: 30 }} />,
    );
    expect(state(container)).toBe('exhausted');
    expect(screen.getByRole('status').textContent).toBe('Used up today');
    expect(container.textContent).toContain("You have used all 3 of today's tarot draws.");
    const time = container.querySelector('time[data-reset]');
    expect(time?.getAttribute('datetime')).toBe('2026-12-05T00:00:00.000Z');
    expect(time?.textContent).toContain(localClock('2026-12-05T00:00:00.000Z'));
    expect(container.querySelector('[data-reset-relative]')?.textContent).toBe('in 5 h');
    expect(screen.getByText('The Premium plan gives 30 draws a day.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(api.calls).toEqual([]);
  });

  it('offers no larger plan on the largest one', () => {
    const { container } = renderWithApi(<ModuleCard {...props} quotaLeft={0} largerPlan={null} />);
    expect(state(container)).toBe('exhausted');
    expect(container.querySelector('[data-larger-plan]')).toBeNull();
  });

  it("turns a QUOTA_EXCEEDED refusal into the used-up state with the server's reset time", async () => {
    const refusal = {
      message: "Today's tarot quota is used up",
      code: 'QUOTA_EXCEEDED',
      requestId: 'req-7',
      resetsAt: '2026-12-06T00:00:00.000Z',
    };
    const { container } = renderWithApi(<ModuleCard {...props} quotaLeft={1} />, {
      ExecuteModule: { error: refusal } as FakeAnswer,
    });
    draw();
    await screen.findByText("You have used all 30 of today's tarot draws.");
    expect(state(container)).toBe('exhausted');
    expect(container.querySelector('time[data-reset]')?.getAttribute('datetime')).toBe(refusal.resetsAt);
  });

  it('shows the result of the last draw with the used-up notice after it', async () => {
    const { container } = renderWithApi(<ModuleCard {...props} quotaLeft={1} />, {
      ExecuteModule: { data: { executeModule: { ...run, quotaLeft: 0 } } },
    });
    draw();
    await screen.findByText('The Star', { selector: '.draw-name' });
    expect(state(container)).toBe('completed');
    expect(container.querySelector('time[data-reset]')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Draw tarot' })).toBeNull();
  });
});

describe('ModuleCard badges', () => {
  it('gives every state its own colour and icon pair', () => {
    const pairs = Object.values(STATE_BADGES).map((b) => `${b.tone}|${b.icon}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(new Set(Object.values(STATE_BADGES).map((b) => b.icon)).size).toBe(pairs.length);
  });

  it('tells drawing from error by colour and by icon', async () => {
    const pending = renderWithApi(<ModuleCard {...props} />, { ExecuteModule: 'pending' });
    draw();
    await screen.findByRole('button', { name: 'Drawing…' });
    const badge = (c: HTMLElement) => c.querySelector('.module-head .badge') as HTMLElement;
    const drawing = {
      className: badge(pending.container).className,
      icon: badge(pending.container).dataset.icon,
    };
    expect(drawing).toEqual({ className: 'badge badge-drawing', icon: '↻' });
    pending.unmount();

    const failed = renderWithApi(<ModuleCard {...props} />, {
      ExecuteModule: { networkError: { status: 502 } },
    });
    draw();
    await screen.findByRole('alert');
    expect(badge(failed.container).className).toBe('badge badge-error');
    expect(badge(failed.container).dataset.icon).toBe('⚠');
    expect(badge(failed.container).textContent).toBe('Error');
  });
});
