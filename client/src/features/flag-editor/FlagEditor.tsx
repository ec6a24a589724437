// The ops console's flag editor: the whole definition as a form, saved with updateFlag against the loaded revision.
import './flag-editor.css';
import '../editor/editor.css';
import { useId, useMemo, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { EditorSummary } from '../editor/EditorSummary';
import { editorProblems } from '../editor/editor-problems';
import { SaveBar } from '../editor/SaveBar';
import { focusFirstProblem, useEditorFocus } from '../editor/use-editor-focus';
import { useValidatedEditor } from '../editor/use-validated-editor';
import { FormContext, type FormContextValue, TextField } from '../forms/form-controls';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { FlagSections, FORM_ORDER, SECTION_HEADS } from './FlagSections';
import { flagFieldLabel } from './flag-field-labels';
import { type FlagForm, FlagFormFragment, formProblems, shownPaths, toForm, toInput } from './flag-form';
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
  const [, updateFlag] = useMutation(UpdateFlagMutation);
  const data = query.data;
  // urql may first replay another subscriber's last (stale) result: only a settled answer is adopted.
  const settled = !query.fetching && !query.stale;
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusLater = useEditorFocus(formRef, summaryRef);
  const editor = useValidatedEditor({
    loaded: data && settled ? (data.flag ?? null) : undefined,
    toForm,
    toInput,
    revisionOf: (f: FlagForm) => f.revision,
    problems: formProblems,
    save: async (f, input, reason) => {
      const outcome = await updateFlag({ key: flagKey, expectedRevision: f.revision, input, reason });
      return { saved: outcome.data?.updateFlag, error: outcome.error };
    },
    refetch: () => refetch({ requestPolicy: 'network-only' }),
    onSaved,
    focusLater,
  });
  const { form, baseline, update, messages, saveError, saved } = editor;

  const context = useMemo<FormContextValue>(
    () => ({ messages, baseId, readOnly: !canEdit, focusLater }),
    [messages, baseId, canEdit, focusLater],
  );

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
          localProblems={editor.localErrors.size > 0}
          unmatched={problems.unmatched.filter((issue) => issue.path !== 'reason')}
          onReloadLatest={editor.reloadLatest}
          reloading={editor.reloading}
          reloadError={query.error}
          labelOf={(path) => flagFieldLabel(form, path)}
        />
        <form ref={formRef} className="flag-editor-form" noValidate onSubmit={editor.submit}>
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
              reason={editor.reason}
              onReason={editor.setReason}
              reasonHint="Kept in the flag's history and the audit log."
              saveLabel="Save flag"
              saving={editor.saving}
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
