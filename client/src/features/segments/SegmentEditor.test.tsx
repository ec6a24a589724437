// The segment editor against a fake API: loading and absent states, a save with the loaded revision, the server's
// messages under their fields and by label in the save bar, a conflict's reload, and read-only for support.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeAnswer, renderWithApi } from '../../testing/render-with-api';
import { SegmentEditor } from './SegmentEditor';
import { segment } from './segment-fixtures';

const loaded = (overrides = {}): FakeAnswer => ({ data: { segment: segment(overrides) } });
const saveBar = () => within(screen.getByRole('region', { name: 'Save' }));

async function editAndSave(
  answers: Record<string, FakeAnswer | ((v: Record<string, unknown>) => FakeAnswer)>,
) {
  const rendered = renderWithApi(<SegmentEditor segmentKey="beta_testers" canEdit />, {
    SegmentEditor: loaded(),
    ...answers,
  });
  const included = (await screen.findByLabelText('Always included users')) as HTMLTextAreaElement;
  fireEvent.change(included, { target: { value: 'u-1\nu-2, u-3' } });
  fireEvent.change(screen.getByLabelText('Reason for this change'), { target: { value: 'add u-3' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save segment' }));
  return rendered;
}

describe('SegmentEditor', () => {
  it('says it is loading, then that an archived segment cannot be edited', async () => {
    renderWithApi(<SegmentEditor segmentKey="beta_testers" canEdit />, { SegmentEditor: 'pending' });
    expect(screen.getByText('Loading the segment…')).toBeTruthy();
    renderWithApi(<SegmentEditor segmentKey="old" canEdit />, { SegmentEditor: loaded({ archived: true }) });
    expect(await screen.findByText(/it was archived/)).toBeTruthy();
  });

  it('shows the members and rules, and sends the typed lists with the loaded revision', async () => {
    const { api } = await editAndSave({
      UpdateSegment: { data: { updateSegment: segment({ revision: 4, included: ['u-1', 'u-2', 'u-3'] }) } },
    });
    expect(await screen.findByText('Saved as revision 4')).toBeTruthy();
    const sent = api.calls.find((c) => c.name === 'UpdateSegment')?.variables;
    expect(sent).toMatchObject({
      key: 'beta_testers',
      expectedRevision: 3,
      reason: 'add u-3',
      input: {
        description: 'Early adopters',
        included: ['u-1', 'u-2', 'u-3'],
        excluded: ['u-9'],
        rules: [{ conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }] }],
      },
    });
    expect(saveBar().getByText('No unsaved changes')).toBeTruthy();
  });

  it('tells the unsaved change in words before saving', async () => {
    renderWithApi(<SegmentEditor segmentKey="beta_testers" canEdit />, { SegmentEditor: loaded() });
    const excluded = await screen.findByLabelText('Always excluded users');
    fireEvent.change(excluded, { target: { value: '' } });
    expect(saveBar().getByText('1 unsaved change')).toBeTruthy();
    expect(saveBar().getByRole('list', { name: 'Unsaved changes' }).textContent).toBe(
      'Always excluded users: u-9 removed',
    );
  });

  it('puts the server messages under their fields, and the first one by label in the save bar', async () => {
    await editAndSave({
      UpdateSegment: {
        error: {
          message: 'rules.0.conditions.0.values: must not be empty',
          code: 'VALIDATION_FAILED',
          requestId: 'req-9',
          fields: [
            { path: 'rules.0.conditions.0.values', message: 'must not be empty' },
            { path: 'key', message: 'must be snake_case' },
          ],
        },
      },
    });
    const message = await screen.findByText('must not be empty', { selector: '.field-error' });
    const values = screen.getByLabelText('Values');
    expect(values.getAttribute('aria-invalid')).toBe('true');
    expect(values.getAttribute('aria-describedby')).toContain(message.id);
    // "key" has no field here: it is listed at the top, by name, and is the first problem.
    expect(document.querySelector('.flag-editor-unmatched')?.textContent).toBe(
      'Segment key: must be snake_case',
    );
    expect(
      saveBar()
        .getByText(/must be snake_case/)
        .closest('p')?.textContent,
    ).toContain('Segment key');
    expect(screen.getAllByRole('alert')[0]?.textContent).toContain('req-9');
  });

  it('on a conflict keeps the edits and offers to reload the latest revision', async () => {
    let loads = 0;
    const latest = () => (loads++ === 0 ? loaded() : loaded({ revision: 5, included: ['u-7'] }));
    await editAndSave({
      SegmentEditor: latest,
      UpdateSegment: { error: { message: 'Segment beta_testers is at revision 5, not 3', code: 'CONFLICT' } },
    });
    expect(await screen.findByText(/Someone saved this segment first/)).toBeTruthy();
    expect((screen.getByLabelText('Always included users') as HTMLTextAreaElement).value).toBe(
      'u-1\nu-2, u-3',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reload latest' }));
    expect(await screen.findByText('Revision 5')).toBeTruthy();
    expect((screen.getByLabelText('Always included users') as HTMLTextAreaElement).value).toBe('u-7');
  });

  it('adds a rule whose operators leave out IN_SEGMENT (segments do not nest)', async () => {
    renderWithApi(<SegmentEditor segmentKey="beta_testers" canEdit />, { SegmentEditor: loaded() });
    fireEvent.click(await screen.findByRole('button', { name: 'Add rule' }));
    const rule = within(screen.getByRole('group', { name: 'Rule 2' }));
    const operators = [...(rule.getByLabelText('Operator') as HTMLSelectElement).options].map((o) => o.value);
    expect(operators).toContain('EQUALS');
    expect(operators).not.toContain('IN_SEGMENT');
    expect(document.activeElement).toBe(rule.getByLabelText('Operator'));
  });

  it('is read-only for support: no Save, no row buttons', async () => {
    renderWithApi(<SegmentEditor segmentKey="beta_testers" canEdit={false} />, { SegmentEditor: loaded() });
    expect(((await screen.findByLabelText('Always included users')) as HTMLTextAreaElement).disabled).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: 'Save segment' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add rule' })).toBeNull();
  });
});
