// The ops console's flag editor: the whole definition as a form, saved with updateFlag against the loaded revision.
import './flag-editor.css';
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { hasErrorCode } from '../../app/errors';
import { graphql } from '../../app/graphql';
import { FormContext, type FormContextValue, TextField } from '../forms/form-controls';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import {
  type FlagForm,
  FlagFormFragment,
  fieldErrors,
  formProblems,
  shownPaths,
  toForm,
  toInput,
} from './flag-form';
import { PrerequisitesEditor } from './PrerequisitesEditor';
import { RuleEditorSegmentFragment, RulesEditor } from './RuleEditor';
import { ServeEditor } from './ServeEditor';
import { TargetingEditor } from './TargetingEditor';
import { VariantsEditor } from './VariantsEditor';

export const FlagEditorQuery = graphql(
  `
  query FlagEditor($key: String!) {
    flag(key: $key) {
      key
      ...FlagForm_flag
    }
    segments {
      key
      ...RuleEditor_segment
    }
    flags(first: 200) {
      items {
        key
      }
      nextCursor
    }
  }
`,
  [FlagFormFragment, RuleEditorSegmentFragment],
);

export const UpdateFlagMutation = graphql(
  `
  mutation UpdateFlag($key: String!, $expectedRevision: Int!, $input: FlagInput!, $reason: String) {
    updateFlag(key: $key, expectedRevision: $expectedRevision, input: $input, reason: $reason) {
      key
      ...FlagForm_flag
    }
  }
`,
  [FlagFormFragment],
);

/** Loads flag `flagKey` into an editable form; read-only (no Save) unless `canEdit`. */
export function FlagEditor(props: { flagKey: string; canEdit: boolean; onSaved?(revision: number): void }) {
  return <Editor key={props.flagKey} {...props} />;
}

function Editor({
  flagKey,
  canEdit,
  onSaved,
}: {
  flagKey: string;
  canEdit: boolean;
  onSaved?(revision: number): void;
}) {
  // The editor always starts from the revision in force, never from a cached one.
  const [query, refetch] = useQuery({
    query: FlagEditorQuery,
    variables: { key: flagKey },
    requestPolicy: 'network-only',
  });
  const [mutation, updateFlag] = useMutation(UpdateFlagMutation);
  const [form, setForm] = useState<FlagForm | null>(null);
  const [reason, setReason] = useState('');
  const [saveError, setSaveError] = useState<CombinedError | null>(null);
  const [localErrors, setLocalErrors] = useState<ReadonlyMap<string, string>>(new Map());
  // The revision a save left in force, and whether it was new (the server writes nothing for a no-op).
  const [saved, setSaved] = useState<{ revision: number; changed: boolean } | null>(null);
  const [reloading, setReloading] = useState(false);
  // Query results are taken into the form only when asked for (first load, "Reload latest"): a refetch
  // elsewhere never overwrites edits, and expectedRevision stays the revision the edits started from.
  const adopt = useRef(true);
  const data = query.data;
  // urql may first replay another subscriber's last (stale) result: only a settled answer is adopted.
  const settled = !query.fetching && !query.stale;

  useEffect(() => {
    if (!adopt.current || !data || !settled) return;
    adopt.current = false;
    // null when the flag is gone (archived elsewhere): the editor then says so.
    setForm(data.flag ? toForm(data.flag) : null);
    setSaveError(null);
    setLocalErrors(new Map());
    setReloading(false);
  }, [data, settled]);

  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | 'problem' | null>(null);
  const focusLater = useCallback((id: string) => {
    pendingFocus.current = id;
  }, []);
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'problem') {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? summaryRef.current)?.focus();
    } else {
      document.getElementById(target)?.focus();
    }
  });

  const messages = useMemo(() => {
    const all = new Map(fieldErrors(saveError));
    for (const [path, message] of localErrors) all.set(path, message);
    return all;
  }, [saveError, localErrors]);

  const context = useMemo<FormContextValue>(
    () => ({ messages, baseId, readOnly: !canEdit, focusLater }),
    [messages, baseId, canEdit, focusLater],
  );

  /** Applies an edit; adding, removing or moving rows shifts field paths, so old messages go. */
  const update = useCallback((edit: (f: FlagForm) => FlagForm, structural = false) => {
    setForm((f) => (f ? edit(f) : f));
    if (structural) {
      setSaveError(null);
      setLocalErrors(new Map());
    }
  }, []);

  if (!form) {
    if (query.error && !data) {
      return (
        <ErrorNotice
          title="Could not load the flag"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      );
    }
    if (data && !data.flag) {
      return (
        <p className="notice notice-info">
          There is no flag <code>{flagKey}</code>.
        </p>
      );
    }
    return <StatusMessage>Loading the flag…</StatusMessage>;
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.fetching) return;
    const problems = formProblems(form);
    if (!reason.trim())
      problems.set('reason', 'Say why you are making this change: it goes into the history.');
    setSaved(null);
    setSaveError(null);
    setLocalErrors(problems);
    if (problems.size > 0) {
      focusLater('problem');
      return;
    }
    const outcome = await updateFlag({
      key: flagKey,
      expectedRevision: form.revision,
      input: toInput(form),
      reason: reason.trim(),
    });
    const flag = outcome.data?.updateFlag;
    if (flag) {
      setForm(toForm(flag));
      setReason('');
      setSaved({ revision: flag.revision, changed: flag.revision !== form.revision });
      onSaved?.(flag.revision);
    } else if (outcome.error) {
      setSaveError(outcome.error);
      focusLater('problem');
    }
  };

  const reloadLatest = () => {
    adopt.current = true;
    setReloading(true);
    setSaved(null);
    refetch({ requestPolicy: 'network-only' });
  };

  const segments = data?.segments ?? [];
  // Keys only: the server's query cost limit would refuse 200 flags with their variants.
  const otherFlags = (data?.flags.items ?? []).map((f) => f.key).filter((key) => key !== form.key);
  const moreFlags = Boolean(data?.flags.nextCursor);
  const shown = shownPaths(form);
  const unmatched = [...messages].filter(([path]) => !shown.has(path) && path !== 'reason');
  const conflict = saveError !== null && hasErrorCode(saveError, 'CONFLICT');

  return (
    <FormContext.Provider value={context}>
      <section className="card flag-editor" aria-labelledby={`${baseId}-title`}>
        <div className="section-head">
          <h2 id={`${baseId}-title`}>Definition</h2>
          <p className="hint">
            <span className="badge badge-muted">{form.type}</span> Revision {form.revision}
          </p>
        </div>
        {!canEdit && (
          <p className="notice notice-info">Read only: you can look at this flag but not change it.</p>
        )}
        <div ref={summaryRef} tabIndex={-1} className="flag-editor-summary">
          {saveError && (
            <ErrorNotice
              title={
                conflict
                  ? 'Someone saved this flag first: nothing was changed'
                  : 'The flag was not saved: nothing was changed'
              }
              error={saveError}
            />
          )}
          {conflict && (
            <div className="flag-editor-conflict">
              <p>
                Your edits are still below. Reload the latest version to see what changed (your edits here are
                replaced), then make them again.
              </p>
              <button type="button" className="button button-secondary" onClick={reloadLatest}>
                Reload latest
              </button>
            </div>
          )}
          {!saveError && localErrors.size > 0 && (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">Fix the marked fields: nothing was sent.</p>
            </div>
          )}
          {unmatched.length > 0 && <p className="hint">Besides the problems marked under their fields:</p>}
          {unmatched.length > 0 && (
            <ul className="flag-editor-unmatched">
              {unmatched.map(([path, message]) => (
                <li key={path}>
                  <code>{path || 'flag'}</code>: {message}
                </li>
              ))}
            </ul>
          )}
          {reloading && <StatusMessage>Loading the latest version…</StatusMessage>}
          {reloading && query.error && (
            <ErrorNotice title="Could not reload the flag" error={query.error} onRetry={reloadLatest} />
          )}
        </div>
        <form ref={formRef} className="flag-editor-form" noValidate onSubmit={submit}>
          <fieldset className="flag-editor-body" disabled={!canEdit}>
            <legend className="visually-hidden">{`Definition of ${form.key}`}</legend>
            <TextField
              label="Description"
              value={form.description}
              onChange={(description) => update((f) => ({ ...f, description }))}
              paths={['description']}
            />
            <VariantsEditor form={form} update={update} />
            <TargetingEditor form={form} update={update} />
            <RulesEditor form={form} update={update} segments={segments} />
            <ServeEditor
              legend="Default serve"
              form={form}
              serve={form.fallthrough}
              path="fallthrough"
              onChange={(fallthrough, structural) => update((f) => ({ ...f, fallthrough }), structural)}
            />
            <PrerequisitesEditor form={form} update={update} flags={otherFlags} partial={moreFlags} />
          </fieldset>
          {canEdit && (
            <div className="flag-editor-save">
              <TextField
                className="flag-editor-reason"
                label="Reason for this change"
                hint="Kept in the flag's history and the audit log."
                value={reason}
                onChange={setReason}
                paths={['reason']}
                required
              />
              <div className="flag-editor-actions">
                <button type="submit" className="button button-primary" disabled={mutation.fetching}>
                  Save flag
                </button>
                {mutation.fetching && <span className="hint">Saving…</span>}
              </div>
            </div>
          )}
          <div role="status" className="flag-editor-saved">
            {saved?.changed && <p>Saved as revision {saved.revision}</p>}
            {saved && !saved.changed && <p>Nothing changed: revision {saved.revision} is still in force.</p>}
          </div>
        </form>
      </section>
    </FormContext.Provider>
  );
}
