// The state of a validated editor (flags, segments): the form loaded from the revision in force, edits, a save
// against that revision with a reason, the server's field messages, and "Reload latest" after a conflict.
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { fieldIssues } from '../../app/errors';

export interface ValidatedEditorOptions<Loaded, Form, Input> {
  /** The settled answer: the entity (null when it does not exist), or undefined while none has settled. */
  loaded: Loaded | null | undefined;
  toForm(loaded: Loaded): Form;
  toInput(form: Form): Input;
  revisionOf(form: Form): number;
  /** What the browser cannot send as typed, by field path (the server validates everything else). */
  problems?(form: Form): Map<string, string>;
  /** Sends the form; answers the saved entity, or the refusal. */
  save(form: Form, input: Input, reason: string): Promise<{ saved?: Loaded | null; error?: CombinedError }>;
  /** Fetches the entity again (network only); its answer is adopted only after reloadLatest. */
  refetch(): void;
  onSaved?(revision: number): void;
  /** Focus requests: 'problem' after a refused save. */
  focusLater(target: string): void;
}

/** The server's field messages of a VALIDATION_FAILED error, by path (several for one path are joined). */
export function fieldErrors(error: CombinedError | null | undefined): Map<string, string> {
  const messages = new Map<string, string>();
  for (const { path, message } of fieldIssues(error)) {
    const earlier = messages.get(path);
    messages.set(path, earlier ? `${earlier}; ${message}` : message);
  }
  return messages;
}

export function useValidatedEditor<Loaded, Form, Input>(
  options: ValidatedEditorOptions<Loaded, Form, Input>,
) {
  const { loaded, toForm, toInput } = options;
  const [form, setForm] = useState<Form | null>(null);
  // The revision the edits started from, as sent: unsaved changes are told against it.
  const [baseline, setBaseline] = useState<Input | null>(null);
  const [reason, setReason] = useState('');
  const [saveError, setSaveError] = useState<CombinedError | null>(null);
  const [localErrors, setLocalErrors] = useState<ReadonlyMap<string, string>>(new Map());
  // The revision a save left in force, and whether it was new (the server writes nothing for a no-op).
  const [saved, setSaved] = useState<{ revision: number; changed: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);
  const [saving, setSaving] = useState(false);
  // Answers are taken into the form only when asked for (first load, "Reload latest"): a refetch elsewhere
  // never overwrites edits, and expectedRevision stays the revision the edits started from.
  const adopt = useRef(true);

  useEffect(() => {
    if (!adopt.current || loaded === undefined) return;
    adopt.current = false;
    // null when the entity is gone (archived elsewhere): the editor then says so.
    const next = loaded === null ? null : toForm(loaded);
    setForm(next);
    setBaseline(next === null ? null : toInput(next));
    setSaveError(null);
    setLocalErrors(new Map());
    setReloading(false);
  }, [loaded, toForm, toInput]);

  const messages = useMemo(() => {
    const all = new Map(fieldErrors(saveError));
    for (const [path, message] of localErrors) all.set(path, message);
    return all;
  }, [saveError, localErrors]);

  /** Applies an edit; adding, removing or moving rows shifts field paths, so old messages go. */
  const update = useCallback((edit: (f: Form) => Form, structural = false) => {
    setForm((f) => (f ? edit(f) : f));
    if (structural) {
      setSaveError(null);
      setLocalErrors(new Map());
    }
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || !form) return;
    const problems = options.problems?.(form) ?? new Map<string, string>();
    if (!reason.trim())
      problems.set('reason', 'Say why you are making this change: it goes into the history.');
    setSaved(null);
    setSaveError(null);
    setLocalErrors(problems);
    if (problems.size > 0) {
      options.focusLater('problem');
      return;
    }
    setSaving(true);
    const outcome = await options.save(form, toInput(form), reason.trim());
    setSaving(false);
    if (outcome.saved) {
      const next = toForm(outcome.saved);
      const revision = options.revisionOf(next);
      setForm(next);
      setBaseline(toInput(next));
      setReason('');
      setSaved({ revision, changed: revision !== options.revisionOf(form) });
      options.onSaved?.(revision);
    } else if (outcome.error) {
      setSaveError(outcome.error);
      options.focusLater('problem');
    }
  };

  const reloadLatest = () => {
    adopt.current = true;
    setReloading(true);
    setSaved(null);
    options.refetch();
  };

  return {
    form,
    baseline,
    update,
    reason,
    setReason,
    saveError,
    localErrors,
    messages,
    saved,
    saving,
    reloading,
    submit,
    reloadLatest,
  };
}
