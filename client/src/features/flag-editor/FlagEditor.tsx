// The ops console's flag editor: the whole definition as a form, saved with updateFlag against the loaded revision.
import './flag-editor.css';
import '../editor/editor.css';
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { EditorSummary } from '../editor/EditorSummary';
import { editorProblems } from '../editor/editor-problems';
import { SaveBar } from '../editor/SaveBar';
import { focusFirstProblem, useEditorFocus } from '../editor/use-editor-focus';
import { FormContext, type FormContextValue, TextField } from '../forms/form-controls';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { FlagSections, FORM_ORDER, SECTION_HEADS } from './FlagSections';
import { flagFieldLabel } from './flag-field-labels';
import {
  type FlagForm,
  FlagFormFragment,
  type FlagInput,
  fieldErrors,
  formProblems,
  shownPaths,
  toForm,
  toInput,
} from './flag-form';
import { RuleEditorSegmentFragment } from './RuleEditor';
import { unsavedChanges } from './unsaved-changes';

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
  // The revision the edits started from, as sent: unsaved changes are told against it.
  const [baseline, setBaseline] = useState<FlagInput | null>(null);
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
    const loaded = data.flag ? toForm(data.flag) : null;
    setForm(loaded);
    setBaseline(loaded && toInput(loaded));
    setSaveError(null);
    setLocalErrors(new Map());
    setReloading(false);
  }, [data, settled]);

  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusLater = useEditorFocus(formRef, summaryRef);

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
      const next = toForm(flag);
      setForm(next);
      setBaseline(toInput(next));
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
  const shown = [...shownPaths(form)];
  const problems = editorProblems(
    messages,
    shown,
    (path) => flagFieldLabel(form, path),
    FORM_ORDER,
    SECTION_HEADS,
  );
  const showProblem = () =>
    problems.first?.unmatched
      ? summaryRef.current?.focus()
      : focusFirstProblem(formRef.current, summaryRef.current);

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
        <EditorSummary
          ref={summaryRef}
          noun="flag"
          saveError={saveError}
          localProblems={localErrors.size > 0}
          unmatched={problems.unmatched.filter((issue) => issue.path !== 'reason')}
          onReloadLatest={reloadLatest}
          reloading={reloading}
          reloadError={query.error}
        />
        <form ref={formRef} className="flag-editor-form" noValidate onSubmit={submit}>
          <fieldset className="flag-editor-body" disabled={!canEdit}>
            <legend className="visually-hidden">{`Definition of ${form.key}`}</legend>
            <TextField
              label="Description"
              value={form.description}
              onChange={(description) => update((f) => ({ ...f, description }))}
              paths={['description']}
            />
            <FlagSections
              form={form}
              baseline={baseline}
              update={update}
              segments={segments}
              otherFlags={otherFlags}
              partialFlags={moreFlags}
              problems={problems.bySection}
            />
          </fieldset>
          {canEdit && (
            <SaveBar
              changes={unsavedChanges(baseline, form)}
              problem={problems.first}
              onShowProblem={showProblem}
              reason={reason}
              onReason={setReason}
              reasonHint="Kept in the flag's history and the audit log."
              saveLabel="Save flag"
              saving={mutation.fetching}
            />
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
