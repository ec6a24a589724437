// Creating a flag: the starting definition is off for everyone, and a bad key is explained under its input.
import { fireEvent, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderWithApi } from '../../testing/render-with-api';
import { NewFlagForm } from './NewFlagForm';

const open = () => fireEvent.click(screen.getByRole('button', { name: 'New flag' }));

it('moves focus into the form and back to the button when it closes', () => {
  renderWithApi(<NewFlagForm />);
  open();
  expect(document.activeElement).toBe(screen.getByLabelText('Flag key'));
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New flag' }));
});

it('asks for a reason before creating', () => {
  renderWithApi(<NewFlagForm />);
  open();
  fireEvent.change(screen.getByLabelText('Flag key'), { target: { value: 'new_banner' } });
  expect((screen.getByRole('button', { name: 'Create flag' }) as HTMLButtonElement).disabled).toBe(true);
});

it('creates a boolean flag that serves off until rules are added', async () => {
  const { api } = renderWithApi(<NewFlagForm />, { CreateFlag: 'pending' });
  open();
  fireEvent.change(screen.getByLabelText('Flag key'), { target: { value: 'new_banner' } });
  fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'launch prep' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create flag' }));
  await screen.findByRole('button', { name: 'Creating…' });
  expect(api.calls[0]).toEqual({
    name: 'CreateFlag',
    variables: {
      key: 'new_banner',
      reason: 'launch prep',
      input: { type: 'BOOLEAN', description: '', enabled: true, fallthrough: { variant: 'off' } },
    },
  });
});

it('shows the server message about the key under the key input', async () => {
  renderWithApi(<NewFlagForm />, {
    CreateFlag: {
      error: {
        message: 'key: must be snake_case',
        code: 'VALIDATION_FAILED',
        requestId: 'req-7',
        fields: [{ path: 'key', message: 'must be snake_case: a-z, 0-9, _ (at most 64)' }],
      },
    },
  });
  open();
  fireEvent.change(screen.getByLabelText('Flag key'), { target: { value: 'Bad Key' } });
  fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'try' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create flag' }));
  const message = await screen.findByText('must be snake_case: a-z, 0-9, _ (at most 64)');
  const input = screen.getByLabelText('Flag key');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
  expect(screen.getByRole('alert').textContent).toContain('req-7');
  // Editing the key clears the message about the old one.
  fireEvent.change(input, { target: { value: 'better_key' } });
  expect(screen.queryByText('must be snake_case: a-z, 0-9, _ (at most 64)')).toBeNull();
  expect(input.getAttribute('aria-invalid')).toBeNull();
});
