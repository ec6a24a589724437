// The flag editor against a fake API: it shows the loaded definition, sends what was typed, and puts the
// server's validation messages next to their inputs; conflicts offer a reload; support gets it read-only.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { FlagEditor } from './FlagEditor';
import { flag, loaded } from './flag-fixtures';

const defaultServe = () => within(screen.getByRole('group', { name: 'Default serve' }));

/** UpdateFlag's answer when the 30/70 edit of revision 1 is saved. */
function savedAsRevision2(variables: Record<string, unknown>) {
  expect(variables.expectedRevision).toBe(1);
  const weights = [
    { variant: 'on', weight: 30 },
    { variant: 'off', weight: 70 },
  ];
  return {
    data: {
      updateFlag: flag({
        revision: 2,
        fallthrough: { variant: null, rollout: { stickiness: null, weights } },
      }),
    },
  };
}

async function editAndSave(weight: string, reason = 'widen the rollout') {
  const input = await screen.findByLabelText('Weight for on (%)', { selector: 'input' });
  fireEvent.change(defaultServe().getByLabelText('Weight for on (%)'), { target: { value: weight } });
  fireEvent.change(screen.getByLabelText('Reason for this change'), { target: { value: reason } });
  fireEvent.click(screen.getByRole('button', { name: 'Save flag' }));
  return input;
}

describe('FlagEditor', () => {
  it('shows the loaded rules, targets and weights', async () => {
    renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, { FlagEditor: loaded() });
    const rule = within(await screen.findByRole('group', { name: 'Rule 1: premium' }));
    expect((rule.getByLabelText('Rule id') as HTMLInputElement).value).toBe('premium');
    expect((rule.getByLabelText('Attribute') as HTMLInputElement).value).toBe('plan');
    expect((rule.getByLabelText('Operator') as HTMLSelectElement).value).toBe('IN');
    expect((rule.getByLabelText('Values') as HTMLInputElement).value).toBe('premium');
    expect((defaultServe().getByLabelText('Weight for on (%)') as HTMLInputElement).value).toBe('20');
    expect((defaultServe().getByLabelText('Weight for off (%)') as HTMLInputElement).value).toBe('80');
    expect(defaultServe().getByText('100%')).toBeTruthy();
    expect((screen.getByLabelText('User ids served on') as HTMLTextAreaElement).value).toBe('u-1');
    expect(screen.getByText('BOOLEAN')).toBeTruthy();
  });

  it('sends the typed weight with the loaded revision, and shows the server message under that weight', async () => {
    const { api } = renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, {
      FlagEditor: loaded(),
      UpdateFlag: {
        error: {
          message: 'fallthrough.rollout.weights.0.weight: must be a percentage from 0 to 100',
          code: 'VALIDATION_FAILED',
          requestId: 'req-42',
          fields: [
            { path: 'fallthrough.rollout.weights.0.weight', message: 'must be a percentage from 0 to 100' },
            { path: 'fallthrough.rollout.weights', message: 'weights must sum to exactly 100, got 230' },
            { path: 'salt', message: 'must be a non-empty string' },
          ],
        },
      },
    });
    await editAndSave('150');
    const message = await screen.findByText('must be a percentage from 0 to 100');
    expect(message.className).toBe('field-error');
    expect(message.getAttribute('role')).not.toBe('alert');

    const weight = defaultServe().getByLabelText('Weight for on (%)') as HTMLInputElement;
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(weight.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    // The sum message belongs to the weights group, and describes every weight.
    const sum = defaultServe().getByText('weights must sum to exactly 100, got 230');
    const other = defaultServe().getByLabelText('Weight for off (%)');
    expect(other.getAttribute('aria-describedby')?.split(' ')).toContain(sum.id);

    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('VALIDATION_FAILED');
    expect(summary.textContent).toContain('req-42');
    // A message with no input of its own is listed in the summary, by name rather than by its path.
    const unmatched = document.querySelector('.flag-editor-unmatched li[data-path="salt"]');
    expect(unmatched?.textContent).toBe('Bucketing salt: must be a non-empty string');
    expect(document.querySelector('.flag-editor-unmatched')?.textContent).not.toMatch(/^salt/);

    const update = api.calls.find((c) => c.name === 'UpdateFlag');
    expect(update?.variables).toMatchObject({
      key: 'tarot_enabled',
      expectedRevision: 1,
      reason: 'widen the rollout',
      input: {
        type: 'BOOLEAN',
        salt: 'tarot_enabled',
        fallthrough: {
          rollout: {
            weights: [
              { variant: 'on', weight: 150 },
              { variant: 'off', weight: 80 },
            ],
          },
        },
        rules: [{ id: 'premium', conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }] }],
      },
    });
    // The edit stays in the form so it can be fixed.
    expect(weight.value).toBe('150');
    expect(screen.queryByRole('status', { name: /Saved/ })).toBeNull();
  });

  it('says which revision it saved and tells the page', async () => {
    const onSaved = vi.fn();
    renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit onSaved={onSaved} />, {
      FlagEditor: loaded(),
      UpdateFlag: savedAsRevision2,
    });
    await editAndSave('30');
    const saved = await screen.findByText('Saved as revision 2');
    expect(saved.closest('[role="status"]')).toBeTruthy();
    expect(onSaved).toHaveBeenCalledWith(2);
    expect((defaultServe().getByLabelText('Weight for on (%)') as HTMLInputElement).value).toBe('30');
    expect((screen.getByLabelText('Reason for this change') as HTMLInputElement).value).toBe('');
  });

  it('says so when the save changed nothing (the server keeps the revision)', async () => {
    renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, {
      FlagEditor: loaded(),
      UpdateFlag: { data: { updateFlag: flag() } },
    });
    await editAndSave('20');
    await screen.findByText('Nothing changed: revision 1 is still in force.');
    expect(screen.queryByText(/Saved as revision/)).toBeNull();
  });

  it('asks for a reason before sending anything', async () => {
    const { api } = renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, { FlagEditor: loaded() });
    await editAndSave('30', '  ');
    const reason = screen.getByLabelText('Reason for this change');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('nothing was sent');
    expect(api.calls.some((c) => c.name === 'UpdateFlag')).toBe(false);
  });

  it('on a conflict keeps the edits and offers to reload the latest revision', async () => {
    let version = 0;
    const firstThenChanged = () =>
      loaded(version++ === 0 ? flag() : flag({ revision: 3, description: 'Changed elsewhere' }));
    const { api } = renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, {
      FlagEditor: firstThenChanged,
      UpdateFlag: {
        error: { message: 'tarot_enabled is at revision 3, not 1', code: 'CONFLICT', requestId: 'req-9' },
      },
    });
    await editAndSave('30');
    const reload = await screen.findByRole('button', { name: 'Reload latest' });
    expect(screen.getByRole('alert').textContent).toContain('CONFLICT');
    expect((defaultServe().getByLabelText('Weight for on (%)') as HTMLInputElement).value).toBe('30');

    fireEvent.click(reload);
    await screen.findByDisplayValue('Changed elsewhere');
    expect(screen.getByText(/Revision 3/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reload latest' })).toBeNull();
    expect((defaultServe().getByLabelText('Weight for on (%)') as HTMLInputElement).value).toBe('20');
    expect(api.calls.filter((c) => c.name === 'FlagEditor')).toHaveLength(2);
  });

  it('is read-only without canEdit: inputs disabled, no Save button, no row buttons', async () => {
    renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit={false} />, { FlagEditor: loaded() });
    await screen.findByRole('group', { name: 'Rule 1: premium' });
    expect(screen.queryByRole('button', { name: 'Save flag' })).toBeNull();
    expect(screen.queryByLabelText('Reason for this change')).toBeNull();
    expect(screen.queryByRole('button', { name: /Add rule|Remove rule/ })).toBeNull();
    expect((defaultServe().getByLabelText('Weight for on (%)') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Description') as HTMLInputElement).disabled).toBe(true);
  });

  it('adds, moves and removes rules and conditions, and sends them in their new order', async () => {
    const { api } = renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, {
      FlagEditor: loaded(),
      UpdateFlag: 'pending',
    });
    await screen.findByRole('group', { name: 'Rule 1: premium' });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    const added = within(screen.getByRole('group', { name: 'Rule 2: rule-2' }));
    expect(document.activeElement).toBe(added.getByLabelText('Rule id'));
    fireEvent.change(added.getByLabelText('Rule id'), { target: { value: 'beta' } });
    const beta = within(screen.getByRole('group', { name: 'Rule 2: beta' }));
    fireEvent.change(beta.getByLabelText('Operator'), { target: { value: 'IN_SEGMENT' } });
    expect(beta.queryByLabelText('Attribute')).toBeNull();
    fireEvent.click(beta.getByLabelText('beta'));
    fireEvent.click(beta.getByRole('button', { name: 'Add condition to rule 2' }));
    fireEvent.click(beta.getByRole('button', { name: 'Remove condition 2 of rule 2' }));
    fireEvent.click(beta.getByRole('button', { name: 'Move rule up (rule 2)' }));
    expect(screen.getByRole('group', { name: 'Rule 1: beta' })).toBeTruthy();
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Rule 2: premium' })).getByRole('button', {
        name: 'Remove rule rule 2',
      }),
    );
    expect(screen.queryByRole('group', { name: 'Rule 2: premium' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Reason for this change'), { target: { value: 'beta first' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save flag' }));
    const update = api.calls.find((c) => c.name === 'UpdateFlag');
    expect(update?.variables).toMatchObject({
      input: {
        rules: [
          {
            id: 'beta',
            conditions: [{ operator: 'IN_SEGMENT', values: ['beta'], negate: false }],
            serve: { variant: 'on' },
          },
        ],
      },
    });
  });

  it('switches the default serve to a fixed variant', async () => {
    const { api } = renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, {
      FlagEditor: loaded(),
      UpdateFlag: 'pending',
    });
    await screen.findByRole('group', { name: 'Default serve' });
    fireEvent.click(defaultServe().getByLabelText('A fixed variant'));
    fireEvent.change(defaultServe().getByLabelText('Variant to serve'), {
      target: { value: defaultServe().getByRole('option', { name: 'off' }).getAttribute('value') },
    });
    fireEvent.change(screen.getByLabelText('Reason for this change'), { target: { value: 'all off' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save flag' }));
    expect(api.calls.find((c) => c.name === 'UpdateFlag')?.variables).toMatchObject({
      input: { fallthrough: { variant: 'off' } },
    });
  });

  it('edits a VARIANT flag: variants with payloads, a payload that is not JSON stays here, prerequisites', async () => {
    const variantFlag = flag({
      key: 'chat_reply_style',
      type: 'VARIANT',
      offVariant: 'concise',
      variants: [{ key: 'concise', payload: { maxWords: 40 } }],
      targets: [],
      rules: [],
      fallthrough: { variant: 'concise', rollout: null },
    });
    const { api } = renderWithApi(<FlagEditor flagKey="chat_reply_style" canEdit />, {
      FlagEditor: loaded(variantFlag),
      UpdateFlag: 'pending',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Add variant' }));
    const second = within(screen.getByRole('group', { name: 'Variant 2' }));
    expect(document.activeElement).toBe(second.getByLabelText('Key'));
    fireEvent.change(second.getByLabelText('Key'), { target: { value: 'detailed' } });
    fireEvent.change(second.getByLabelText('Payload (JSON)'), { target: { value: '{"maxWords":' } });
    // No prerequisites yet: that section starts folded.
    fireEvent.click(screen.getByRole('button', { name: 'Prerequisites' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add prerequisite' }));
    fireEvent.change(screen.getByLabelText('Flag'), { target: { value: 'modules_enabled' } });
    fireEvent.change(screen.getByLabelText('Variant it must serve'), { target: { value: 'on' } });
    fireEvent.change(screen.getByLabelText('Reason for this change'), {
      target: { value: 'longer replies' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save flag' }));

    const payload = within(screen.getByRole('group', { name: 'Variant 2: detailed' })).getByLabelText(
      'Payload (JSON)',
    );
    expect(payload.getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((c) => c.name === 'UpdateFlag')).toBe(false);

    fireEvent.change(payload, { target: { value: '{"maxWords": 400}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save flag' }));
    expect(api.calls.find((c) => c.name === 'UpdateFlag')?.variables).toMatchObject({
      input: {
        type: 'VARIANT',
        offVariant: 'concise',
        variants: [
          { key: 'concise', payload: { maxWords: 40 } },
          { key: 'detailed', payload: { maxWords: 400 } },
        ],
        prerequisites: [{ flagKey: 'modules_enabled', variant: 'on' }],
      },
    });
  });
});
