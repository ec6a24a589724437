// AuditLog against a fake API: filters become variables, "Load more" sends the cursor, and every state shows.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { AuditLog } from './AuditLog';

function event(id: number, overrides: Record<string, unknown> = {}) {
  return {
    id: String(id),
    action: 'FLAG_DISABLE',
    actor: 'user:7',
    actorLabel: 'ana@example.test',
    status: 'success',
    targetType: 'FLAG',
    targetKey: 'tarot_enabled',
    requestId: `req-${id}`,
    createdAt: '2024-05-01T10:00:00.000Z',
    details: { reason: `change ${id}` },
    ...overrides,
  };
}

const page = (items: unknown[], nextCursor: string | null) => ({
  data: { auditEvents: { items, nextCursor } },
});

/** Two events and a cursor, then an older failed one after that cursor. */
const twoPages = (variables: Record<string, unknown>) =>
  variables.after === '41'
    ? page([event(40, { status: 'failed', requestId: 'req-older' })], null)
    : page([event(42), event(41)], '41');

const auditCalls = (api: { calls: { name: string; variables: Record<string, unknown> }[] }) =>
  api.calls.filter((c) => c.name === 'AuditEvents');

describe('AuditLog', () => {
  it('sends the applied filters as variables and appends the next page on "Load more"', async () => {
    const { api } = renderWithApi(<AuditLog />, {
      AuditEvents: twoPages,
    });
    await screen.findByRole('table', { name: 'Audit events' });
    expect(auditCalls(api)[0]?.variables).toMatchObject({ actor: undefined, after: undefined });

    fireEvent.change(screen.getByLabelText('Actor'), { target: { value: ' user:7 ' } });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'FLAG_DISABLE' } });
    fireEvent.change(screen.getByLabelText('Target type'), { target: { value: 'FLAG' } });
    fireEvent.change(screen.getByLabelText('Target key'), { target: { value: 'tarot_enabled' } });
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2024-05-01' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2024-05-02' } });
    // Nothing is sent until the filters are applied.
    expect(auditCalls(api)).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    const filters = {
      actor: 'user:7',
      action: 'FLAG_DISABLE',
      targetType: 'FLAG',
      targetKey: 'tarot_enabled',
      since: new Date(2024, 4, 1).toISOString(),
      // The chosen day is included: the server's `until` is exclusive.
      until: new Date(2024, 4, 3).toISOString(),
    };
    await waitFor(() => expect(auditCalls(api).at(-1)?.variables).toMatchObject(filters));
    expect(auditCalls(api).at(-1)?.variables.after).toBeUndefined();

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(auditCalls(api).at(-1)?.variables).toMatchObject({ ...filters, after: '41' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('.request-id')?.getAttribute('title'))).toEqual([
      'req-42',
      'req-41',
      'req-older',
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[4]?.textContent)).toEqual([
      'change 42',
      'change 41',
      'change 40',
    ]);
    // The actor reads as the email, with the raw actor as its title.
    const actor = within(rows[0] as HTMLElement).getByText('ana@example.test');
    expect(actor.getAttribute('title')).toBe('user:7');
    // Status is written out, not only coloured.
    expect(rows[2]?.textContent).toContain('Failed');
    expect(rows[0]?.textContent).toContain('Success');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('filters by an email, as its hint says', async () => {
    const { api } = renderWithApi(<AuditLog />, { AuditEvents: page([event(1)], null) });
    await screen.findByRole('table', { name: 'Audit events' });
    const actor = screen.getByLabelText('Actor');
    const hint = document.getElementById(actor.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/email/);
    fireEvent.change(actor, { target: { value: ' ana@example.test ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(auditCalls(api).at(-1)?.variables.actor).toBe('ana@example.test'));
  });

  it('has every column, a copyable request id, and opens the details in place', async () => {
    renderWithApi(<AuditLog />, {
      AuditEvents: page(
        [event(1, { details: { reason: 'change 1', summary: 'enabled: true -> false' } })],
        null,
      ),
    });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Time',
      'Actor',
      'Action',
      'Target',
      'Status',
      'Reason',
      'Request ID',
    ]);
    for (const header of headers) expect(header.getAttribute('scope')).toBe('col');
    expect(within(table).getByRole('button', { name: 'Copy the request ID req-1' })).toBeTruthy();

    const toggle = within(table).getByRole('button', { name: 'Details of Flag turned off on tarot_enabled' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const detail = rows[2] as HTMLElement;
    expect(toggle.getAttribute('aria-controls')).toBe(detail.id);
    expect(detail.textContent).toContain('enabled: true -> false');
    expect(detail.textContent).toContain('"reason": "change 1"');
    fireEvent.click(within(table).getByRole('button', { name: 'Hide of Flag turned off on tarot_enabled' }));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });

  it('says when no reason was given', async () => {
    renderWithApi(<AuditLog />, { AuditEvents: page([event(1, { details: {} })], null) });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getByText('None given')).toBeTruthy();
  });

  it('keeps the applied filters in the URL, and opens a link with its filters applied', async () => {
    const first = renderWithApi(<AuditLog pageHeading />, { AuditEvents: page([], null) });
    await screen.findByText('No audit events match these filters.');
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'FLAG_ROLLBACK' } });
    fireEvent.change(screen.getByLabelText('Target key'), { target: { value: ' tarot_enabled ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(window.location.search).toBe('?action=FLAG_ROLLBACK&targetKey=tarot_enabled'));
    first.unmount();

    window.history.replaceState(null, '', '/console/audit?actor=ana%40example.test&since=2024-05-01');
    const { api } = renderWithApi(<AuditLog pageHeading />, { AuditEvents: page([], null) });
    await screen.findByText('No audit events match these filters.');
    expect((screen.getByLabelText('Actor') as HTMLInputElement).value).toBe('ana@example.test');
    expect(auditCalls(api)[0]?.variables).toMatchObject({
      actor: 'ana@example.test',
      since: new Date(2024, 4, 1).toISOString(),
    });
  });

  it('presets the target key from initialTargetKey and clears it', async () => {
    const { api } = renderWithApi(<AuditLog initialTargetKey="tarot_enabled" />, {
      AuditEvents: page([], null),
    });
    await screen.findByText('No audit events match these filters.');
    expect((screen.getByLabelText('Target key') as HTMLInputElement).value).toBe('tarot_enabled');
    expect(auditCalls(api)[0]?.variables.targetKey).toBe('tarot_enabled');

    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(auditCalls(api).at(-1)?.variables.targetKey).toBeUndefined());
    expect((screen.getByLabelText('Target key') as HTMLInputElement).value).toBe('');
  });

  it('follows a new initialTargetKey, as when another flag page opens', async () => {
    const { api, rerender } = renderWithApi(<AuditLog initialTargetKey="tarot_enabled" />, {
      AuditEvents: page([], null),
    });
    await screen.findByText('No audit events match these filters.');
    rerender(<AuditLog initialTargetKey="runes_enabled" />);
    await waitFor(() => expect(auditCalls(api).at(-1)?.variables.targetKey).toBe('runes_enabled'));
    expect((screen.getByLabelText('Target key') as HTMLInputElement).value).toBe('runes_enabled');
  });

  it('refuses an until date before since, next to the field', async () => {
    const { api } = renderWithApi(<AuditLog />, { AuditEvents: page([], null) });
    await screen.findByText('No audit events match these filters.');
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2024-05-03' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2024-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    const until = screen.getByLabelText('Until');
    expect(until.getAttribute('aria-invalid')).toBe('true');
    const error = document.querySelector('.field-error');
    expect(error?.textContent).toBe('Until must be on or after Since.');
    expect(until.getAttribute('aria-describedby')).toContain(error?.id);
    expect(auditCalls(api)).toHaveLength(1);
  });

  it('shows a loading state, then an error with its code and request id', async () => {
    const loading = renderWithApi(<AuditLog />, { AuditEvents: 'pending' });
    expect(screen.getByRole('status').textContent).toBe('Loading audit events…');
    loading.unmount();

    renderWithApi(<AuditLog />, {
      '*': { error: { message: 'Not allowed', code: 'FORBIDDEN', requestId: 'req-9' } },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the audit events');
    expect(alert.textContent).toContain('FORBIDDEN');
    expect(alert.textContent).toContain('req-9');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
