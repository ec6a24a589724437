// The flag editor's folding sections and sticky save bar: what is unsaved, the first problem by its label, and
// a folded section that opens when a field in it gets a message.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { FlagEditor } from './FlagEditor';
import { loaded } from './flag-fixtures';

const section = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
const saveBar = () => within(screen.getByRole('region', { name: 'Save' }));

function refuse(fields: { path: string; message: string }[]) {
  return {
    error: { message: `${fields[0]?.path}: ${fields[0]?.message}`, code: 'VALIDATION_FAILED', fields },
  };
}

async function save(answers: Parameters<typeof renderWithApi>[1]) {
  renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, { FlagEditor: loaded(), ...answers });
  await screen.findByText('No unsaved changes');
  fireEvent.change(screen.getByLabelText('Reason for this change'), { target: { value: 'try' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save flag' }));
}

describe('FlagEditor sections and save bar', () => {
  it('folds the parts that hold nothing and opens and closes a part on demand', async () => {
    renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, { FlagEditor: loaded() });
    await screen.findByText('No unsaved changes');
    // A boolean flag's fixed variants and its empty prerequisites start folded; the rest is open.
    expect(section('Variants').getAttribute('aria-expanded')).toBe('false');
    expect(section('Prerequisites').getAttribute('aria-expanded')).toBe('false');
    expect(section('Rules').getAttribute('aria-expanded')).toBe('true');
    expect(section('Default serve').getAttribute('aria-expanded')).toBe('true');
    expect(screen.queryByRole('button', { name: 'Add prerequisite' })).toBeNull();
    fireEvent.click(section('Prerequisites'));
    expect(section('Prerequisites').getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Add prerequisite' })).toBeTruthy();
    fireEvent.click(section('Rules'));
    expect(screen.queryByRole('group', { name: 'Rule 1: premium' })).toBeNull();
  });

  it('sums up the unsaved changes in sentences and marks the changed part', async () => {
    renderWithApi(<FlagEditor flagKey="tarot_enabled" canEdit />, { FlagEditor: loaded() });
    await screen.findByText('No unsaved changes');
    const weights = within(screen.getByRole('group', { name: 'Default serve' }));
    fireEvent.change(weights.getByLabelText('Weight for on (%)'), { target: { value: '30' } });
    fireEvent.change(weights.getByLabelText('Weight for off (%)'), { target: { value: '70' } });
    expect(saveBar().getByText('2 unsaved changes')).toBeTruthy();
    const told = saveBar().getByRole('list', { name: 'Unsaved changes' });
    expect(
      within(told)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Default rollout: on 20% → 30%', 'Default rollout: off 80% → 70%']);
    expect(section('Default serve').textContent).toContain('changed');
    expect(section('Rules').textContent).not.toContain('changed');
  });

  it('shows the first problem in the save bar by the label the form shows, and goes to its field', async () => {
    await save({
      UpdateFlag: refuse([
        { path: 'fallthrough.rollout.weights', message: 'weights must sum to exactly 100' },
        { path: 'description', message: 'must be at most 500 characters' },
      ]),
    });
    const problem = await saveBar().findByText(/must be at most 500 characters/);
    // The description comes first in the form, so it is the first problem, named as its label.
    expect(problem.closest('p')?.textContent).toContain('Description: must be at most 500 characters');
    expect(screen.getByRole('region', { name: 'Save' }).textContent).not.toContain('fallthrough');
    // The summary at the top says the server's refusal with labels too, never "fallthrough.rollout…".
    const summary = screen.getAllByRole('alert')[0]?.textContent ?? '';
    expect(summary).toContain('2 problems to fix. The first: Default serve › Weights: weights must sum');
    expect(summary).not.toContain('fallthrough');
    expect(summary).toContain('VALIDATION_FAILED');
    fireEvent.click(saveBar().getByRole('button', { name: 'Go to the field' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Description'));
  });

  it('names a message without a field of its own by label in the summary, never by its path', async () => {
    await save({
      UpdateFlag: refuse([{ path: 'rules.0.serve.rollout.weights.3.weight', message: 'too big' }]),
    });
    const item = await screen.findByText(
      (_, el) => el?.getAttribute('data-path')?.startsWith('rules.0') ?? false,
    );
    expect(item.textContent).toBe('Rules › Rule 1 (premium) › Serve › Weight 4: too big');
    expect(saveBar().getByText(/Weight 4/).textContent).toContain(
      'Rules › Rule 1 (premium) › Serve › Weight 4',
    );
  });

  it('opens a folded section when a field inside it gets a message', async () => {
    await save({ UpdateFlag: refuse([{ path: 'variants.1.key', message: 'must be snake_case' }]) });
    await screen.findByText('must be snake_case', { selector: '.field-error' });
    expect(section('Variants').getAttribute('aria-expanded')).toBe('true');
    expect(section('Variants').textContent).toContain('1 problem');
    expect(
      saveBar()
        .getByText(/must be snake_case/)
        .closest('p')?.textContent,
    ).toContain('Variants › Variant 2 (off) › Key');
  });
});
