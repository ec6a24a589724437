// FlagHistory against a fake API: revisions and diff rows, the rollback flow, read-only and failure states.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { FlagHistory } from './FlagHistory';

type Entry = { change: string; path: string; from?: unknown; to?: unknown };

const CONTENT = {
  key: 'checkout',
  enabled: true,
  rules: [{ id: 'beta', conditions: [], serve: { variant: 'on' } }],
  fallthrough: {
    rollout: {
      weights: [
        { variant: 'on', weight: 70 },
        { variant: 'off', weight: 30 },
      ],
    },
  },
};

const revision = (n: number, diff: Entry[], action = n === 1 ? 'flag.create' : 'flag.update') => ({
  revision: n,
  action,
  actor: 'user:ops-1',
  actorLabel: 'ops@example.test',
  reason: `reason ${n}`,
  requestId: `req-${n}`,
  createdAt: `2025-01-0${n}T10:00:00.000Z`,
  configRevision: 10 + n,
  content: CONTENT,
  diff: diff.map((d) => ({ from: null, to: null, ...d })),
});

const REVISIONS = [
  revision(3, [{ change: 'CHANGE', path: 'fallthrough.rollout.weights.0.weight', from: 50, to: 70 }]),
  revision(2, [
    { change: 'CHANGE', path: 'enabled', from: false, to: true },
    { change: 'CREATE', path: 'rules.0', to: { id: 'beta', serve: { variant: 'on' } } },
    { change: 'REMOVE', path: 'targets.1', from: { variant: 'off', values: ['u1'] } },
  ]),
  revision(1, [{ change: 'CREATE', path: 'key', to: 'checkout' }]),
];

// What the server lists once revision 2 has been rolled back to: a new revision 4 on top.
const AFTER_ROLLBACK = [
  revision(
    4,
    [{ change: 'CHANGE', path: 'fallthrough.rollout.weights.0.weight', from: 70, to: 50 }],
    'flag.rollback',
  ),
  ...REVISIONS,
];

const history = { FlagRevisions: { data: { flagRevisions: REVISIONS } } };

/** Answers the first FlagRevisions with REVISIONS and every later one with AFTER_ROLLBACK. */
function changingHistory() {
  let calls = 0;
  return () => ({ data: { flagRevisions: calls++ === 0 ? REVISIONS : AFTER_ROLLBACK } });
}

const revisionItem = (n: number) => {
  const item = document.querySelector(`[data-revision="${n}"]`);
  if (!(item instanceof HTMLElement)) throw new Error(`no revision ${n}`);
  return item;
};

describe('FlagHistory', () => {
  it('lists the revisions newest first with who, why, the request id and readable diff rows', async () => {
    const { api } = renderWithApi(<FlagHistory flagKey="checkout" canEdit={false} />, history);
    await screen.findByRole('heading', { name: 'Revision 3' });
    expect(api.calls[0]).toEqual({ name: 'FlagRevisions', variables: { key: 'checkout', first: 50 } });
    const order = [...document.querySelectorAll('[data-revision]')].map((e) =>
      e.getAttribute('data-revision'),
    );
    expect(order).toEqual(['3', '2', '1']);

    const latest = within(revisionItem(3));
    expect(latest.getByText('Current')).toBeTruthy();
    // People by email; the raw actor stays as the title.
    expect(latest.getByText('ops@example.test').getAttribute('title')).toBe('user:ops-1');
    expect(latest.queryByText('user:ops-1')).toBeNull();
    expect(latest.getByText('reason 3')).toBeTruthy();
    expect(latest.getByText('req-3')).toBeTruthy();

    const weight = document.querySelector('[data-path="fallthrough.rollout.weights.0.weight"]');
    expect(weight?.getAttribute('data-change')).toBe('CHANGE');
    expect(weight?.querySelector('.diff-path')?.textContent).toBe('Default serve › weight of on');
    expect(weight?.textContent).toMatch(/Changed.*fallthrough\.rollout\.weights\.0\.weight.*50.*70/);

    const created = document.querySelector('[data-path="rules.0"]');
    expect(created?.textContent).toContain('Added');
    expect(created?.querySelector('.diff-path')?.textContent).toBe('Rule 1 (beta)');
    expect(created?.textContent).toContain('{ "id": "beta", "serve": { "variant": "on" } }');
    const removed = document.querySelector('[data-path="targets.1"]');
    expect(removed?.textContent).toContain('Removed');
    expect(removed?.querySelector('.diff-path')?.textContent).toBe('Targeting › users served off');
    expect(document.querySelector('[data-path="enabled"]')?.textContent).toContain('On / Off');
  });

  it('tells each revision in sentences, with the JSON behind a toggle', async () => {
    renderWithApi(<FlagHistory flagKey="checkout" canEdit={false} />, history);
    await screen.findByRole('heading', { name: 'Revision 3' });
    const sentences = (n: number) =>
      within(revisionItem(n))
        .getByRole('list', { name: `Changes in revision ${n}` })
        .querySelectorAll('li');
    expect([...sentences(3)].map((li) => li.textContent)).toEqual(['Default rollout: on 50% → 70%']);
    expect([...sentences(2)].map((li) => li.textContent)).toEqual([
      'Flag turned On',
      'Users served off removed',
      'Rule beta added: for everyone, serves on',
    ]);
    expect(revisionItem(2).textContent).not.toMatch(/kill switch/i);
    const toggle = within(revisionItem(3)).getByText('Show as JSON (1 entry)');
    const details = toggle.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('[data-path="fallthrough.rollout.weights.0.weight"]')).toBeTruthy();
  });

  it('previews what a rollback changes from the configuration in force', async () => {
    const older = { ...CONTENT, enabled: false, fallthrough: { variant: 'off' } };
    const revisions = [revision(2, []), { ...revision(1, []), content: older }];
    renderWithApi(<FlagHistory flagKey="checkout" canEdit />, {
      FlagRevisions: { data: { flagRevisions: revisions } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Roll back to revision 1' }));
    const preview = screen.getByRole('list', { name: 'Changes a rollback to revision 1 makes' });
    expect([...preview.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Flag turned Off',
      'Default: rollout on 70%, off 30% → serves off',
    ]);
  });

  it('says a rollback to the configuration in force changes nothing', async () => {
    renderWithApi(<FlagHistory flagKey="checkout" canEdit />, history);
    fireEvent.click(await screen.findByRole('button', { name: 'Roll back to revision 2' }));
    expect(screen.getByText('Nothing: revision 2 has the configuration already in force.')).toBeTruthy();
  });

  it('warns before rolling back to a revision that had the kill switch off', async () => {
    const killed = [revision(2, []), { ...revision(1, []), content: { ...CONTENT, enabled: false } }];
    renderWithApi(<FlagHistory flagKey="checkout" canEdit />, {
      FlagRevisions: { data: { flagRevisions: killed } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Roll back to revision 1' }));
    const warning = screen.getByText('This turns the flag Off: everyone served by it loses it at once.');
    const reason = screen.getByLabelText('Reason for the rollback');
    expect(document.activeElement).toBe(reason);
    expect(reason.getAttribute('aria-describedby')?.split(' ')).toContain(warning.id);
  });

  it('asks for a reason, then sends toRevision and the reason, reports the new revision and shows it', async () => {
    const { api } = renderWithApi(<FlagHistory flagKey="checkout" canEdit />, {
      FlagRevisions: changingHistory(),
      RollbackFlag: { data: { rollbackFlag: { changed: true, flag: { key: 'checkout', revision: 4 } } } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Roll back to revision 2' }));

    const reason = screen.getByLabelText('Reason for the rollback');
    expect(document.activeElement).toBe(reason);
    const confirm = screen.getByRole('button', { name: 'Confirm rollback' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(reason, { target: { value: '  weights were wrong  ' } });
    fireEvent.click(confirm);

    const status = await screen.findByText('Rolled back: now revision 4');
    expect(status.getAttribute('role')).toBe('status');
    expect(api.calls.find((c) => c.name === 'RollbackFlag')?.variables).toEqual({
      key: 'checkout',
      toRevision: 2,
      reason: 'weights were wrong',
    });
    expect(screen.queryByLabelText('Reason for the rollback')).toBeNull();

    // The history is fetched again: the rollback's revision is on top and in force.
    await screen.findByRole('heading', { name: 'Revision 4' });
    const latest = within(revisionItem(4));
    expect(latest.getByText('Current')).toBeTruthy();
    expect(latest.getByText('Rolled back')).toBeTruthy();
    expect(within(revisionItem(3)).queryByText('Current')).toBeNull();
    expect(within(revisionItem(3)).getByRole('button', { name: 'Roll back to revision 3' })).toBeTruthy();
  });

  it('offers no rollback to the current revision, and none at all when read-only', async () => {
    const editable = renderWithApi(<FlagHistory flagKey="checkout" canEdit />, history);
    await screen.findByRole('heading', { name: 'Revision 3' });
    const names = screen.getAllByRole('button', { name: /^Roll back/ }).map((b) => b.textContent);
    expect(names).toEqual(['Roll back to revision 2', 'Roll back to revision 1']);
    expect(within(revisionItem(3)).queryByRole('button', { name: /Roll back/ })).toBeNull();
    editable.unmount();

    renderWithApi(<FlagHistory flagKey="checkout" canEdit={false} />, history);
    await screen.findByRole('heading', { name: 'Revision 3' });
    expect(screen.queryAllByRole('button', { name: /Roll back/ })).toHaveLength(0);
  });

  it('keeps the confirmation open with the refusal, and Cancel closes it', async () => {
    renderWithApi(<FlagHistory flagKey="checkout" canEdit />, {
      ...history,
      RollbackFlag: {
        error: { message: 'The flag has no revision 2', code: 'NOT_FOUND', requestId: 'req-x' },
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Roll back to revision 2' }));
    fireEvent.change(screen.getByLabelText('Reason for the rollback'), { target: { value: 'why not' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm rollback' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The flag has no revision 2');
    expect(alert.textContent).toContain('NOT_FOUND');
    expect(alert.textContent).toContain('req-x');
    expect(screen.getByLabelText('Reason for the rollback')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Reason for the rollback')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Roll back to revision 2' })),
    );
  });

  it('shows loading, then a load failure with its code and request id, and the empty history', async () => {
    const pending = renderWithApi(<FlagHistory flagKey="checkout" canEdit />, { FlagRevisions: 'pending' });
    expect(screen.getByText('Loading the history…')).toBeTruthy();
    pending.unmount();

    const failed = renderWithApi(<FlagHistory flagKey="checkout" canEdit />, {
      '*': { error: { message: 'Not allowed', code: 'FORBIDDEN', requestId: 'req-f' } },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the history');
    expect(alert.textContent).toContain('FORBIDDEN');
    expect(alert.textContent).toContain('req-f');
    failed.unmount();

    renderWithApi(<FlagHistory flagKey="checkout" canEdit />, {
      FlagRevisions: { data: { flagRevisions: [] } },
    });
    expect(await screen.findByText('No revisions yet.')).toBeTruthy();
  });

  it('fetches again from the server when refreshKey changes, not on the first render', async () => {
    const { api, rerender } = renderWithApi(<FlagHistory flagKey="checkout" canEdit refreshKey={3} />, {
      FlagRevisions: changingHistory(),
    });
    await screen.findByRole('heading', { name: 'Revision 3' });
    rerender(<FlagHistory flagKey="checkout" canEdit refreshKey={3} />);
    expect(api.calls.filter((c) => c.name === 'FlagRevisions')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Revision 4' })).toBeNull();

    rerender(<FlagHistory flagKey="checkout" canEdit refreshKey={4} />);
    await screen.findByRole('heading', { name: 'Revision 4' });
    expect(within(revisionItem(4)).getByText('Current')).toBeTruthy();
  });

  it('shows what the server lists after Refresh', async () => {
    renderWithApi(<FlagHistory flagKey="checkout" canEdit />, { FlagRevisions: changingHistory() });
    await screen.findByRole('heading', { name: 'Revision 3' });
    expect(screen.queryByRole('heading', { name: 'Revision 4' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await screen.findByRole('heading', { name: 'Revision 4' });
    expect(document.querySelector('[data-revision="4"] [data-path]')?.textContent).toContain('70');
  });
});
