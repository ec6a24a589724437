// The ops console's segment editor: description, member lists and rules, saved with updateSegment on the loaded revision.
import '../flag-editor/flag-editor.css';
import '../editor/editor.css';
import { useId, useMemo, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { EditorSection } from '../editor/EditorSection';
import { EditorSummary } from '../editor/EditorSummary';
import { editorProblems } from '../editor/editor-problems';
import { SaveBar } from '../editor/SaveBar';
import { focusFirstProblem, useEditorFocus } from '../editor/use-editor-focus';
import { useValidatedEditor } from '../editor/use-validated-editor';
import { FormContext, type FormContextValue, TextField } from '../forms/form-controls';
import { describeChanges } from '../history/change-sentences';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { SegmentRulesEditor } from './SegmentRulesEditor';
import {
  type SegmentForm,
  SegmentFormFragment,
  segmentFieldLabel,
  segmentShownPaths,
  toSegmentForm,
  toSegmentInput,
} from './segment-form';

export const SegmentEditorQuery = graphql(
  `
  query SegmentEditor($key: String!) {
    segment(key: $key) {
      key
      archived
      ...SegmentForm_segment
    }
  }
`,
  [SegmentFormFragment],
);

export const UpdateSegmentMutation = graphql(
  `
  mutation UpdateSegment($key: String!, $expectedRevision: Int!, $input: SegmentInput!, $reason: String) {
    updateSegment(key: $key, expectedRevision: $expectedRevision, input: $input, reason: $reason) {
      key
      archived
      ...SegmentForm_segment
    }
  }
`,
  [SegmentFormFragment],
);

const FORM_ORDER = ['description', 'included', 'excluded', 'rules'];
const SECTIONS = { members: ['included', 'excluded'], rules: ['rules'] };

export function SegmentEditor(props: {
  segmentKey: string;
  canEdit: boolean;
  onSaved?(revision: number): void;
}) {
  return <Editor key={props.segmentKey} {...props} />;
}

function Editor({
  segmentKey,
  canEdit,
  onSaved,
}: {
  segmentKey: string;
  canEdit: boolean;
  onSaved?(revision: number): void;
}) {
  const [query, refetch] = useQuery({
    query: SegmentEditorQuery,
    variables: { key: segmentKey },
    requestPolicy: 'network-only',
  });
  const [, updateSegment] = useMutation(UpdateSegmentMutation);
  const data = query.data;
  const settled = !query.fetching && !query.stale;
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusLater = useEditorFocus(formRef, summaryRef);
  // An archived segment cannot be edited: it is shown as gone.
  const live = data?.segment && !data.segment.archived ? data.segment : null;
  const editor = useValidatedEditor({
    loaded: data && settled ? live : undefined,
    toForm: toSegmentForm,
    toInput: toSegmentInput,
    revisionOf: (f: SegmentForm) => f.revision,
    save: async (f, input, reason) => {
      const outcome = await updateSegment({ key: segmentKey, expectedRevision: f.revision, input, reason });
      return { saved: outcome.data?.updateSegment, error: outcome.error };
    },
    refetch: () => refetch({ requestPolicy: 'network-only' }),
    onSaved,
    focusLater,
  });
  const { form, messages, saveError, saved } = editor;
  const context = useMemo<FormContextValue>(
    () => ({ messages, baseId, readOnly: !canEdit, focusLater }),
    [messages, baseId, canEdit, focusLater],
  );

  if (!form) {
    if (query.error && !data) {
      return (
        <ErrorNotice
          title="Could not load the segment"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      );
    }
    if (data && !live) {
      return (
        <p className="notice notice-info">
          There is no segment <code>{segmentKey}</code>
          {data.segment?.archived ? ': it was archived.' : '.'}
        </p>
      );
    }
    return <StatusMessage>Loading the segment…</StatusMessage>;
  }

  const problems = editorProblems(messages, segmentShownPaths(form), segmentFieldLabel, FORM_ORDER, SECTIONS);
  const current = toSegmentInput(form);
  const changes = editor.baseline ? describeChanges(editor.baseline, current) : undefined;
  const changed = (keys: readonly (keyof typeof current)[]) =>
    editor.baseline !== null &&
    keys.some((k) => JSON.stringify(editor.baseline?.[k]) !== JSON.stringify(current[k]));
  const showProblem = () =>
    problems.first?.unmatched
      ? summaryRef.current?.focus()
      : focusFirstProblem(formRef.current, summaryRef.current);
  const { update } = editor;

  return (
    <FormContext.Provider value={context}>
      <section className="card flag-editor" aria-labelledby={`${baseId}-title`}>
        <div className="section-head">
          <h2 id={`${baseId}-title`}>Definition</h2>
          <p className="hint">Revision {form.revision}</p>
        </div>
        {!canEdit && (
          <p className="notice notice-info">Read only: you can look at this segment but not change it.</p>
        )}
        <EditorSummary
          ref={summaryRef}
          noun="segment"
          saveError={saveError}
          localProblems={editor.localErrors.size > 0}
          unmatched={problems.unmatched.filter((issue) => issue.path !== 'reason')}
          onReloadLatest={editor.reloadLatest}
          reloading={editor.reloading}
          reloadError={query.error}
          labelOf={segmentFieldLabel}
        />
        <form ref={formRef} className="flag-editor-form" noValidate onSubmit={editor.submit}>
          <fieldset className="flag-editor-body" disabled={!canEdit}>
            <legend className="visually-hidden">{`Definition of segment ${form.key}`}</legend>
            <TextField
              label="Description"
              value={form.description}
              onChange={(description) => update((f) => ({ ...f, description }))}
              paths={['description']}
            />
            <EditorSection
              title="Members"
              problems={problems.bySection.members ?? 0}
              changed={changed(['included', 'excluded'])}
              defaultOpen
            >
              <fieldset className="flag-editor-group">
                <legend>Members</legend>
                <TextField
                  label="Always included users"
                  hint="User ids, one per line or comma-separated: members whatever the rules say."
                  multiline
                  value={form.included.text}
                  onChange={(text) => update((f) => ({ ...f, included: { ...f.included, text } }))}
                  paths={['included']}
                  spellCheck={false}
                />
                <TextField
                  label="Always excluded users"
                  hint="Never members, even when included or matched by a rule."
                  multiline
                  value={form.excluded.text}
                  onChange={(text) => update((f) => ({ ...f, excluded: { ...f.excluded, text } }))}
                  paths={['excluded']}
                  spellCheck={false}
                />
              </fieldset>
            </EditorSection>
            <EditorSection
              title="Rules"
              problems={problems.bySection.rules ?? 0}
              changed={changed(['rules'])}
              defaultOpen
            >
              <SegmentRulesEditor form={form} update={update} />
            </EditorSection>
          </fieldset>
          {canEdit && (
            <SaveBar
              changes={changes}
              problem={problems.first}
              onShowProblem={showProblem}
              reason={editor.reason}
              onReason={editor.setReason}
              reasonHint="Kept in the segment's history and the audit log."
              saveLabel="Save segment"
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
