// PersonaEditor against a fake API: the loaded form, saving, field errors, conflicts, read-only, history.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeAnswer, renderWithApi } from '../../testing/render-with-api';
import { PersonaEditor } from './PersonaEditor';

const TOPICS = ['love', 'career', 'health', 'tarot'];
const persona = (revision: number, name = 'Selene') => ({
  name,
  greeting: 'Welcome, seeker.',
  tone: 'MYSTICAL',
  replyLength: 'MEDIUM',
  allowedTopics: ['love', 'tarot'],
  revision,
  updatedAt: '2025-02-01T09:00:00.000Z',
});
const loaded = (revision = 3): FakeAnswer => ({
  data: { personaConfig: persona(revision), personaTopics: TOPICS },
});

const REVISIONS = [3, 2, 1].map((n) => ({
  revision: n,
  action: n === 3 ? 'persona.update' : 'persona.create',
  actor: 'user:ops-1',
  reason: `persona ${n}`,
  requestId: `req-p${n}`,
  createdAt: '2025-02-01T09:00:00.000Z',
  configRevision: n,
  content: { name: `Name ${n}` },
  diff: [{ change: 'CHANGE', path: 'name', from: `Name ${n - 1}`, to: `Name ${n}` }],
}));
const history: FakeAnswer = { data: { personaRevisions: REVISIONS } };

const nameInput = () => screen.getByLabelText('Name') as HTMLInputElement;

function fillReasonAndSave(reason = 'new season') {
  fireEvent.change(screen.getByLabelText('Reason for the change'), { target: { value: reason } });
  fireEvent.click(screen.getByRole('button', { name: 'Save persona' }));
}

describe('PersonaEditor', () => {
  it('loads the persona into the form, topics as checkboxes from personaTopics', async () => {
    renderWithApi(<PersonaEditor canEdit />, { PersonaEditor: loaded(), PersonaRevisions: history });
    await screen.findByLabelText('Name');
    expect(nameInput().value).toBe('Selene');
    expect((screen.getByLabelText('Greeting') as HTMLTextAreaElement).value).toBe('Welcome, seeker.');
    expect((screen.getByLabelText('Tone') as HTMLSelectElement).value).toBe('MYSTICAL');
    expect((screen.getByLabelText('Reply length') as HTMLSelectElement).value).toBe('MEDIUM');
    const topics = within(screen.getByRole('group', { name: 'Allowed topics' }));
    const checked = topics
      .getAllByRole('checkbox')
      .map((box) => [(box as HTMLInputElement).value, (box as HTMLInputElement).checked]);
    expect(checked).toEqual([
      ['love', true],
      ['career', false],
      ['health', false],
      ['tarot', true],
    ]);
  });

  it('saves with the expected revision, the typed values and the reason, then edits from the saved revision', async () => {
    let saves = 0;
    const saved = { ...persona(4, 'Luna'), tone: 'WARM', allowedTopics: ['career', 'tarot'] };
    const load = () => (saves === 0 ? loaded(3) : { data: { personaConfig: saved, personaTopics: TOPICS } });
    const save = (): FakeAnswer => {
      saves += 1;
      return { data: { updatePersonaConfig: saved } };
    };
    const { api } = renderWithApi(<PersonaEditor canEdit />, {
      PersonaEditor: load,
      PersonaRevisions: history,
      UpdatePersonaConfig: save,
    });
    await screen.findByLabelText('Name');
    fireEvent.change(nameInput(), { target: { value: '  Luna ' } });
    fireEvent.change(screen.getByLabelText('Tone'), { target: { value: 'WARM' } });
    fireEvent.click(screen.getByLabelText('Career'));
    fireEvent.click(screen.getByLabelText('Love'));
    fillReasonAndSave();

    expect(await screen.findByText('Saved: now revision 4')).toBeTruthy();
    const updates = () => api.calls.filter((c) => c.name === 'UpdatePersonaConfig');
    expect(updates()[0]?.variables).toEqual({
      expectedRevision: 3,
      reason: 'new season',
      input: {
        name: 'Luna',
        greeting: 'Welcome, seeker.',
        tone: 'WARM',
        replyLength: 'MEDIUM',
        allowedTopics: ['career', 'tarot'],
      },
    });

    // The page loads the persona again: the form shows the saved revision, and the next save builds on it.
    await screen.findByText(/Revision 4, updated/);
    expect(nameInput().value).toBe('Luna');
    expect((screen.getByLabelText('Tone') as HTMLSelectElement).value).toBe('WARM');
    expect((screen.getByLabelText('Reason for the change') as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByLabelText('Greeting'), { target: { value: 'Hello again.' } });
    fillReasonAndSave('warmer greeting');
    await waitFor(() => expect(updates()).toHaveLength(2));
    expect(updates()[1]?.variables).toMatchObject({
      expectedRevision: 4,
      reason: 'warmer greeting',
      input: { name: 'Luna', greeting: 'Hello again.', allowedTopics: ['career', 'tarot'] },
    });
  });

  it('shows a VALIDATION_FAILED message next to the name input, and the summary with code and request id', async () => {
    renderWithApi(<PersonaEditor canEdit />, {
      PersonaEditor: loaded(),
      PersonaRevisions: history,
      UpdatePersonaConfig: {
        error: {
          message: 'name: at most 60 characters',
          code: 'VALIDATION_FAILED',
          requestId: 'req-v1',
          fields: [{ path: 'name', message: 'at most 60 characters' }],
        },
      },
    });
    await screen.findByLabelText('Name');
    fillReasonAndSave();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('VALIDATION_FAILED');
    expect(alert.textContent).toContain('req-v1');
    const name = nameInput();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const error = document.querySelector('.field-error');
    expect(error?.textContent).toBe('at most 60 characters');
    expect(name.getAttribute('aria-describedby')?.split(' ')).toContain(error?.id);
    await waitFor(() => expect(document.activeElement).toBe(name));

    fireEvent.change(name, { target: { value: 'Selena' } });
    expect(name.getAttribute('aria-invalid')).toBeNull();
  });

  it('checks the topics and the reason before sending', async () => {
    const { api } = renderWithApi(<PersonaEditor canEdit />, {
      PersonaEditor: loaded(),
      PersonaRevisions: history,
    });
    await screen.findByLabelText('Name');
    fireEvent.click(screen.getByLabelText('Love'));
    fireEvent.click(screen.getByLabelText('Tarot'));
    fireEvent.click(screen.getByRole('button', { name: 'Save persona' }));

    const group = screen.getByRole('group', { name: 'Allowed topics' });
    const ids = group.getAttribute('aria-describedby')?.split(' ') ?? [];
    const topicsError = [...document.querySelectorAll('.field-error')].find((e) => ids.includes(e.id));
    expect(topicsError?.textContent).toBe('between 1 and 20 topics, got 0');
    expect(screen.getByLabelText('Reason for the change').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((c) => c.name === 'UpdatePersonaConfig')).toBe(false);
  });

  it('offers "Reload latest" on CONFLICT and loads the persona again', async () => {
    const { api } = renderWithApi(<PersonaEditor canEdit />, {
      PersonaEditor: loaded(),
      PersonaRevisions: history,
      UpdatePersonaConfig: {
        error: { message: 'The persona is at revision 5, not 3', code: 'CONFLICT', requestId: 'req-c' },
      },
    });
    await screen.findByLabelText('Name');
    fillReasonAndSave();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The persona is at revision 5, not 3');
    expect(alert.textContent).toContain('CONFLICT');
    fireEvent.click(screen.getByRole('button', { name: 'Reload latest' }));
    await waitFor(() => expect(api.calls.filter((c) => c.name === 'PersonaEditor')).toHaveLength(2));
  });

  it('is read-only without edit rights: disabled inputs, no reason, no save, no rollback', async () => {
    renderWithApi(<PersonaEditor canEdit={false} />, { PersonaEditor: loaded(), PersonaRevisions: history });
    await screen.findByLabelText('Name');
    expect(nameInput().disabled).toBe(true);
    expect((screen.getByLabelText('Tone') as HTMLSelectElement).disabled).toBe(true);
    expect((screen.getByLabelText('Love') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByLabelText('Reason for the change')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save persona' })).toBeNull();
    await screen.findByRole('heading', { name: 'Revision 3' });
    expect(screen.queryAllByRole('button', { name: /Roll back/ })).toHaveLength(0);
  });

  it('rolls the persona back from its history; the form then shows the rolled-back values', async () => {
    let rolledBack = false;
    // Revision 2's settings, written again as revision 4.
    const restored = { ...persona(4, 'Name 2'), tone: 'FORMAL', allowedTopics: ['career'] };
    const rollbackRevision = {
      ...REVISIONS[0],
      revision: 4,
      action: 'persona.rollback',
      reason: 'too formal',
      content: { name: 'Name 2' },
      diff: [{ change: 'CHANGE', path: 'name', from: 'Name 3', to: 'Name 2' }],
    };
    const load = () =>
      rolledBack ? { data: { personaConfig: restored, personaTopics: TOPICS } } : loaded(3);
    const list = () => ({
      data: { personaRevisions: rolledBack ? [rollbackRevision, ...REVISIONS] : REVISIONS },
    });
    const rollback = (): FakeAnswer => {
      rolledBack = true;
      return { data: { rollbackPersonaConfig: { changed: true, persona: { revision: 4 } } } };
    };
    const { api } = renderWithApi(<PersonaEditor canEdit />, {
      PersonaEditor: load,
      PersonaRevisions: list,
      RollbackPersonaConfig: rollback,
    });
    await screen.findByRole('heading', { name: 'Revision 3' });
    const nameRow = document.querySelector('[data-revision="2"] [data-path="name"]');
    expect(nameRow?.textContent).toContain('"Name 2"');
    expect(nameRow?.querySelector('.diff-path')?.textContent).toBe('Name');
    expect(screen.queryByRole('button', { name: 'Roll back to revision 3' })).toBeNull();
    // A draft in progress is replaced by what the rollback put in force.
    fireEvent.change(nameInput(), { target: { value: 'Half-typed' } });

    fireEvent.click(screen.getByRole('button', { name: 'Roll back to revision 2' }));
    fireEvent.change(screen.getByLabelText('Reason for the rollback'), { target: { value: 'too formal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm rollback' }));

    expect(await screen.findByText('Rolled back: now revision 4')).toBeTruthy();
    expect(api.calls.find((c) => c.name === 'RollbackPersonaConfig')?.variables).toEqual({
      toRevision: 2,
      reason: 'too formal',
    });
    await screen.findByText(/Revision 4, updated/);
    expect(nameInput().value).toBe('Name 2');
    expect((screen.getByLabelText('Tone') as HTMLSelectElement).value).toBe('FORMAL');
    expect((screen.getByLabelText('Career') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Love') as HTMLInputElement).checked).toBe(false);
    await screen.findByRole('heading', { name: 'Revision 4' });
    expect(screen.getByRole('button', { name: 'Roll back to revision 3' })).toBeTruthy();
  });
});
